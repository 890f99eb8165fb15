"""English sexual words, swear words and insults: the obscene and abuse families."""

from __future__ import annotations

from monitor.scoring.lang import family

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
# Swear words: profane whoever they are aimed at (the "profane" cue, monitor/scoring/cues.py).
PROFANE_WORDS = family("""
    fuck fucking fuckin fucked fucker fvck shit shite shitty cunt cunts twat twats wanker
    wankers wanking bollocks arse arsehole piss pissed pisshead bitch prick dick dickhead
    cock knob knobhead bellend tosser bastard motherfucker bugger slag slut whore
""")
# The order a masked ("c**t", "f*cking") is resolved in: the likeliest word first.
MASK_PRIORITY = family("""
    fuck fucking fucked fucker fuckers fuckin cunt cunts shit shite shitty twat twats wanker
    wankers prick pricks bitch bitches bastard bastards dick dickhead cock cocks arse arsehole
    bollocks piss pissed tosser slag slut whore motherfucker paki pakis nigger niggers retard
    faggot kill murder rape nonce paedo pedo
""")
