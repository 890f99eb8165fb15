"""English words for protected groups, slurs and the hostile claims made about groups."""

from __future__ import annotations

from monitor.scoring.lang import family

# Slurs: discriminatory whatever the context.
SLURS = family("""
    spaz spazz spacker mong mongs mongoloid paki pakis
    nigger niggers nigga niggas wog wogs raghead ragheads towelhead towelheads
    kike kikes yid yids poof poofs poofter poofters tranny trannies shemale shemales gyppo
    gyppos gypo gypos pikey pikeys pikie pikies half_caste golliwog golliwogs darkie darkies
    spic spics beaner beaners wetback sambo jungle_bunny batty_boy batty_boys muzzie muzzies
    mussie slant_eye slant_eyes kaffir mental_cases nutjob window_licker window_lickers
    kiddie_fiddlers
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
# ordinary setting nearby: see ORDINARY_SETTING below.
HOMONYM_SLURS = family("""
    slope slopes coon coons gook gooks bender benders tinkers coconut coconuts fag fags faggot
    faggots dyke dykes cripple cripples negro negroes coloureds loony loonies chink chinks retard
    retards retarded spastic spastics
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
# Slurs some people use of themselves: "I'm a proud dyke", "us queers", "my fellow benders".
RECLAIMABLE = frozenset(
    family("dyke dykes queer queers fag fags faggot faggots poof poofs lesbo lesbos bender benders")
)
# Homonyms that are mostly slurs when people write them, except in their ordinary setting:
# faggots on a menu, fags with smoking, a coon with hunting dogs, a dyke with a path or the sea.
# Without any word of that setting in the comment, they count as slurs.
ORDINARY_SETTING: dict[str, str] = {
    "faggot faggots": r"peas|mushy|gravy|mash|chips|butcher\w*|dinner|tea|supper|lunch|menu|recipe"
    r"|onions?|pork|plate|cook\w*|oven|chippy|pies?|sausages?|meals?|eat|eating|ate|tasty|delicious",
    "fag fags": r"smok\w*|packets?|packs?|lighters?|light|ash\w*|ends?|breaks?|butts?|cigs?"
    r"|cigarettes?|tobacco|baccy|roll\w*|vap\w*|booze|having|fancy|shop|price|cost\w*|quit\w*",
    "coon coons": r"rac+oons?|hunt\w*|hounds?|dogs?|tracks?|trees?|squirrels?|possums?|trap\w*"
    r"|skins?|cheese",
    "dyke dykes": r"paths?|roads?|offa\w*|devil\w*|sea|marsh\w*|flood\w*|drain\w*|banks?|rivers?"
    r"|fens?|fields?|walk\w*|water|ditch\w*|dam|embankments?|dutch|breach\w*",
    # "A chink in the armour", "a chink of light through the curtains".
    "chink chinks": r"armour|armor|light|curtains?|blinds?|gap|wall|fence|door|sunlight|glasses"
    r"|clouds?",
    # "To retard the spread of fire": the verb, in building control and gardening.
    "retard retards retarded": r"growth|progress|ignition|timing|flames?|fire|spread|corrosion"
    r"|rot|decay|development|germination|setting",
    # "Spastic colon", "spastic paraplegia": medical terms, and the old name of Scope.
    "spastic spastics": r"colon|paraplegia|diplegia|cerebral|palsy|muscles?|society|bowel",
}
