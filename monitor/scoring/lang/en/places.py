"""English (British) place names and everyday phrases that contain rude-looking words."""

from __future__ import annotations

from monitor.scoring.lang import family

# Place names that are, or contain, rude words. Word boundaries already protect
# "Scunthorpe"; these are whole words or phrases that would otherwise match a lexicon.
PLACE_NAMES: tuple[str, ...] = (
    "bell end",
    "bitchfield",
    "booty lane",
    "butts lane",
    "brown willy",
    "butt hole road",
    "clitheroe",
    "cock bridge",
    "cock lane",
    "cockermouth",
    "cockfosters",
    "cockpole green",
    "cockshutt",
    "crapstone",
    "crotch crescent",
    "cumwhinton",
    "devil's dyke",
    "devils dyke",
    "dyke road",
    "fanny barks",
    "fanny hands lane",
    "great cockup",
    "knob hill",
    "little cockup",
    "lickey end",
    "middlesex",
    "minge lane",
    "nob end",
    "offa's dyke",
    "offas dyke",
    "penistone",
    "pratts bottom",
    "sandy balls",
    "scratchy bottom",
    "scunthorpe",
    "shitlingthorpe",
    "shitterton",
    "slutshole lane",
    "slag lane",
    "spital",
    "titty ho",
    "twatt",
    "upper dicker",
    "wetwang",
)
# Everyday phrases in which a rude-looking word means something else: food, birds, tools,
# planning language and idioms. Regular expressions over the original text, case-insensitive.
INNOCENT_PHRASES: tuple[str, ...] = (
    r"spotted dick",
    r"moby dick",
    r"dick (?:whittington|turpin)",
    r"knobs? of butter",
    r"door ?knobs?",
    r"volume knobs?",
    r"with knobs on",
    r"hob ?nobs?",
    r"cock(?: and |-and-)bull",
    r"weather ?cocks?",
    r"stop ?cocks?",
    r"ball ?cocks?",
    r"cock pheasants?",
    r"cock(?: a |-a-)(?:snook|hoop|doodle\w*)",
    r"sod['’]?s law",
    r"(?:blue|great|coal|marsh|willow|crested|long[- ]tailed) tits?",
    r"tit for tat",
    r"tits up",
    r"sweet fanny adams",
    r"fann(?:y|ying|ied) (?:about|around)",
    r"pussy ?(?:cat|cats|willow|hats?)",
    r"slag (?:heaps?|tips?)",
    r"slag(?:s|ged|ging)? (?:(?:him|her|them|us|you|it|\w+) )?off",
    r"shag (?:pile|carpet|rug)",
    r"erections? of",
    r"(?<=-)cum(?=-)",
    r"(?:summa |magna )?cum laude",
    r"pin ?pricks?",
    r"prick(?:ed|s)? (?:up|(?:your|my|his|her|their|a) (?:finger|thumb|ears))",
    r"(?:breeding|pedigree|whelping) bitch(?:es)?",
    r"bitch (?:in season|and (?:her|the) (?:pups|puppies))",
    r"(?:poverty|ruin|food|property|disaster|misery|grief) porn",
    r"x{3,}(?!\s*(?:porn|videos?|pics|movies|rated|films?)\b)",
    r"bitch(?:ing|ed|es)? (?:about|and moan\w*)",
    r"(?:life|karma|parking|traffic)(?:['’]s| is| can be| was)"
    r" a (?:real |right |total )?bitch",
    r"dick (?:whitman|cheney|van dyke)",
)
# The rude words the innocent phrases are built around: without one of them (or "xxx") in a
# comment, the phrase pattern is not worth running.
INNOCENT_WORDS = frozenset(
    family("""
    dick knob knobs nob nobs hobnob hobnobs cock cocks doorknob doorknobs weathercock
    stopcock ballcock sod tit tits fanny fannying fannied pussy pussycat slag slags slagged
    slagging shag erection erections cum prick pricks pricked pinprick pinpricks bitch bitches
    bitching bitched porn cumming
""")
)
