"""English, as written on UK council pages: the word families the rule scorers read.

See :mod:`monitor.scoring.lang` for what each module holds and how to add a language.
"""

from __future__ import annotations

from monitor.scoring.lang.en.groups import (
    DEHUMANISING,
    GROUPS,
    HOMONYM_SLURS,
    HOSTILE_CLAIMS,
    PEOPLE_GROUPS,
    SLURS,
)
from monitor.scoring.lang.en.harm import NEEDED_HARM, PASSIVE_HARM, VIOLENT, VIOLENT_AT, WISH_HARM
from monitor.scoring.lang.en.insults import (
    INSULT_NOUNS,
    MASK_PRIORITY,
    PERSON_ONLY_NOUNS,
    PERSONAL_ADJ,
    PERSONAL_SUPERLATIVE,
    SEXUAL,
    STRONG_INSULTS,
)

# The words a masked token ("f*ck", "p*ki", "r3tard") may stand for, in the order they are
# tried: when "c**t" fits several, the one listed first wins. MASK_PRIORITY holds the
# likeliest; the families follow.
MASKABLE: tuple[str, ...] = (
    *MASK_PRIORITY,
    *DEHUMANISING,
    *GROUPS,
    *HOMONYM_SLURS,
    *HOSTILE_CLAIMS,
    *INSULT_NOUNS,
    *NEEDED_HARM,
    *PASSIVE_HARM,
    *PEOPLE_GROUPS,
    *PERSONAL_ADJ,
    *PERSONAL_SUPERLATIVE,
    *PERSON_ONLY_NOUNS,
    *SEXUAL,
    *SLURS,
    *STRONG_INSULTS,
    *VIOLENT,
    *VIOLENT_AT,
    *WISH_HARM,
)
