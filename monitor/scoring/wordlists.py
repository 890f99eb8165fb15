"""Word families the rule scorers share, kept apart from the patterns that use them.

Each list is written as whitespace-separated words; an underscore joins a phrase
("waste_of_space" is "waste of space"). Lists are families, not phrasings: a rule combines a
family with a structure (a person target, an intent, an assertion), so a new insult or harm
verb added here is recognised in every structure at once.
"""

from __future__ import annotations


def family(text: str) -> tuple[str, ...]:
    return tuple(word.replace("_", " ") for word in text.split())


# Obscene whatever they are aimed at: sexual acts and anatomy, and the strongest swear words.
SEXUAL = family("""
    cunt cunts cunty cocks cocksucker cocksuckers dick dicks dickhead dickheads pussy pussies
    twat twats wank wanks wanker wankers wanking wanked tits titties boobs blowjob blowjobs
    blow_job blowie blowies handjob porn porno horny cum cumming jizz spunk dildo bellend
    bellends knobhead knobheads knob_head bukkake anal orgasm masturbate masturbating erection
    boner nudes dick_pic dick_pics nob nobhead shag shags shagging shagged shaggable bonk
    bonking slag slags slut sluts slutty whore whores motherfucker motherfuckers motherfucking
    fanny minge clunge ballsack nutsack arse_hole arsehole arseholes asshole assholes butthole
    rimming fingering cunnilingus fellatio milf webcam_girls cam_girls sex_cams sexcam onlyfans
    hot_singles xxx
""")
# Insults that are abusive even without an explicit target ("what a twat").
STRONG_INSULTS = family("""
    cunt cunts twat twats wanker wankers dickhead dickheads bellend bellends knobhead knobheads
    nobhead prick pricks bitch bitches slag slags slut sluts whore whores motherfucker
    motherfuckers fuckwit fuckwits fuckface shithead shitheads shitbag shitbags scumbag
    scumbags arsehole arseholes asshole assholes tosser tossers cocksucker fucker fuckers
    bastard bastards douchebag dipshit twatwaffle cockwomble
""")
# Insulting nouns: abuse once aimed at a person ("you idiot", "he is a moron").
INSULT_NOUNS = (
    family("""
    idiot idiots moron morons imbecile imbeciles cretin cretins muppet muppets prat prats
    plonker plonkers numpty numpties pillock pillocks halfwit halfwits dimwit dimwits nitwit
    clown clowns buffoon buffoons loser losers scum vermin parasite parasites maggot maggots
    pig pigs cow cows dog rat rats snake snakes weasel weasels worm worms lowlife low_life
    degenerate degenerates freak freaks weirdo weirdos creep creeps jerk dick dicks knob
    nonce nonces waste_of_space waste_of_oxygen waste_of_skin waste_of_air waste_of_a_human
    waste_of_a_seat excuse_for_a excuse_of_a piece_of_shit piece_of_crap piece_of_work
    sack_of_shit dumbass dumbo thicko simpleton airhead bimbo hag old_hag witch gobshite
    scrote scrotes toerag toerags chav chavs slimeball creature cockroach cockroaches leech
    leeches grass pisshead sewer_rat animal animals filth subhuman sub_human jobsworth
    jobsworths toad toads dunce dullard oaf oafs goblin gremlin slug slugs reptile nutcase
    nutter nutters
    lunatic lunatics waster wasters sponger spongers leper lepers scumbucket turd turds
    shitstain bottom_feeder bottom_feeders scum_of_the_earth
""")
    + STRONG_INSULTS
)
# Nouns that insult only when a person is the subject ("Cllr Hughes is a clown show").
# "A joke", "an embarrassment" stay criticism: voters say them of records and of people.
PERSON_ONLY_NOUNS = family("""
    clown_show disgrace_to_humanity waste_of_a_seat head_clown
""")
# Adjectives that insult the person rather than judge their work ("thick", not "incompetent").
PERSONAL_ADJ = family("""
    stupid thick dumb brainless ugly fat obese gormless retarded braindead brain_dead dim
    moronic idiotic vile disgusting repulsive revolting pathetic worthless subhuman sub_human
    heartless mental psycho nuts thick_as_mince thick_as_shit thick_as_two_short_planks
    slimy greasy smelly minging fugly hideous grotesque senile doddery demented deranged
    spineless gutless
""")
# Superlatives of the insulting adjectives ("the thickest woman in the chamber").
PERSONAL_SUPERLATIVE = family("""
    thickest stupidest dumbest ugliest fattest vilest most_pathetic most_repulsive
    most_disgusting most_vile most_hideous most_brainless most_gormless
""")
# Harm to a body, promised or called for: violent whatever the object once someone intends it.
VIOLENT = family("""
    kill killing murder stab stabbing batter battering punch punching strangle firebomb
    petrol_bomb lynch string_up knock_out throttle maim shank headbutt blow_up beat_up kneecap
    stamp_on smash_in kick_in knock_seven_bells
""")
# Violent only with a person, their body or their property as the object ("break his jaw").
VIOLENT_AT = family("""
    hurt burn smash break slash drag cut bury end finish_off do_in sort_out come_for
    come_after find hunt_down be_waiting_for waiting_for visit run_over run_off_the_road
    run_down choke stamp_on jump put_down kick shoot hit beat hang rape sort deal_with torch
    knock stab batter kill murder punch deck glass smack slap thump lamp leather twat
    chin nut brick drown poison take_out bottle knife sort_you_out put_in_hospital
    put_in_the_ground put_in_a_box break_every_bone teach_a_lesson execute exterminate
    eradicate gas wipe_out cull lynch string_up
""")
# Done to people, in calls for it ("he should be shot", "they deserve to be exterminated").
PASSIVE_HARM = family("""
    shot shot_dead hanged hung executed exterminated eradicated wiped_out gassed lynched
    strung_up put_down put_to_death killed murdered stabbed burned burnt burned_alive
    burnt_alive torched culled tarred_and_feathered flogged drowned beheaded castrated
    put_up_against_a_wall lined_up_against_a_wall lined_up_and_shot taken_out_and_shot
    hung_drawn_and_quartered kneecapped petrol_bombed firebombed beaten_up run_over burnt_out
    burned_out
""")
# The same calls as a need: "he needs putting down", "she wants stringing up".
NEEDED_HARM = family("""
    putting_down shooting stringing_up hanging lining_up_against_a_wall exterminating
    eradicating wiping_out executing gassing lynching culling a_bullet a_rope the_rope
    a_noose the_noose taking_out_and_shooting hanging_drawing_and_quartering
    tarring_and_feathering a_bullet_in_the_head beating kicking hiding shoeing
""")
# Death, illness and injury, in wishes ("hope you get cancer", "pray your car goes under a lorry").
WISH_HARM = family("""
    die dies died dead death rot rots croak croaks cancer crash crashes killed run_over
    finishes_you_off finish_you_off finishes_him_off finishes_her_off burn burns suffer suffers
    drown drowns choke chokes goes_off_the_road hit_by_a get_hurt gets_hurt in_a_fire
    in_hospital drop_dead drops_dead dropped_dead disease stroke heart_attack car_crash
    murdered raped shot stabbed hanged lynched beaten_up pushed_under fell_off goes_under
    go_under falls_off fall_off out_of_our_misery out_of_their_misery catch_something
    catches_something die_slowly painful_death kicks_the_bucket kick_the_bucket snuffs_it
    snuff_it six_feet_under in_a_box in_a_coffin pushing_up_daisies
""")
# Slurs: discriminatory whatever the context.
SLURS = family("""
    spaz spazz spacker mong mongs mongoloid paki pakis
    nigger niggers nigga niggas wog wogs raghead ragheads towelhead towelheads
    kike kikes yid yids poof poofs poofter poofters tranny trannies shemale shemales gyppo
    gyppos gypo gypos pikey pikeys pikie pikies half_caste golliwog golliwogs darkie darkies
    spic spics wetback sambo jungle_bunny batty_boy batty_boys muzzie muzzies mussie slant_eye
    slant_eyes kaffir mental_cases nutjob window_licker window_lickers kiddie_fiddlers
    bongo_bongo bongo_bongo_land shirtlifter shirtlifters rug_muncher carpet_muncher
    tranny_freak ladyboy pakistani_bastard sand_nigger sand_niggers zipperhead chinky chinkies
    gippo gippos polack polacks taig taigs lezza lezzas lesbo lesbos bum_boys bum_boy
    sheep_shaggers ching_chong bog_trotting bog_trotters loony_bin loony_bins nut_house
""")
# Words that are slurs in one sense and ordinary in another: faggots are a Black Country
# dish, fags are cigarettes, a dyke is an embankment (Offa's Dyke), a slope is a hill, a bender
# is a drinking spree, to cripple is to disable a thing. They count only when aimed at people
# ("you fag", "Cllr X is a dyke", "filthy coons"), never on their own. Those that are mostly
# slurs (faggot, fag, coon, dyke, chink, retard, spastic) also count without a word of their
# ordinary setting nearby: see ORDINARY_SETTING in discrimination.py.
HOMONYM_SLURS = family("""
    slope slopes coon coons gook gooks bender benders tinkers coconut coconuts fag fags faggot
    faggots dyke dykes cripple cripples negro negroes coloureds loony loonies chink chinks retard
    retards retarded spastic spastics
""")
# The order a masked ("c**t", "f*cking") is resolved in: the likeliest word first.
MASK_PRIORITY = family("""
    fuck fucking fucked fucker fuckers fuckin cunt cunts shit shite shitty twat twats wanker
    wankers prick pricks bitch bitches bastard bastards dick dickhead cock cocks arse arsehole
    bollocks piss pissed tosser slag slut whore motherfucker paki pakis nigger niggers retard
    faggot kill murder rape nonce paedo pedo
""")
# People with a protected characteristic, named as a group ("immigrants", "your sort").
GROUPS = family("""
    muslims muslim islam jews jew jewish blacks black_lads black_people black_men asians
    pakistanis somalis romanians poles polish eastern_europeans immigrants migrants
    foreigners asylum_seekers refugees travellers traveller gypsies gypsy gays gay lesbians
    lesbian homosexuals trans transgender women woman females men_in_dresses
    bloke_in_a_dress man_in_a_dress disabled wheelchair blue_badge special_needs catholics
    catholic hindus sikhs christians africans chinese indians arabs those_people
    these_people his_lot her_lot their_lot their_own boat mosques mosque synagogue lgbt
    lgbtq pride rainbow queers bisexual autistic deaf blind mentally_ill hostel irish roma
    white_people white_lads white_men white_women white_british whites british brown_people
    brown_faces black_faces foreigners_like foreign_nationals foreign_workers pakis somali romanian
    nigerian nigerians eastern_european muslim_councillor jewish_councillor gay_councillor
    lesbian_councillor a_jew a_muslim a_woman a_women girls female_councillor
    wheelchair_user wheelchair_users cripples handicapped downs down_s_syndrome
    gypsy_travellers irish_travellers sikh hindu immigrant migrant asylum_seeker refugee
    foreigner their_sort your_sort your_lot his_sort her_sort homos the_gays queer
    illegals invaders romas albanians ukrainians bangladeshis polacks pensioners old_people
    old_biddies biddies boomers teenagers over_50s over_65 over_70 over_70s over_75 schizos
    psychos bisexuals drag_queens fenian fenians taigs paddy paddies indian african
    asian hijab headscarf burka turban turbans halal trans_women trans_woman dinghy
    learning_disabilities learning_disability learning_disabled mental_health depression
    sectioned hiv jewish_landlords diversity_hire new_arrivals certain_culture certain_faith
    military_age_men two_mums two_dads transgenderism man_hating people_like_that
    women_councillors female travelling_people
""")
# The protected groups named as people (not their places, clothes or flags), for rules where
# only people make sense: "ban all immigrants", "I hate Muslims", "Travellers should be shot".
PEOPLE_GROUPS = family("""
    muslims jews blacks black_people black_men black_women asians pakistanis somalis romanians
    poles eastern_europeans immigrants migrants foreigners asylum_seekers refugees travellers
    gypsies gays lesbians homosexuals trans_people transgender_people trans_women trans_men
    women females disabled_people the_disabled catholics hindus sikhs christians africans
    chinese indians arabs nigerians bangladeshis albanians roma irish_travellers gypsy_travellers
    bisexuals queers homos illegals foreign_nationals jewish_people muslim_people gay_people
    lgbt_people autistic_people deaf_people blind_people wheelchair_users pakis
""")
# Hostile claims and demands; with a group word in the same sentence, a generalisation.
HOSTILE_CLAIMS = family("""
    ruin ruining ruined take_over taken_over taking_over rob robbing thieving thieves scum
    groomers grooming perverts pervert menace terror terrorists shouldn_t should_not
    can_t_be_trusted get_out go_back send_them_back send_em_back lock_them_up lock_up
    stick_them don_t_want no_more all_the_same criminals always_get_their_way invading
    invasion breed breeding filth filthy disgusting lifestyle agenda scroungers parasites
    vermin plague swarm swarming flooding_in gone_downhill was_fine_before not_welcome
    keep_them_out keep_out no_brains haven_t_got_the_head not_allowed shouldn_t_be_allowed
    freaks abominations sick_in_the_head unnatural funny_that get_off got_off_a_boat
    block_voting vote_for_their_own tribes tribe sharia jungle savages animals
    piss_in_a_bucket kiddie_fiddlers dirty smell stink leeches benefit instead_of_local
    ahead_of_local taking_our take_our our_kids a_home_somewhere can_walk_fine half_of_them
    their_kind your_kind own_kind lock_up_your drain_on burden_on ship_them_out
    ship_them_off fit_in never_will every_last_one all_of_them the_lot_of_them can_t_trust
    never_trust don_t_trust cannot_be_trusted loyalty_is_to loyalty_lies too_emotional
    too_hormonal hysterical able_bodied normal_people proper_english
    not_british not_english not_yorkshire too_many outnumbered overrun
    overran breed_like like_rabbits they_ve_all_got their_agenda live_like like_animals like_pigs
    wasted_on don_t_belong doesn_t_belong perverted mentally_ill nonces paedos
    bring_disease diseased can_t_speak speak_english learn_english
    their_own_country go_home should_be_banned ban_them get_rid rid_of deport deported
    kick_them_out not_one_of_us not_from_here isn_t_natural against_nature
    handouts freeloaders spongers scrounging jumped_the_queue queue_jumpers fresh_off
    rats cockroaches human_rubbish feral inbred rapists groomer predators scammers
    drug_dealers senile gaga dinosaurs snowflake snowflakes dead_before dead_by_then
    waste_of_money faking_it stay_home kept_out drag_everyone drag_down hold_back holding_back
    is_a_cancer barbaric mental_illness perversion greedy look_after_their_own bleeding_this_town
    sterilised sterilise outbreed great_replacement back_of_every_queue bring_crime can_t_drive
    can_t_handle couldn_t_handle lie_about
    sleep_their_way only_there_for ticks_the_boxes never_will_be don_t_integrate
    never_integrate their_culture their_nature in_their_nature spitting stink
    tea_towel bin_bag should_be_in_a_home out_to_pasture lose_the_vote
    ship_them send_them_home let_them_in dangerous nothing_to_do_with_british
    waste_of_space waste_of_money bring_crime bring_disease can_t_be_trusted can_t_trust
    scam taken_over turning_in_their_graves wouldn_t_know not_allowed
    shouldn_t_be_reading out_simple_as sink_the_boats predator pushing_her_agenda
    kicked_out thrown_out chucked_out booted_out sent_home shipped_out shipped_off banned_from
    kept_out_of subhuman sub_human abomination abominations a_disease infestation infest
    infesting not_human not_even_human a_cancer paedophiles inferior genetically_inferior
    near_my_kids near_our_kids near_my_children near_our_children
""")
# The hostile claims that dehumanise whatever their distance from the group word: with a
# group anywhere in the sentence they generalise. Milder claims ("don't want", "shouldn't")
# must sit a few words from the group, or "I'm a wheelchair user ... it shouldn't have taken
# two years" would count.
DEHUMANISING = family("""
    thieving thieves scum groomers perverts pervert perverted terrorists criminals invading
    invasion breed breeding breed_like like_rabbits like_animals like_pigs live_like filth
    filthy scroungers spongers freeloaders scrounging parasites vermin plague swarm swarming
    flooding_in freaks abominations sick_in_the_head unnatural isn_t_natural against_nature
    savages animals jungle leeches drain_on burden_on nonces paedos kiddie_fiddlers
    bring_disease diseased got_off_a_boat fresh_off queue_jumpers able_bodied normal_people
    every_last_one the_lot_of_them they_ve_all_got their_agenda rats cockroaches
    human_rubbish feral inbred rapists predators sterilised sterilise outbreed
    great_replacement subhuman sub_human abomination abominations a_disease infestation
    infest infesting not_human not_even_human a_cancer paedophiles genetically_inferior
""")
