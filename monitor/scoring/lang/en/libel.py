# ruff: noqa: E501  (long regular expressions read better unbroken)
"""The words of the libel scorer: imputations, how they are framed, and what is not one.

Every pattern runs over the canonical text (lowercased, apostrophes and punctuation folded
to spaces: "Cllr Patel's" is "cllr patel s"). The kinds name the imputation in the reason a
councillor reads, so they are plain words.
"""

from __future__ import annotations

# The people a violent act is done to: "hit my son", "murdered his business partner".
PERSON = (
    r"(?:wife|husband|partner|ex|ex wife|ex husband|girlfriend|boyfriend|son|daughter|child|children|kids?"
    r"|baby|babies|mother|mum|father|dad|brother|sister|neighbour|friend|tenant|colleague|man|woman|boy"
    r"|girl|pensioner|pupil|patient|lad|lass|wives|husbands|sons|daughters|neighbours|friends|tenants"
    r"|colleagues|men|women|boys|girls|pensioners|pupils|patients|toddlers?|residents?|missus|missis|misses|mrs|other half)"
)

# Children, as people name them: "kids", "little girls", "14 year olds", "a 13yo".
CHILD = (
    r"(?:kids|children|child|little (?:girls?|boys?|kids|ones)|schoolgirls?|schoolboys?|school (?:girls|boys|kids)"
    r"|underage \w+|minors?|young (?:girls|boys|lads)|teenage (?:girls|boys)"
    r"|(?:1[0-5]|[4-9]|twelve|thirteen|fourteen|fifteen) ?(?:year olds?|yr olds?|y o)|[a-z]{1,2}yo|[a-z]{1,2}yr olds?)\b"
)
# Drugs by their street names; "gear", "pills" and "weed" alone are too often something else.
DRUG = (
    r"(?:coke|cocaine|crack|heroin|smack|ecstasy|mdma|ketamine|ket|spice|cannabis|skunk|meth|drugs|weed(?! ?killer)"
    r"|gear (?:to|round|on|from|out of|outside)|pills (?:to|round|on|outside|at))\b"
)

# (kind, pattern over canonical text). Kinds name the imputation in the reason.
# Family and friends, to whom council property or votes may be said to go.
KIN = (
    "mates?|friends?|family|cousin|brother|sister|son|daughter|wife|husband|pals?|nephew|niece"
    "|dad|mum|uncle|aunt"
)
# The same, with in-laws and partners: "pushed it through for her brother in law".
KIN_AND_IN_LAWS = rf"(?:brother|sister|son|daughter) in law|in laws?|partner|{KIN}"
IMPUTATIONS: tuple[tuple[str, str], ...] = (
    (
        "bribery or corruption",
        r"\b(?:is|was|are|were|been|being|gets|got) (?:secretly )?paid by (?:the )?(?:developers?|builders?|landlords?|contractors?|(?:\w+ )?lobby)\b|\bbrib(?:e|es|ed|ery|ing)\b|\bbackhanders?\b|\bbrown envelopes?\b"
        r"|\bkick ?backs?\b|\bon the take\b"
        # "was handed cash in the car park", "votes how the golf club tells him".
        r"|\b(?:was|were|got|been|being|is|are) handed (?:a |an )?(?:wad of |bag of |envelope of )?(?:cash|money|envelope|brown envelope|bung|£ ?\d|\d+ (?:grand|k)\b)"
        r"|\bvot(?:es|ed|ing) (?:whichever way|however|how|the way) (?:\w+ ){1,4}(?:pays?|paid) (?:him|her|them)\b"
        r"|\bvot(?:es|ed|ing) (?:\w+ ){1,8}because (?:they|he|she|it) (?:pay|pays|paid) (?:for )?(?:his|her|their) (?:\w+ )?(?:membership|bar tab|bills|mortgage|rent|holidays?|school fees|wages)\b"
        # "rigged the tender": procurement fraud, not an election.
        r"|\b(?:rigg(?:ed|ing) (?:the |a |an |that |this |his |her |their )?|rigs? (?:the|a|an|that|this|his|her|their) )(?:\w+ )?(?:tenders?|contracts?|bids?"
        r"|bidding|procurement|interviews?|appointments?|process|shortlist)\b"
        r"|\bin (?:the )?pocket of\b|\bpaid (?:him|her|them|you) off\b"
        # "had been paid off": a person bought, not a loan cleared ("the loan was paid off").
        r"|\b(?<!loan )(?<!debt )(?<!debts )(?<!mortgage )(?<!bill )(?<!card )(?<!loans )(?<!it )(?:was|were|been|being|got|get|gets) paid off\b(?! (?:in full|early|at last|finally|now|years))"
        r"|\b(?:was|were|been|being|got) paid (?:\S+ )?(?:by|to)\b|\bslip(?:s|ped|ping) (?:him|her|them|you|the (?:\w+ )?(?:inspector|officer|examiner|assessor|planner|planning officer|copper|warden)) (?:a|some|cash|money|\d)"
        r"|\bl(?:ining|ine|ines|ined) (?:his|her|their|your) (?:own |\w+ s |\w+ )?pockets?\b|\bpockets? (?:are |is |were |was |have |has )?(?:being |getting |been |got )?lined\b|\b(?:gets|get|getting|got|takes|taking|took) (?:a|his|her|their) cut\b(?! (?:and paste|hair)\b)"
        # "His political bent" is a leaning, not a bent copper's.
        r"|\btaking cash\b|\bcash for\b|\bcorrupt(?:ion|ly)?\b(?! (?:\w+ )?(?:politicians|cops|police|officials|officers|judges|media|system|systems|government|governments|regime|elites?|establishment|councils|parties|practices|authors|admins|administrators|mods|moderators|people|institutions|companies|corporations|banks|bankers|unions|leaders|bureaucrats|bureaucracy|democrats|republicans|liberals|tories|countries|states|world|culture)\b)|\bcorupt\b|(?<!hell )(?<!political )(?<!ideological )(?<!religious )(?<!partisan )(?<!artistic )(?<!natural )\bbent\b(?! (?:over|down|double|on|forward|backwards?|out of shape|towards?|for|arguments?|logic|reasoning|points?|nails?|pins?|spoons?|wheels?|rims?|forks?|railings?|knees?)\b)|\bcrook(?:ed|s)?\b"
        r"|\bhow much did (?:\w+ ){1,4}pay (?:you|him|her)\b|\bpaid for by (?:the|a) (?:firm|company|developer|contractor)"
        r"|\bin exchange for\b(?! (?:what|whatever|nothing|that|this|it|them)\b)|\bthat s why they got (?:it|the contract)\b|\bbought (?:you|him|her|them)\b"
        # Not a gift: "bought you a beer", "bought her son some trainers".
        r"(?! (?:a|an|some|the|his|her|their|my|your|our|lunch|dinner|tea|breakfast|drinks?|beers?|pints?|flowers|presents?|gifts?|food|sweets|clothes|bday|birthday|christmas|everything|stuff|son|daughter|kids?|children|mum|mom|dad|nan|gran|husband|wife|boyfriend|girlfriend|family|friends?|\w+ (?:cake|card|present|gift|beer|drink|pint|meal|flowers))\b)"
        r"|\b(?:his|her|their) (?:usual|customary|regular|little) (?:cut(?! and paste)|bung|backhander|kickback|sweetener)\b"
        r"|\bto swing the vote\b|\bbought and paid for\b"
        # Paid money, not paying for parking: "was paid £5k", "paid him £500".
        r"|\b(?:was|were|been|being|got|gets|get) paid (?:£|\d)|\bpaid (?:him|her|them|you|cllr \w+|councillor \w+) (?:£|\d)"
        r"|\bon (?:\w+ ){0,3}payroll\b|\bthe money went (?:through|into)\b"
        # The lookahead first: the lookbehinds then run only where such a verb starts.
        r"|\b(?=(?:took|taking|takes|taken|accepted|accepting|received|receiving) )(?<!council )(?<!authority )(?<!school )"
        r"(?<!charity )(?<!we )(?<!ward )(?<!government )(?<!fund )"
        r"(?:took|taking|takes|taken|accepted|accepting|received|receiving) (?:£|\d(?![\d ]*(?:[%.]|$|(?:months?|weeks?|days?|years?|yrs|hours?|hrs|minutes?|mins?|goes|attempts|tries|times|steps|people|percent|per cent|shots|wickets|points|goals|seats|votes|games|sets|laps|photos|pictures|pics|selfies|kids|children|of (?:the )?(?:vote|votes|poll|seats|ballots?))\b))|cash|money|a free|free|gifts?|hospitality|a bung|bungs"
        # "took a cash payment from the developer"
        # (not "took a cash payment for the cake": a sale).
        r"|an? (?:\w+ )?cash (?:payment|sum|gift)(?= (?:from|off)\b)|cash payments(?= (?:from|off)\b))"
        r"(?!(?: ?[\d£.,]+)*(?:k|m|bn)? (?:off|from) (?:my|our|me|us|a|an|elderly|pensioners|vulnerable)\b)"
        # "took money out of her own pocket", "taking cash donations for the hospice".
        r"(?!(?: ?[\d£.,]+)*(?:k|m|bn)? (?:out of (?:his|her|their|my|your) own pockets?|(?:donations?|collections?) for)\b)"
        # "took money from the reserves to fix the roads": a budget decision.
        r"(?!(?: ?[\d£.,]+)*(?:k|m|bn)? (?:out of|from) (?:the |our |council |its )?(?:\w+ )?(?:reserves|budget|contingency|general fund|capital programme)\b)"
        r"|\bwithout (?:any|a|an) (?:tender|declaration)\b"
        r"|\bslush funds?\b|\btrouser(?:ed|ing)\b|\bcash in (?:hand|a brown)\b|\bbung(?:s|ed)?\b|(?<!artificial )(?<!sugar )(?<!natural )\bsweeteners?\b|\bgreas(?:ed|ing|e) (?:\w+ )?palms?\b"
        r"|\bbought (?:his|her|their|your) (?:vote|votes|support|silence)\b|\b(?:developers?|builders?|firm s|company s|contractors?) (?:back )?pockets?\b"
        r"|\boff the back of (?:that|the|this|a) (?:\w+ )?(?:contract|deal|planning|permission|tender|decision)\b"
        r"|\b(?:holiday|holidays|car|cars|villa|extension|conservatory|kitchen|tickets) (?:\w+ ){0,3}(?:paid for|courtesy of|from the developer|off the developer)"
        r"|\b(?:went up|appeared|arrived|turned up) (?:\w+ ){0,4}same (?:week|month|year|time) (?:\w+ ){0,3}(?:got|won|was given|received)\b"
        r"|\bon the (?:developer s|firm s|company s) books\b|\bkickbacks?\b|\bsold (?:his|her|their) (?:vote|soul)\b"
        r"|\b(?:match|spot) fix\w*|\bfix(?:ed|ing) (?:matches|games|the match)\b|\bin (?:the )?[a-z]+ s pay\b"
        r"|\bcharg(?:es|ed|ing) (?:£ ?)?\d[\w ]{0,12}? to meet\b|\bcash for (?:access|questions|honours|favours)\b"
        # Something public sold to whoever pays: "selling allotment plots for cash".
        r"|\bsell(?:s|ing)? (?:\w+ ){0,2}(?:plots?|permits?|licen[cs]es?|places?|contracts?|votes?|seats?|access|meetings?|peerages?|honours|tenancies|council houses|parking spaces?) (?:for|to whoever) (?:cash|money|backhanders|bungs|favours|pays?)\b"
        r"|\bin return for (?:a |his |her |their )?(?:cut|vote|votes|support|cash|money|£|\d|favours?|backhanders?|bungs?|kickbacks?|donations?|planning|the contract)\b",
    ),
    (
        "fraud",
        r"\bfraud(?:ulent|ulently|ster|sters)?\b(?! (?:squad|office|team|investigators?|unit|officers?|police)\b)|\bfiddl(?:ed|ing|es) (?:his|her|their|your|the) "
        r"(?:\w+ ){0,2}(?:expenses|allowances?|books|figures|accounts|claims?|mileage|budget|invoices?|grants?|funds?|benefits?|taxe?s?)\b|\bfalsif(?:ied|y|ying)\b"
        # Public money spent on private pleasures: "spent council money on prostitutes".
        r"|\bspen[dt]s? (?:council|public|taxpayers?|ratepayers?|our|the ward s|charity) (?:money|cash|funds) on (?:prostitutes|escorts|himself|herself|themselves|his|her|their|drink|booze|drugs|holidays?|a holiday|personal)\b"
        # "sent false documents to members", "bogus invoices".
        r"|\b(?:false|forged|bogus|fraudulent|fake|falsified) (?:documents?|documentation|paperwork|invoices?|receipts?|references?|qualifications?|certificates?|accounts|timesheets?)\b"
        r"|\bdoctored\b|\bforged\b|\bforg(?:es|ing) (?:\w+ ){0,2}(?:signatures?|documents?|papers|cheques?|accounts|minutes|records|sick notes?|references?|certificates?)\b|\bfake invoices?\b|\bembezzl\w*|\blaunder(?:s|ed|ing)? (?:the |drug |dirty )?(?:money|cash|funds|millions|proceeds)\b|\blaunder(?:ed|ing|s|er|ers)?\b(?! (?:shirts?|clothes|sheets|bedding|uniforms?|towels)\b)|\bcooked the books\b"
        r"|\bclaiming (?:\w+ ){0,3}discount while\b|\blied on (?:his|her|their|the)\b|\bscam(?:med|ming)?\b"
        r"|\bfalsely claim\w*|\bclaim(?:ing|ed|s)? (?:\w+ ){0,3}(?:mileage|expenses|allowances?) for (?:\w+ ){0,3}(?:never|didn t|did not)\b"
        r"|\bfiddl(?:ed|ing|es) the (?:system|books|figures|accounts|grant|claims?)\b|\bcook(?:ed|ing|s)? (?:the|those|his|her|their) books\b"
        r"|\bsiphon(?:ed|ing|s)?\b|\bskim(?:med|ming|s)? (?:off|money|cash|from)\b|\bcream(?:ed|ing)? off\b|\b(?:hand|hands|fingers?) in the (?:till|tills|kitty|collection tin|biscuit tin)\b"
        r"|\b(?:never|not once|hasn t|has not|doesn t|does not|didn t|did not) (?:\w+ )?pa(?:id|y|ys) (?:a penny of |a penny in |any |his |her |their )?(?:income )?tax(?:es)?\b"
        r"|\binto (?:his|her|their) own (?:account|pocket|bank)\b|\bbenefit fraud\b|\btax (?:evasion|fraud)\b|\bevad(?:es|ed|ing) (?:his |her |their )?tax(?:es)?\b|\bcheat(?:s|ed|ing)? on (?:his|her|their|your) tax(?:es)?\b|\bdodg(?:ed|ing) (?:his|her|their )?tax\b"
        r"|\bcon (?:man|men|artists?)\b|\bswindl(?:e|ed|er|ers|ing)\b|\bembezzler\b"
        r"|\bpilfer(?:s|ed|ing|age)?\b|\bpurloin(?:s|ed|ing)?\b|\bfilch(?:es|ed|ing)?\b"
        r"|\b(?:scam|fake|bogus|sham) (?:charity|charities|fundraiser|fundraising|appeal|business|company|firm|qualifications?|degree)\b"
        r"|\b(?:conned|duped|hoodwinked|fleeced) (?:\w+ ){0,2}(?:out of|into (?:giving|donating|paying|handing))\b"
        r"|\b(?:benefits?|tax|insurance|expenses) (?:cheats?|cheating|fiddlers?|fiddle)\b|\bdefraud(?:ed|ing|s)?\b"
        r"|\b(?:claim(?:ing|ed|s)?|on) (?:\w+ ){0,2}benefits? (?:\w+ ){0,2}while (?:working|running|earning|living|owning)\b",
    ),
    (
        "theft",
        r"\bst(?:ole|olen|ealing|eals|eal)\b|\bnick(?:ed|ing)\b|\bpinch(?:ed|ing)\b"
        r"|\b(?:nicks|pinches|swipes|lifts) (?:\w+ )?(?:parcels|money|cash|stuff|things|stock|tools|petrol|diesel|bikes?|phones?|purses?|wallets?|from)\b"
        r"|\bpocket(?:ed|ing)\b|\bsell(?:s|ing)? (?:council|our|the council s) \w+|\bhelped (?:himself|herself|themselves) to\b|\b(?:emptying|emptied|empties|draining|drained|drains|bleeding|bled) (?:the |our |his |her |their )?(?:\w+ )?(?:charity s |club s |church s )?(?:coffers|kitty|funds|fund|bank account|accounts|till|collection tins?|donations)\b|\bbeen helping (?:himself|herself|themselves)(?= for (?:years|months|ages|a while|some time|a long time)\b| again\b|$)|\bthie(?:f|ves|ving)\b|\bthei(?:f|ves|ving)\b"
        r"|\b(?:keeping|kept|keeps) (?:the money|the cash|it for (?:himself|herself|themselves))\b"
        # Kept somewhere safe is no theft: "keeps the money in the association's account".
        r"(?! (?:in|at|under) (?:the|a|an|its|their|our) (?:\w+ ){0,3}(?:account|bank|safe|tin|box|till|vault|office|treasury)\b)"
        r"|\bnever reached\b|\bmissing £"
        r"|\b(?:walked|made|ran) off with\b(?! (?:a|an|another|some|his|her|their|my|your|the) (?:\w+ )?(?:man|woman|girl|guy|bloke|lad|lass|boy|boyfriend|girlfriend|lover|fella|toyboy|neighbour|postman|milkman|secretary|nanny|wife|husband|partner)\b)|\brobb(?:ed|ing)\b|\bthousands (?:gone|missing|disappeared)\b|\bmoney (?:went )?missing\b"
        r"|\bburgl(?:ed|es|ing|ar|ars|ary)\b|\bmugg(?:ed|ing)\b|\bshoplift\w*"
        # Breaking into property, not into a smile, a song or a market.
        r"|\b(?:breaks?|breaking|broke) in(?:to)? (?:(?:the|my|our|your|his|her|their|people s|a|an"
        r"|peoples|neighbours|other people s) )?(?:\w+ )?(?:sheds?|garages?|houses?|homes?|cars?"
        r"|vans?|flats?|shops?|church|school|allotments?|properties|property|garden|gardens|offices?"
        r"|lock ?ups?|caravans?|pavilion|clubhouse|premises)\b",
    ),
    (
        "dishonesty or a cover-up",
        r"\bliars?\b|\blied to by |\blied\b|\blying (?:about|to)\b|\blies (?:to (?:us|you|me|them|him|her|his|their|our|the public|everyone|everybody|people|residents|voters|parliament|the council|police|the police)|through (?:his|her|their|your) teeth)\b|\b(?:tell|tells|telling|told) lies\b|\bcover(?:s|ed|ing)? up (?:the |all the |his |her )?(?:abuse|bullying|assaults?|rapes?|harassment|fraud|theft|crimes?|complaints?|evidence|deaths?|neglect|racism|affair|accidents?)\b|\bcover(?:ed|ing)? (?:it |this |that )?up\b"
        r"|\bcover ups?\b|\bhid (?:it|the|this|that)\b|\bhush(?:ed)? (?:it |this |that )?up\b|\bburied the\b"
        r"|\bturn(?:ed|s|ing)? a blind eye to (?:the )?(?:\w+ ){0,2}(?:abuse|grooming|rapes?|assaults?|bullying|harassment|fraud|theft|corruption|crimes?|exploitation|neglect|violence)\b"
        r"|\bshredded\b|\bkept (?:it )?quiet\b|\bkeep quiet\b|\bhush (?:hush|money)\b|\bpaid (?:her|him|them) off\b"
        r"|\bdestroy(?:ed|ing) (?:the )?(?:evidence|report|emails|files)\b|\bdeleted the (?:emails|evidence|files)\b"
        r"|\bburied (?:the|a|an|his|her) (?:\w+ ){0,2}(?:report|survey|evidence|complaint|findings|email|letter)\b|\bbarefaced liar\b"
        r"|\bmade up (?:the )?(?:\w+ )?(?:figures|numbers|results|data|evidence|story|complaint)\b|\bfabricat(?:ed|ing)\b"
        r"|\bswept (?:it |this |that )?under the (?:carpet|rug)\b|\bknew about (?:\w+ ){0,5}(?:and|but) (?:did nothing|kept quiet|said nothing|hid|buried)\b"
        r"|\bshred(?:ded|ding)? the\b|\bshreds (?:the |all the )?(?:\w+ )?(?:complaints|evidence|letters|reports|documents|files|records|objections)\b"
        # "sat on the flood report so the homes would get permission": kept back for a purpose.
        r"|\b(?:sat|sitting|sits) on (?:it|them|the (?:\w+ )?(?:reports?|findings|evidence|letters?|complaints?))\b(?: \w+){0,3}? "
        r"(?:so (?:that )?(?:nobody|no one|the council (?:doesn t|didn t|wouldn t|does not|did not)|(?:the )?(?:\w+ ){0,5}(?:would|could) get)|to stop|until after)\b"
        r"|\bdeliberately (?:hid|misled|withheld|deleted|destroyed|lost)\b|\bmisled (?:the|council|residents|the public)\b"
        # Passing on what was told in confidence: "leaked stories about her friends to the Sun".
        r"|\bleak(?:ed|ing|s)? (?:\w+ ){0,3}(?:stories|story|information|info|details|documents?|emails?|messages|reports?|minutes|papers|secrets)\b(?: \w+){0,5} to (?:the )?(?:press|papers|media|sun|mirror|mail|tabloids?|journalists?|reporters?)\b"
        r"|\bleak(?:ed|ing|s)? (?:\w+ )?(?:confidential|private|personal|secret)\b"
        r"|\blies (?:that |which )?(?:\w+ ){1,4}(?:has|have|had) told\b|\btold (?!no )(?:\w+ )?lies\b|\btells lies\b|\bperjur(?:y|ed|er|ing)\b|\bdishonestly\b",
    ),
    (
        "sexual misconduct",
        r"\bgrop(?:ed|ing|e)\b|\bsexual(?:ly)? (?:assault|harass)\w*|\b(?:giving|gave|given|subject(?:ed|ing|s)? (?:\w+ )?to) (?:\w+ ){0,4}sexual harassment\b"
        r"|\bexplicit (?:photos|pictures|messages|images)\b|\bsleeping with\b|\baffair with\b"
        r"|\bcaught with a 1[0-7] year old\b|\bindecent\w*\b(?! (?:\w+ )?(?:people|folk|folks|proposals?|haste|amounts?|jokes?|language)\b)|\bflash(?:ed|ing)\b|\brap(?:ed|ist)\b"
        # Rape as a verb said of someone ("tried to rape her", "rapes little girls"), or as an
        # offence committed; the noun alone is more often discussed ("rape victims").
        r"|\b(?:tried|tries|trying|attempted|attempting|likes|liked|used) to rape\b"
        r"|\brapes (?:women|girls|boys|kids|children|little|young|her|him|them|people|men|his|their)\b"
        r"|\b(?:attempted|committed|commits|committing) rapes?\b"
        r"|\bsex pest\b|\bmolest\w*"
        r"|\btouch(?:ing|ed) up\b|\bwandering hands\b|\bhaving it (?:off|away) with\b|\bhaving an affair\b|\bshagging (?:his|her|the|a)\b|\b(?:are|is|was|were|been) (?:\w+ )?shagging\b"
        # As people say it without the word: "can't keep his hands off the girls in the office".
        r"|\b(?:can t|cannot|couldn t|never could) keep (?:his|her|their) hands (?:off|to (?:him|her)self)\b"
        r"|\bslept (?:his|her|their) way (?:to|onto|into|up)\b|\blikes them young\b"
        r"|\b(?:visits|visiting|visited|going into|goes to|seen (?:going )?(?:into|at|leaving)|regular at|regular in) (?:the |a |that )?(?:\w+ )?(?:brothel|massage parlour)\b"
        r"|\b(?:dirty|sexual|naked|nude|explicit|indecent) (?:pictures|photos|pics|messages|texts|images|videos)\b"
        r"|\b(?:sent|sending|sends) (?:\w+ ){0,3}(?:pictures|photos|pics|messages|texts) to (?:a|an) (?:\w+ ){0,3}(?:girl|boy|child|teenager|kid|pupil|minor)\b"
        r"|\binappropriate (?:relationship|messages|touching|behaviour|photos|comments|contact) with\b|\bpervert\b|\bperv\b"
        r"|\bhand up (?:her|the|a|his) (?:\w+ )?(?:skirt|dress|top)\b"
        r"|\bsex offenders?\b|\b(?:sexual )?predators?\b|\bmolesters?\b"
        r"|\bexpos(?:ed|es|ing) (?:himself|herself|themselves)\b"
        r"|\btouch(?:ed|ing)? (?:me|her|him) (?:up|inappropriately|when (?:i|she|he) was (?:\d+|young|little|a (?:kid|child|girl|boy)))\b"
        r"|\binappropriately touch\w*|\bsexually abus\w*|\bforced (?:himself|herself) on\b|\b(?:dick|cock|nude|naked) pics?\b|\bsent (?:me|her|him|a|my) nudes\b"
        r"|\bcheat(?:s|ed|ing)? on (?:his|her|their) (?:wife|husband|partner|girlfriend|boyfriend|missus)\b"
        r"|\b(?:woman|man|girl|lad|bloke|lady) (?:who is |who s |that is |that s )?not (?:his|her) (?:wife|husband|partner)\b",
    ),
    (
        "abuse of children",
        r"\bpaedo(?:phile)?s?\b|\bpedo(?:phile)?s?\b|\bpeado(?:phile)?s?\b|\bpeedos?\b|\bnonces?\b|\bkiddie fiddlers?\b"
        # As people misspell it: "pedofile", "paedofile", "petifile", "pediphiles".
        r"|\bp(?:ae|ea|e)[dt][aeiou](?:ph|f)[iy]les?\b"
        r"|\bchild (?:abuser|abuse|porn)\b|\babus(?:ing|ed) (?:kids|children|a child|pupils)\b|(?<!dog )(?<!pet )(?<!horse )(?<!dog s )\bgroom(?:ing|er|ers|ed|s)\b(?! (?:the |my |his |her |their )?(?:dogs?|pets?|horses?|ponies|cats?|parlour|salon))"
        r"|\bkiddy fiddlers?\b|\bnonce\w*|\b(?:a|another|the next|proper|real|right) (?:jimmy |jerry )?(?:savile|sandusky)\b|\bthe (?:jimmy |jerry )?(?:savile|sandusky) of\b"
        r"|\b(?:with|texting|messaging|messaged|texted|dating|touching|touched|groping|photos of|pictures of|abusing|abused|chatting up|seeing|meeting|met up with|pestering|followed|sleeping with|sex with)"
        r" (?:a |an |the |this |that )?(?:1[0-5]|thirteen|fourteen|fifteen|twelve) year old\b"
        r"|\babus(?:ed|ing) (?:me|her|him|us|them) (?:as (?:a )?(?:child|kid|boy|girl|children|kids)|when (?:i|she|he|we|they) (?:was|were) (?:\d+|young|little|a (?:child|kid|boy|girl)))\b",
    ),
    (
        "drunkenness or drugs",
        r"\bdrunk(?:en|ard)?\b|\bhammered\b|\bsteaming\b(?! (?:pile|piles|heap|heaps|load|mad|hot|mug|cup|kettle)\b)|\bpissed\b(?! (?:\w+ ){0,2}off\b| (?:about|with|because|cause|that|at (?:me|you|him|her|them|us|it|this|that|the fact|people|everyone)\b))|\bstinking of\b"
        r"|\bpisshead\b|\balcoholic\b|\b(?:coke|cocaine|crack|heroin|smack|ketamine|drug) (?:user|users|addict|addicts|habit|dealer)\b|\bdrink driving\b|\bdrunk driving\b|\bover the limit\b|(?<!grin )(?<!smile )(?<!smirk )(?<!look )\boff (?:his|her) face\b"
        r"|\bunder the influence\b|\bcoke ?head\b|\bcocaine\b|\bon drugs\b|\bslurring\b"
        r"|\bdrinks? (?:before|during|at) (?:every |each |the |all |most )?(?:council |committee |full council |cabinet |board )?(?:meetings?|surgeries|work|school)\b"
        r"|\bparalytic\b|\bthree sheets to the wind\b|\blegless\b|\bsloshed\b|\bplastered\b(?! (?:walls?|ceilings?|over|with|all over|across|on)\b)|\bbladdered\b|\bsozzled\b|\btrollied\b"
        r"|\bstinking of (?:drink|booze|alcohol|whisky|beer)\b|\b(?:drove|driving|drives|drive) (?:\w+ ){0,3}(?:drunk|pissed|over the limit|after (?:\w+ ){0,2}pints)\b"
        r"|\bdr(?:ink|inks|inking|ank) and driv(?:e|es|ing)\b"
        r"|\bsnort(?:ed|ing|s)\b(?! (?:his|her|their) way\b)(?! (?:with|in) (?:laughter|derision|disgust|contempt)\b)(?! at\b)|(?<!grin )(?<!smile )(?<!smirk )(?<!look )(?<!hat )(?<!cap )(?<!wig )(?<!helmet )(?<!hood )(?<!glasses )(?<!crown )(?<!it )(?<!them )\boff (?:his|her|their) (?:face|head|tits|nut)\b|\bhalf cut\b",
    ),
    (
        "violence",
        # Ordering or sanctioning a killing; pushing someone out of the way or to the ground.
        r"\b(?:sanctioned|ordered|authori[sz]ed|green ?lit|signed off on|arranged|planned) (?:the |a |an )?(?:\w+ ){0,3}(?:killing|murder|assassination|execution|bombing|shooting|kneecapping|beating)(?: (?:of|on)\b|$)"
        r"|\b(?:pushed|shoved) (?:me|her|him|them|(?:cllr|councillor|mrs|ms|mr|miss|dr) \w+|(?:my|his|her|an?|the|this|that) (?:\w+ )?(?:wife|husband|partner|mum|dad|mother|father|child|kid|son|daughter|woman|man|lady|pensioner|girl|boy|photographer|reporter|officer|nurse|carer)) (?:out of the way|to the ground|to the floor|down the stairs|into the road|into traffic|against (?:a|the) wall)\b"
        r"|\b(?:tried to |try to |trying to )?(?:strangl|throttl)(?:e|ed|es|ing) (?:me|her|him|them|his|my)\b"
        r"|\bchok(?:ed|ing) (?:me|her|him)\b|\bpinned (?:me|her|him) (?:to|against|down|up)\b"
        r"|\bviolent(?:ly)? (?:attack|assault)\w*|\b(?:punched|kicked|headbutted|slapped|battered|strangled|stabbed|glassed|knifed) (?:me|her|him|his|a|an|young|girls|women|kids|children)\b(?! out\b)"
        rf"|\b(?:assaulted|attacked|beat up|beaten up|battered) (?:a|an|the|his|her|my|our|your|two|three|some) (?:\w+ ){{0,2}}{PERSON}\b"
        r"|\b(?:assaulted|attacked) (?:me|her|him|young|girls|women|kids|children)\b(?! (?:on|in) (?:twitter|facebook|here|x|the (?:paper|press|meeting|chamber)|his (?:post|speech)|her (?:post|speech)))"
        r"|\b(?:beat|beats|beating) (?:me|her|him) up\b"
        # "beat me for years", not "beat me to it" or "beat me at chess"
        r"|\b(?:beat|beats|beating|hit|hits|hitting) (?:me|her|him) (?:for (?:years|months)|every (?:day|night|week)|regularly|daily"
        r"|black and blue|senseless|repeatedly|in front of)\b"
        r"|\b(?:beat|batters|battering) (?:up )?(?:his|her) (?:wife|husband|partner|girlfriend|boyfriend|missus|kids|children)\b"
        r"|\b(?:was|were|got|been|being) (?:\w+ )?(?:assaulted|attacked|beaten(?: up)?|battered|roughed up|strangled|stabbed|punched|kicked|headbutted|raped|groped|molested) by (?!a |an |some |the (?:council|government)\b)"
        # "Sexually abused by", and a child "abused by": not words said to someone.
        r"|\b(?:was|were|got|been|being) (?:sexually|physically) abused by (?!a |an |some |the (?:council|government)\b)"
        r"|\b(?:daughter|son|child|kids|children|boy|girl|pupils?|grandson|granddaughter) (?:was|were|had been|has been|have been|got) abused by (?!a |an |some )"
        rf"|\b(?:murder(?:ed|ing|s)?|kill(?:ed|ing|s)|hit|hits|hitting|smack(?:ed|s|ing)|slap(?:ped|s|ping)|punch(?:ed|es|ing)|kick(?:ed|s|ing)|beat|beats|beating) (?:me|him|her|my|his|her|your|their|our|a|an|the) (?:\w+ )?{PERSON}\b"
        r"|\bdomestic abusers?\b|\bdomestically abus\w*"
        # A first-hand account: "after 18 years of suffering domestic violence", "abuse at
        # the hands of". Not "she suffered abuse online": the sufferer is no wrongdoer.
        r"|\b(?:(?:i|we) (?:\w+ ){0,2}|years of |after )(?:suffer(?:ed|ing)|endur(?:ed|ing)|put up with|putting up with|lived with|living with) (?:\w+ ){0,3}(?:domestic (?:violence|abuse)|violence|beatings)\b(?! (?:of|against|towards) )"
        r"|\b(?:violence|abuse|beatings|assaults?)(?= at the hands of\b)"
        # First-hand accounts: "hit me in the car park", "threatened me with a knife".
        r"|\b(?:hit|hits|hitting|smacked|slapped|headbutted|shoved|spat at|spat on) (?:me|her|him)\b(?! (?:up|that|like|with|where|right|hard emotionally)\b)"
        r"|\bthreaten(?:ed|s|ing) (?:me|her|him|us|them|my|his|her) (?:\w+ )?with (?:a |an |his |her )?(?:knife|gun|hammer|bat|machete|weapon|blade|crowbar)\b"
        r"|\bpull(?:ed|s)? (?:a|his|her) (?:knife|gun|blade|machete) on\b|\b(?:physically|violently) abus\w* (?:me|her|him|us|them|his|her|my)\b"
        r"|\babus(?:ed|ing) (?:me|her|him|us|them) for (?:years|months)\b"
        rf"|\babusive (?:to|towards) (?:me|him|her|his|her|their|my) (?:\w+ )?{PERSON}\b",
    ),
    (
        "a crime or an investigation",
        r"\barrested\b|\bunder (?:police )?investigation\b|\binvestigated for\b"
        # Time served: "did 5 years for armed robbery".
        r"|\bdid (?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen) (?:\w+ )?(?:years?|months?|stretch) (?:inside|in prison|in jail|for (?:armed |aggravated )?(?:robbery|burglary|assault|fraud|theft|rape|murder|manslaughter|gbh|abh|drug dealing|dealing|drugs|arson|kidnapping|embezzlement|stabbing|grievous bodily harm))\b"
        # Cruelty to animals: "poisoned his neighbour's dog".
        r"|\bpoison(?:ed|s|ing) (?:the|his|her|their|my|our|a|next door s) (?:\w+ ){0,2}?(?:dogs?|cats?|pets?|horses?|animals?)\b"
        # A conviction someone has: "has a fraud conviction", "a conviction for assault".
        r"|\b(?:has|had|have|got|with) (?:a|an|two|three|several|previous|prior|past|old|spent|criminal) (?:\w+ ){0,2}?convictions?\b|\bconvictions? for\b"
        # Arson, kidnapping and drink driving told as done.
        r"|\b(?:set|sets|setting) fire to (?:the|his|her|my|our|their|your|a|an) (?:\w+ ){0,2}?(?:house|home|pub|shop|car|van|flat|building|school|church|mosque|synagogue|temple|centre|hall|office|caravan|shed|garage|bins?|property|restaurant|takeaway)\b"
        r"|\bkidnapp?(?:ed|s|ing) (?:me|him|her|them|(?:his|her|my|our|their|your|a|an|the) (?:own |\w+ )?(?:kids?|children|child|sons?|daughters?|baby|babies|girls?|boys?|wife|husband|woman|man))\b"
        r"|\bdr(?:ink|unk)[ -]?driv(?:es|ing|er|ers)\b|\bdr(?:ives|ove|iving|iven) (?:home )?(?:drunk|pissed|over the limit)\b"
        r"|\b(?:drunk|pissed|hammered|steaming|bladdered|legless|plastered|smashed|off (?:his|her) face|over the limit) (?:at|behind) the wheel\b"
        # A warning about someone: "If you see this fella by a primary school call 999".
        r"|\bif (?:you )?(?:see|spot) (?:th(?:is|at) (?:\w+ )?(?:man|guy|fella|bloke|lad|woman|person)"
        r"|(?!(?:him|her|them|it|anyone|anything|someone|something|smoke|fire)\b)[a-z]+)"
        r" (?:\w+ ){0,8}?(?:call|ring|phone|dial) (?:9+|101|the police|police|crimestoppers)\b"
        # Harassment is a crime whether or not it is sexual (which is sexual misconduct).
        r"|\bharass(?:ed|ing|ment)\b(?! (?:of )?(?:the |our |their )?(?:council|government|authority|department|officials|ministers|mps|planners|ombudsman|nhs|police|about)\b)"
        # Done "illegally", and neglect of people in someone's care.
        r"|\b(?:dump(?:s|ed|ing)?|tip(?:s|ped|ping)?|sublet(?:s|ting)?|employ(?:s|ed|ing)?|evict(?:s|ed|ing)?|sell(?:s|ing)?|sold|built|build(?:s|ing)?|demolish(?:ed|es|ing)?|fell(?:ed|ing)?|operat(?:es|ed|ing)|trad(?:es|ed|ing)|run(?:s|ning)?|ran) (?:\w+ ){0,3}illegally\b"
        r"|\bneglect(?:s|ed|ing)? (?:the |its |his |her |their |our |my )?(?:residents|patients|children|kids|elderly|old people|pupils|animals|dogs?|horses|tenants|mum|dad|mother|father)\b"
        # A child left or abandoned: "left the child in a hotel room", "abandoned her kids".
        r"|\b(?:left|leaves|leaving) (?:the|her|his|their|a) (?:\w+ )?(?:child|baby|kids|children|toddler|son|daughter|little one)s? (?:alone|on (?:his|her|their) own|home alone|in (?:a|the) (?:hotel|car|house|flat|room|hotel room|road|street|park|rain|cold|dark))\b"
        r"|\babandon(?:s|ed|ing)? (?:her|his|their|the) (?:\w+ )?(?:child|baby|kids|children|toddler|son|daughter)s?\b"
        r"|\bsen(?:t|d|ds|ding) (?:me|us|her|him|them|my \w+|our \w+) (?:\w+ ){0,2}(?:threatening|abusive|menacing|intimidating|obscene) (?:messages|texts|emails|letters|notes|calls|voicemails)\b"
        r"|\bsen(?:t|d|ds|ding) (?:me|us|her|him|them|my \w+|our \w+) (?:\w+ )?(?:death threats|threats)\b"
        # Removed by the police: "had to be removed by the Police from a polling station".
        r"|\b(?:removed|escorted|ejected|thrown out|kicked out|marched out|dragged out|taken away|carted off|led away|frog ?marched) (?:\w+ ){0,3}by (?:the )?(?:police|cops|officers)\b"
        r"|\b(?:police|cops|officers) (?:had to |were called to |came to )?(?:remove|escort|eject|drag|take away|cart off|arrest|remov(?:ed|ing)|escorted|ejected|dragged|took away|carted off) (?:him|her|them|cllr \w+|councillor \w+)\b"
        r"|\bcharged with\b|\bconvicted\b|\bcriminal record\b|\bjailed\b|\bsacked (?:from|for)\b"
        # Not sacked for a reason that is to their credit or no fault: "for whistleblowing".
        r"(?! (?:(?:his|her|their|the) )?(?:(?:last|old|previous|first) )?(?:job |post |role )?(?:for )?(?:whistleblowing|whistle blowing|raising concerns|speaking out|being pregnant|being ill|being off sick|joining a union|refusing to lie|reporting (?:it|the|him|her|abuse|fraud))\b)"
        # In prison now: "Cllr Reid is in jail again", "he is behind bars" (not "should be").
        r"|\b(?:is|s|was|been|are|were|remains|sits|sitting|now|still|currently|already)"
        r" (?:in (?:jail|prison)|behind bars)\b"
        # A gun fired at people or in the street, not a starting gun.
        r"|\bdischarg(?:ed|es|ing) (?:a|an|his|her|their|the) (?!start\w* |starter s )(?:\w+ )?(?:firearm|gun|shotgun|rifle|weapon|pistol|crossbow)\b"
        r"|\bfir(?:ed|es|ing) (?:a|an|his|her|their|the) (?!start\w* |starter s )(?:\w+ )?(?:firearm|gun|shotgun|rifle|pistol|crossbow) (?:at|into|towards|over)\b"
        r"|\bsuspended (?:by|for|from)\b|\bstruck off\b|\bbullying staff\b|\bcriminal\b"
        # Under investigation, inciting, a hit and run, a death caused.
        r"|\bat the (?:centre|center|heart) of (?:a|an|the) (?:\w+ ){0,2}(?:investigation|inquiry|probe)\b"
        r"|\b(?:subject|target) of (?:a|an) (?:\w+ ){0,2}(?:police|criminal|fraud|murder|sex\w*) (?:investigation|inquiry|probe)\b"
        r"|\bincit(?:ed|ing|es) (?:\w+ ){0,2}(?:riots?|violence|hatred|racial hatred|attacks?|murder|terror\w*|people to)\b|\bincitement\b"
        r"|\b(?:encouraged|urged|egged on|told) (?:people|others|them|his followers|her followers|supporters|the crowd|a mob) to (?:burn|attack|kill|torch|smash|loot|riot|storm|firebomb)\b"
        r"|\b(?:fled|left|drove (?:off|away) from) the scene\b"
        r"|\bran (?:over|down|into) (?:a|an|the|that|this) (?:\w+ )?(?:cyclist|pedestrian|child|kid|boy|girl|man|woman|pensioner) (?:and (?:drove|sped|ran|cleared) off|without stopping)\b"
        # Ties to crime or terror, and an abuser of people (not "of power" or "of the system").
        r"|\b(?:links|ties|connections) (?:\w+ )?to (?:organised crime|the mafia|the mob|drug (?:gangs|dealers|cartels)|gangs|gangsters|terror\w*|extremists?|paedophiles?|paedophile rings?|people traffick\w*)\b"
        r"|\b(?:spy|spying|spied|informant) for (?:the )?(?:russia\w*|china|chinese|iran\w*|kgb|fsb|a foreign)\b|\b(?:foreign|enemy) agent\b"
        r"|\b(?=abuser\b)(?<!my )(?<!your )(?<!his )(?<!her )(?<!their )(?<!our )abuser\b(?! of (?:power|the system|process|privilege|position|trust|drugs|alcohol|substances))"
        r"|\bconviction for\b|\bconvicted (?:of|for)\b|\bdone for (?:assault|drink driving|fraud|theft|shoplifting|burglary|dealing|gbh|abh)\b"
        r"|\b(?:did|served|doing) time for\b|\bbeen inside (?:for|twice|before|three times|a few times|more than once)\b|\bknown to (?:the )?police\b"
        r"|\b(?:got|has|have|with) (?:(?:previous|form) for\b|a (?:criminal |police )?record for (?:\w+ ){0,2}(?:offen[cs]es?|crimes?|theft|violence|assaults?|fraud"
        r"|dealing|drugs|burglary|robbery|shoplifting|sex|sexual|indecen\w+|gbh|abh|drink driving"
        r"|stalking|harassment|arson)\b)|\b(?:employs|employing|harbours|harbouring|rents? (?:\w+ ){0,2}to|housing) (?:\w+ )?illegals\b|\b(?:wife|woman|women|girlfriend|partner|child|kid|baby|granny) (?:beaters?|bashers?|abusers?)\b|\bbeats? (?:up )?(?:his|her) (?:wife|husband|partner|kids)\b"
        r"|\bthie(?:f|ves)\b|\bcriminal\b|\bassaulted (?:a|his|her|an|the|someone)\b"
        r"|\bin (?:an? |the |new |fresh |another |latest )*(?:expenses|fraud|sex|bribery|corruption|cash for \w+|drugs?|abuse|grooming|harassment|embezzlement|vote rigging|sleaze|lobbying|[a-z]{3,}gate) (?:scandal|probe|inquiry|investigation|allegations|row|storm)\b"
        r"|\b(?:restraining|non molestation|barring|stalking protection) orders?\b(?! (?:is|are|can|could|should|would|will|was|were|law|laws|process|application|hearing)\b)|\basbos?\b"
        r"|\b(?:prime|main|only|chief|key|number one) suspect\b|\bvandalis(?:ed|ing|es|m)\b|\bvandals?\b"
        r"|\bscrawl(?:ed|ing|s)? on\b|\bdefac(?:ed|ing)\b|\bdrug dealers?\b|\bdeal(?:s|ing) drugs\b"
        # "he's the one dealing in the park": dealing at a place is selling drugs.
        r"|\b(?:is|s|was|are|re|were|been|the one|the ones|caught|seen) dealing (?:in|on|at|outside|behind|near|round|around|from|by) (?:the|his|her|their|that|this) (?:\w+ )?(?:park|estate|streets?|school|shops?|bench|flat|house|alley|car park|corner|playground|rec|station|pub|club|bus stop|precinct|woods)\b"
        r"|\bstalk(?:er|ers|ed|ing)\b"
        r"|\bmurderers?\b|\barsonists?\b|\bpervert(?:ing|ed) the course of justice\b"
        r"|\b(?:police|fraud squad|detectives?|sfo|serious fraud office|hmrc|met|counter terror\w*|officers) (?:\w+ )?(?:probe|probes|probing|investigating|inquiry (?:into|on)|raided|raiding|raid on|quizzed|quizzing)\b"
        # "Why did the police take Cllr Reid's computer away?": seized as evidence.
        r"|\b(?:police|cops|officers|detectives) (?:\w+ ){0,2}(?:took|take|taken|seized|seize|confiscated|removed|took away|carted off) (?:\w+ ){0,3}(?:computers?|laptops?|phones?|devices|hard drives?|ipads?|tablets?)\b"
        r"|\b(?:questioned|quizzed|interviewed|held) (?:by (?:the )?(?:police|detectives|officers|fraud squad|counter terror\w*)|under caution)\b"
        r"|\b(?:investigated|probed|raided|questioned|quizzed) by (?:the )?(?:\w+ ){0,2}(?:police|fraud squad|detectives|officers|hmrc|sfo|serious fraud office)\b"
        r"|\b(?:inquiry|investigation|probe) (?:on|into) (?:\w+ ){1,4}by (?:the )?(?:\w+ ){0,2}(?:police|fraud squad|detectives|hmrc|sfo|serious fraud office)\b"
        r"|\b(?:set fire to|torched|firebombed|petrol bombed) (?:the|his|her|their|my|our|a) (?:\w+ ){0,2}(?:house|home|car|van|door|shop|mosque|church|synagogue|temple|school|office|caravan|shed)\b"
        r"|\bspik(?:ed|ing|es) (?:my|her|his|their|our|people s|girls |women s) drinks?\b|\bfollow(?:ed|s|ing) (?:me|her|him|us) home\b"
        r"|\bhack(?:ed|ing)? into\b|\bblackmail(?:ed|ing|s|er|ers)\b|\bextort(?:ed|ing|s|ionists?)\b"
        # One person called a terrorist; "a terrorist group" and "terrorists" are about groups.
        r"|\b(?:is|was|s|being|married to|living with|engaged to|dating) an? (?:\w+ )?terrorist\b(?! (?:group|groups|organi[sz]ations?|attacks?|cells?|rings?|arm|threats?|sympathi\w*|state|regime|training|camp|network))",
    ),
    (
        "vote rigging",
        r"\brigg(?:ed|ing)\b(?! (?:up|out)\b)"  # "rigged up a shelf", "rigged out in red"
        r"(?! (?:the |a |an |that |this |his |her |their )?(?:\w+ )?(?:tenders?|contracts?|bids?"
        r"|bidding|procurement|interviews?|appointments?|process|shortlist)\b)"
        r"|\bfiddled the (?:count|votes|postal votes|election|ballot)\b"
        # "paying people £20 a vote", "paid residents for their votes".
        r"|\b(?:pay|pays|paid|paying) (?:people|voters|residents|students|tenants|folk|them|pensioners) (?:£ ?\d+ |\d+ (?:quid |pounds )?)?(?:a vote|per vote|for (?:their|a|his|her) votes?)\b"
        r"|\bcheat(?:ed|ing|s)? (?:to (?:get|win|be) (?:re ?)?(?:elected|the election|the vote|the seat|the ward)|in the (?:election|count|vote|ballot))\b"
        r"|\bfiddled (?:the )?postal votes\b|\bharvest(?:ed|ing) (?:\w+ ){0,2}(?:postal )?(?:votes|ballots)\b|\bpostal votes (?:\w+ ){0,4}were harvested\b|\bpaid people (?:\S+ ){0,4}to vote\b"
        r"|\btamper(?:ed|ing) with\b|\bvote buying\b|\bballot stuffing\b|\belectoral fraud\b|\bstuffed the ballot\b"
        r"|\bfix(?:ed|ing) the (?:\w+ )?(?:count|vote|votes|election|ballot|result)\b"
        # "registered six people at his own address", "his cousin counted the postal votes".
        r"|\bregister(?:ed|ing|s)? (?:\w+ ){0,3}(?:people|voters|names|students|relatives) at (?:his|her|their|the same) (?:own )?(?:address|house|flat|home)\b"
        rf"|\b(?:{KIN}) (?:\w+ )?counted the (?:\w+ )?votes\b"
        r"|\bfill(?:ing|ed)? in (?:\w+ ){0,2}(?:postal votes|postal ballots|ballot papers)\b"
        r"|\bpostal vote (?:fraud|harvesting|scam)\b|\bpersonation\b|\bbussed in (?:voters|people)\b|\bdead people voting\b",
    ),
    (
        "an undeclared interest",
        r"\bwithout declaring\b|\bnever declared\b|\bdidn t declare\b|\bnot once has (?:he|she) declared(?: it)?\b|\bhas(?:n t| not) declared it\b"
        r"|\b(?:a|is a|s a|as a) silent partner in\b|\bnot on (?:his|her|their) register\b"
        r"|\bnot declared (?:anywhere|on (?:his|her|the) register|in (?:his|her|the) register|as an interest)\b"
        # "voted on her own husband's planning application", "sat on his own application"
        r"|\b(?:voted|votes|voting|sat|sits|sitting|decided) on (?:his|her|their) own (?:\w+ ){0,3}(?:application|extension|contract|scheme|development|licen[cs]e|appeal)s?\b"
        # "a second job she hasn't declared", not "has not yet declared whether she'll stand"
        r"|\b(?:jobs?|interests?|shares?|gifts?|hospitality|donations?|income|propert(?:y|ies)|compan(?:y|ies)|business(?:es)?"
        r"|directorships?|relationship|links?|payments?|earnings|holdings?|stake) (?:\w+ ){0,3}(?:hasn t|hasnt|has not|haven t"
        r"|havent|have not|hadn t|had not|isn t|wasn t|not been|never been) (?:\w+ )?declared\b|\bundeclared\b|\b(?:failed|failing|fails|neglected|forgot) to declare\b"
        r"|\bsecret (?:director|owner|shareholder|partner)\b|\bhas shares in\b|\bowns the land\b"
        # Not "declared a conflict of interest and left the room", "no conflict of interest",
        # or the rule for anyone "where you have a conflict of interest".
        r"|(?<!declared a )(?<!declared an )(?<!declares a )(?<!declaring a )(?<!declared his )(?<!declared her )"
        r"(?<!\bno )(?<!where you have a )(?<!if you have a )\bconflict of interest\b|\bwithout (?:it )?going to tender\b|\bsat on the panel\b"
        r"|\b(?:brother|sister|son|daughter|wife|husband|cousin|mate|friend|brother in law)(?: s)? "
        r"(?:\w+ ){0,3}(?:firm|company|business) (?:got|won|was given)\b|\bto (?:her|his) friends\b"
        r"|\b(?:gave|steer(?:ed|s|ing)?|award(?:ed|s|ing)?|hand(?:ed|s|ing)?|push(?:ed|ing)?) (?:\w+ ){0,4}(?:job|contract|work|tender|deal|refurb|scheme|project) to (?:his|her|their) (?:\w+ ){0,2}(?:husband|wife|brother|sister|son|daughter|mate|mates|friend|friends|cousin|partner|pal|pals|family|in law)(?:(?: s)? (?:company|firm|business))?\b"
        r"|\b(?:owns?|has|holds?) (?:a )?(?:stake|shares|an interest) in (?:the|a) (?:\w+ ){0,2}(?:firm|company|business|developer)\b"
        r"|\bwithout telling anyone\b|\bjobs for (?:the|his|her) (?:boys|mates|family|pals)\b|\bnepotism\b"
        # "voted for her husband's firm", "backed his brother's bid".
        r"|\b(?:voted|votes|voting|backed|backs|approved|approves) (?:for )?(?:his|her|their) (?:own )?(?:husband|wife|brother|sister|son|daughter|partner|cousin|mate|friend|brother in law|sister in law|family) s (?:\w+ )?(?:firm|company|business|bid|tender|application|contract|scheme)\b"
        r"|\b(?:husband|wife|brother|sister|son|daughter|cousin|partner|in law)(?: s)? (?:firm|company|business) (?:got|won|was given|gets|landed)\b",
    ),
    # What was done, told in ordinary words rather than named as an offence: the same
    # imputations as above, as people who saw or suffered them put it.
    (
        "abuse of children",
        # "Grown men who want to look at little girls": a sexual interest in children.
        r"\b(?:want|wants|wanted|like|likes|liked|love|loves|loved) to (?:look at|watch|film|photograph|perv on|leer at|ogle) (?:little|young|school) (?:girls|boys|kids|children)\b"
        rf"|\b(?:lur(?:e|ed|es|ing)|entic(?:e|ed|es|ing)|tr(?:ied|ying|ies|y) to (?:get|lure|take|pull|drag|coax)) (?:\w+ ){{0,3}}(?:{CHILD}|girls|boys|a (?:girl|boy|child|kid)|(?:my|our|her|his|their) (?:\w+ )?(?:daughter|son|grandson|granddaughter)) (?:\w+ ){{0,2}}(?:into|in|to|back to) (?:his|her|their|a|the) (?:\w+ )?(?:van|car|motor|house|flat|home|shed|room|bedroom|garage)\b"
        # "Tried getting our 6 year old to go with them": a stranger's lure, in a parent's words.
        rf"|\b(?:tr(?:ied|ying|ies|y) (?:to get|getting|to take|taking|to lure|luring|to entice|to persuade|persuading)|kept (?:asking|trying to get)) (?:\w+ ){{0,2}}(?:{CHILD}|(?:my|our|her|his|their) (?:\w+ )?(?:daughter|son|grandson|granddaughter|girl|boy|kids?|little one)s?) (?:\w+ )?(?:to )?(?:go|come|get) (?:off |away )?(?:with|in|into) (?:him|her|them|his|their)\b"
        # A sexual advance to a child in British idiom: "tried it on with my 15 year old".
        rf"|\b(?:tr(?:ied|ies|ying|y) it on|cop(?:ped|ping|s) a feel|came on to|coming on to|made a pass at|making passes at|hit on|hitting on|chatting up) (?:with )?(?:\w+ ){{0,2}}{CHILD}"
        # "Interfering with the altar boys": the British euphemism.
        rf"|\binterfer(?:ed|ing|es|e) with (?:\w+ ){{0,2}}(?:{CHILD}|boys|girls|altar boys|choirboys|choir boys|pupils|little (?:uns|ones))(?! (?:\w+ )?(?:education|schooling|football|games?|match|lessons|play|learning|exams?|work|homework|sleep)\b)"
        # "Your kid being touched", "touched my daughter".
        rf"|\b(?:{CHILD}|kid|(?:my|our|your|her|his|their) (?:\w+ )?(?:daughter|son|grandson|granddaughter|girl|boy|kids?|little one)s?) (?:\w+ )?(?:being|been|getting|got|was|were) (?:touched|groped|fondled|molested|interfered with)\b"
        rf"|(?<!this )(?<!it )(?<!that )(?<!story )(?<!post )(?<!video )\b(?:touched|touching|groped|groping|fondled|fondling|molested|molesting) (?:my|our|your|her|his|their|the|a) (?:\w+ )?(?:daughter|son|grandson|granddaughter|kids?|child|children|little (?:girl|boy)s?|pupils?)\b(?! s\b)"
        rf"|\b(?:chat(?:ting|s|ted)? up|flirt(?:s|ed|ing)? with|hit(?:s|ting)? on|prey(?:s|ed|ing)? on|messag(?:es|ed|ing)|text(?:s|ed|ing)|dm(?:s|ed|d|ing)?|snapchat(?:s|ted|ting)?|send(?:s|ing)? (?:\w+ )?(?:pics|pictures|photos|messages|snaps|videos) to|sent (?:\w+ )?(?:pics|pictures|photos|messages|snaps|videos) to) (?:(?!\w+ing\b)\w+ ){{0,2}}{CHILD}"
        rf"|\boffer(?:s|ed|ing)? (?:\w+ ){{0,2}}{CHILD} (?:\w+ ){{0,2}}(?:money|sweets|cash|a lift|lifts|vapes|fags|booze|drink|drugs)\b"
        rf"|\boffer(?:s|ed|ing)? (?:money|sweets|cash|lifts?|vapes|fags|booze|drink|drugs) to (?:\w+ ){{0,2}}{CHILD}"
        r"|\bhang(?:s|ing)? (?:a)?round (?:the )?(?:school|primary|playground) (?:gates?|toilets)\b"
        r"|\bask(?:ed|ing|s)? (?:\w+ ){0,5}(?:pics|photos|pictures|selfies) of (?:herself|himself|themselves)\b",
    ),
    (
        "sexual misconduct",
        r"\b(?:grabb?(?:ed|ing|s)?|squeez(?:ed|ing|es)|touch(?:ed|ing|es)|pinch(?:ed|ing)|stroked|rubb(?:ed|ing)|fondl(?:ed|ing)) (?:my|her|his|their) (?:\w+ ){0,2}(?:backside|arse|ass|bum|bottom|boobs?|breasts?|chest|crotch|thighs?|privates|bits|knickers)\b"
        r"|\b(?:put|puts|putting|ran|running|runs|had) (?:his|her) hands? (?:on|up|down|over|inside) (?:my|her|his) (?:\w+ )?(?:thighs?|legs?|knees?|backside|arse|bum|bottom|skirt|dress|top|shirt|blouse|breasts?|chest|knickers)\b"
        r"|\b(?:tried|trying|kept trying|forced|forcing|tries) to (?:kiss|snog|touch|grope|undress) (?:me|her|him)\b"
        r"|\bwatch(?:es|ed|ing)? (?:\w+ ){0,3}(?:getting changed|changing|undress\w*|in the showers?|showering)\b"
        r"|\bfilm(?:s|ed|ing)? (?:up (?:my|her|their|a|women s|girls) (?:skirt|dress)|(?:\w+ ){0,2}(?:in the (?:changing rooms?|toilets?|showers?)|getting changed|undress\w*))|\bupskirt\w*|\bpeeping tom\b"
        r"|\b(?:kept|keeps|keep|won t stop|wouldn t stop) touching (?:me|her|him|the girls|the staff|us)\b"
        # Touched somewhere private: "touched me in the stockroom", not "your words touched me".
        r"|\btouched (?:me|her|my (?:daughter|son|wife|girlfriend|sister|kid|little girl|little boy)) (?:up )?(?:in|on|at|under|behind) (?:the|a|his|her|my|our) (?:\w+ )?"
        r"(?:stockroom|storeroom|office|car|van|cab|taxi|bus|train|toilets?|loos?|changing rooms?|lift|bedroom|back room|cupboard|kitchen|corridor|stairwell|party|leg|thigh|bum|breasts?|chest)\b"
        r"|\bif (?:i|she|he) (?:slept|sleep|would sleep|had sex|have sex) with (?:him|her)\b|\b(?:for|in exchange for|in return for) sex(?:ual favours)?\b"
        r"|\b(?:let|lets|letting) (?:himself|herself) (?:in|into (?:my|her|his|their|the) (?:\w+ )?(?:flat|house|room|home|bedroom|bathroom)) (?:while|when) (?:i|she|he|they) (?:was|were) (?:in the (?:shower|bath)|asleep|sleeping|undress\w*|getting changed|in bed)\b",
    ),
    (
        "violence",
        # An attempt on a person's life: "tried to kill his wife" (not "tried to kill the bill").
        r"\b(?:tried|tries|trying|attempted|attempting) to (?:kill|murder|strangle|stab|shoot|poison|drown|run over) "
        rf"(?:me|him|her|us|them|(?:his|her|my|our|their|your|a|an|the|this|that) (?:\w+ )?(?:{PERSON}|missus|missis))\b"
        rf"|\bput (?:me|him|her|them|(?:his|her|their|my|a|an|the) (?:\w+ )?(?:{PERSON}|missus|missis)) in (?:hospital|a and e|a e|intensive care|a coma)\b"
        r"|\bg(?:ave|ives|iving) (?:me|her|him|them|(?:his|her|their|my) (?:\w+ ){0,2}?\w+) (?:a )?(?:black eye|fat lip|broken nose|kicking|beating|good hiding|hiding|pasting|battering|shoeing)\b"
        r"|\bknock(?:s|ed|ing)? (?:me|her|him|them|(?:his|her|their|my) (?:\w+ )?\w+) (?:about|around|senseless|unconscious|to the (?:ground|floor)|down the stairs)\b"
        rf"|\bbr(?:oke|eaks|eaking) (?:my|your|(?:his|her|their|a|the) (?:\w+ )?{PERSON}(?: s)?) (?:nose|jaw|arm|ribs?|leg|wrist|fingers?|cheekbone|skull|teeth)\b"
        r"|\b(?:smash(?:ed|es|ing)|bang(?:ed|s|ing)|slamm?(?:ed|s|ing)) (?:my|her|his|their) head (?:into|against|off|on)\b"
        r"|\bdragg?(?:ed|s|ing) (?:me|her|him|them) (?:\w+ )?(?:by (?:the|my|her|his) (?:hair|neck|throat)|across the (?:floor|room|garden|road|street|kitchen))\b"
        r"|\b(?:grabb?(?:ed|s|ing)|had|held|took|pinned) (?:me|her|him|them) (?:\w+ )?by the (?:throat|neck|hair)\b|\bhands (?:a)?round (?:my|her|his) (?:throat|neck)\b"
        r"|\b(?:throw(?:s|ing)?|threw|lobb(?:ed|ing|s)) (?:a |an |the )?(?:chairs?|bricks?|stones?|bottles?|glass(?:es)?|acid|knives|boiling water|hot water|furniture|punches) (?:at|through) (?:me|her|him|them|us|(?:my|his|her|the|our|their|a) (?:\w+ )?(?:window|windows|car|kids|children|pupils|staff|wife|husband|partner|head|face|door)|kids|children|pupils|staff)\b",
    ),
    (
        "threats",
        rf"\b(?:threatened|threatens|(?:kept|keeps|keep|been|started) threatening) (?:me|her|him|us|them|(?:my|his|her|our|their) (?:\w+ )?(?:{PERSON}|family|kids|life|mum|dad|nan))\b"
        r"|\b(?:threatened|threatens|(?:kept|keeps|keep|been|started) threatening) to (?:kill|stab|hurt|batter|beat|burn|smash|break|shoot|torch|rape|glass|do (?:me|him|her|us|them) in|have (?:me|him|her|us|them|my|our) \w+|get (?:me|him|her|us|them))\b"
        r"|\bthreaten(?:s|ed) (?:anyone|anybody|everyone|people|tenants|residents|neighbours|staff|customers) who\b"
        r"|\b(?:sen[dt]s?|sending|made|makes|making|issued) (?:\w+ )?(?:death|rape|bomb|acid) threats\b"
        r"|\b(?:said|told (?:\w+ ){0,2}\w+|saying|says|telling (?:\w+ ){0,2}\w+) (?:he|she|they) (?:d|would|will|ll|was going to|were going to|is going to|s going to|gonna) (?:stab|kill|batter|smash|burn|torch|shoot|hurt|break|kneecap|do (?:me|him|her|us|them) in|beat|glass|slash|petrol bomb|firebomb)\b",
    ),
    (
        "fraud",
        r"\bcook(?:ed|ing|s)? (?:the|his|her|their) (?:figures|numbers|accounts|stats|results|data)\b"
        r"|\b(?:pays?|paid|paying|buys?|bought|buying) (?:for )?(?:\w+ )?(?:reviews|ratings)\b"
        r"|\b(?:fake|false|bogus|forged|phoney|phony|made up) (?:qualifications?|certificates?|degrees?|diplomas?|cv|references?|credentials|sick notes?|receipts?|invoices?|signatures?|reviews|gas safe|mot)\b"
        r"|\b(?:qualifications?|certificates?|degree|credentials|cv|references|sick notes?) (?:are|is|were|was) (?:all )?(?:fake|bogus|forged|made up|phoney|phony)\b"
        r"|\bfak(?:ed|ing|es) (?:his|her|their|the|a|an) (?:\w+ )?(?:qualifications?|certificates?|sick notes?|signatures?|results?|figures|accounts|records?|invoices?|receipts?|injury|illness|claims?|documents?|paperwork|references?|mot|test)\b"
        r"|\b(?:been|was|were|is|are|s|re) fiddling\b(?! (?:with|about|around|while|on))|\bfiddlers?\b(?! on the roof)"
        r"|\b(?:put|puts|putting|paid|pays|paying|moved|moves|moving|transferred|diverted|siphoned) (?:\w+ ){0,3}(?:money|funds?|cash|grant|donations?|takings) (?:\w+ ){0,2}into (?:his|her|their) own\b"
        r"|\bus(?:ed|es|ing) (?:the )?(?:council|public|taxpayers?|charity|club|church|school|association|party|our|\w+ s) (?:\w+ )?(?:money|funds?|cash|budget|card|credit card|expenses) (?:\w+ ){0,5}(?:his|her|their) own\b"
        r"|\bclaim(?:s|ed|ing)? for (?:\w+ ){0,5}(?:he|she|they) (?:doesn t|don t|didn t|never|does not|did not) (?:live in|use|do|work|own|drive|attend|go to)\b"
        r"|\bcharg(?:ed|es|ing) (?:\w+ ){0,3}for (?:\w+ ){0,2}(?:work|jobs?|parts|repairs|things|stuff|hours|treatments?|materials|visits) (?:\w+ ){0,3}(?:never|didn t|did not|wasn t|weren t)\b"
        r"|\b(?:does|did|doing|sells?|sold|selling|charg(?:es|ed|ing)|bill(?:s|ed|ing)|talk(?:s|ed|ing) \w+ into) (?:\w+ ){0,3}(?:treatments?|work|repairs|jobs?|operations?|tests?|procedures?|parts) (?:\w+ ){0,3}(?:don t|didn t|do not|did not|doesn t|never) need(?:ed)?\b"
        r"|\b(?:fitted|used|put in|installed) (?:\w+ )?(?:used|second hand|secondhand|old|knock off|fake|reconditioned) (?:\w+ )?(?:parts?|tyres?|boiler|materials?) (?:and|but) (?:\w+ )?charg\w*"
        r"|\btook (?:\w+ ){0,3}(?:deposits?|money|cash|payment|savings|£ ?[\d ,.]+k?) (?:\w+ ){0,6}(?:(?:and|then) )?(?:\w+ )?(?:never (?:came|turned up|showed|did|started|finished|returned)|did a runner|disappeared|vanished|legged it|scarpered)\b|\bdid a runner with\b"
        r"|\b(?:keep(?:s|ing)?|kept|pocket(?:s|ed|ing)?|stole|steals|nick(?:s|ed)) (?:\w+ ){0,3}deposits? (?:\w+ ){0,3}(?:never|won t|doesn t|didn t|refus\w*)|\bnever (?:gives|gave|returns|returned|pays|paid) (?:\w+ ){0,2}deposits? back\b"
        r"|\btip(?:ped|s|ping) off (?:his|her|their) (?:\w+ ){0,2}(?:brother|sister|son|daughter|wife|husband|mates?|pals?|friends?|family|cousin|partner|in law|developers?|builders?)\b|\binsider? (?:dealing|trading)\b|\bus(?:ed|es|ing) (?:inside|insider) (?:info|information|knowledge)\b",
    ),
    (
        "bribery or corruption",
        r"\b(?:buy|buys|buying|bought) (?:\w+ )?votes (?:with|for)\b",
    ),
    (
        "theft",
        # Not to food at a do: "helping herself to the sandwiches".
        r"\bhelp(?:s|ed|ing)? (?:himself|herself|themselves) to\b(?! (?:the |a |an |some |more |our |my |your |his |her |their |another |free |leftover |last )*"
        r"(?:\w+ )?(?:cakes?|biscuits?|sandwiches|food|buffet|tea|coffee|drinks?|wine|beer|sweets|chocolates?|seconds"
        r"|leftovers|crisps|pizza|chips|mince pies|desserts?|pudding|fruit|cheese|cuppa|water|books?|leaflets)\b)"
        # A car taken: "took my car for a joyride".
        r"|\b(?:took|takes|taking|nicked|borrowed) (?:my|our|her|his|their|the customer s|a customer s) (?:\w+ )?(?:car|van|motor|bike|motorbike|truck)"
        r" for a joy ?ride\b|\bjoy ?rid(?:e|es|ing|den|er|ers)\b(?! (?:at|on) (?:the )?(?:fair|funfair|park))",
    ),
    (
        "dishonest or unsafe trading",
        # Labels for a trade done dishonestly: "an ambulance chaser", "a quack" ("cowboy
        # builders" stand with unsafe work, below); "a rogue trader" as a label, not "the
        # rogue builder took £6,000 off my neighbour", which names who wronged the writer.
        # "Slum lord" is left out: a verdict on a landlord's standards, held opinion
        # (Bauer v Brinkman, Iowa 2021).
        r"\bambulance chas(?:er|ers|ing)\b|\b(?=rogue )(?<!the )(?<!that )(?<!this )rogue (?:traders?|landlords?|builders?|dealers?|firms?)\b"
        r"|\b(?:is|s|are|re|was|a|an|total|complete|utter) quacks?\b"
        # "clocks the cars he sells": the mileage wound back.
        r"|\bclock(?:s|ed|ing)? (?:the |his |her |their )?(?:\w+ )?(?:cars|vans|motors) (?:he|she|they|it) (?:sells?|sold|flogs?|flogged)\b"
        r"|\b(?:clocked|clocking) (?:cars|vans|motors)\b|\b(?:clocks|clocked|clocking|winds|wound|winding) (?:the )?(?:mileage|milometers?|odometers?|clocks) back\b"
        r"|\bquack (?:doctors?|dentists?|vets?|remedies|cures?)\b|\bquackery\b"
        r"|\brip(?:s|ped) off (?:\w+ ){0,2}(?:pensioners|old people|the elderly|elderly|vulnerable|disabled|customers|people|tenants|students|my|his|her|their)\b|\bripped (?:me|us|her|him|them|my (?:\w+ )?\w+) off\b"
        r"|\bovercharg(?:ed|es|ing) (?:\w+ ){0,4}(?:pensioners|elderly|old (?:people|folk|ladies|lady|man|woman)|vulnerable|disabled|mum|dad|nan|grandad|gran|mother|father|neighbour|customers|tenants|year old)\b"
        r"|\b(?:left|leaves|leaving) (?:\w+ ){0,3}(?:live wires?|exposed wires?|bare wires|a gas leak|gas leaking)\b"
        r"|\b(?:dangerous|unsafe|lethal|death ?trap) (?:wiring|workmanship|gas work|installation|boiler|electrics|scaffolding|building work)\b"
        r"|\b(?:wiring|workmanship|gas work|boiler|electrics|installation|scaffolding) (?:is|was|were|are|left) (?:\w+ )?(?:dangerous|unsafe|lethal|a death ?trap|a fire hazard)\b"
        r"|\b(?:isn t|is not|not|never|aren t|wasn t) (?:even )?(?:gas safe|niceic)\b"
        r"|\bcowboy (?:builders?|traders?|outfits?|firms?|company|companies|plumbers?|electricians?|landlords?|roofers?|mechanics?|garages?|operators?|contractors?)\b"
        # "A dishonest builder": a charge against how someone trades, not a view of them
        # ("crooked" and "fraudulent" are charges wherever they stand).
        r"|\bdishonest (?:builders?|traders?|plumbers?|electricians?|landlords?|roofers?|mechanics?|garages?|contractors?|dealers?|estate agents?|letting agents?|solicitors?|accountants?|dentists?|vets?|car dealers?)\b"
        r"|\b(?:leave|leaves|left|leaving) (?:\w+ ){0,2}(?:residents|patients|kids|children|pupils|old people|elderly|my (?:\w+ )?(?:mum|dad|nan|grandad|gran)) (?:\w+ ){0,3}(?:in soiled|in (?:their|his|her) own (?:mess|urine|faeces|filth|wee|poo)|unattended for|without (?:food|water|meds|medication))\b",
    ),
    (
        "a crime or an investigation",
        rf"\b(?:deal(?:s|ing|t)?|sell(?:s|ing)?|sold|push(?:es|ing|ed)?|shift(?:s|ing|ed)?|grow(?:s|ing)?|grew|supply(?:ing)?|supplies|supplied|running) (?:(?!(?:with|for|about|against|on|over)\b)\w+ ){{0,2}}{DRUG}"
        # "pushing the drugs strategy": a policy, not a supply.
        r"(?! (?:strategy|strategies|policy|policies|laws?|problem|problems|debate|agenda|issue|education|awareness|testing|services?|team|unit|charity|workers?|squad|crisis|epidemic|reform|bill|legislation)\b)"
        rf"|\bsuppl(?:y|ies|ied|ying) (?:\w+ ){{0,3}}with {DRUG}|\b(?:run|runs|running|ran) (?:a |the )?county lines\b|\bcounty lines (?:dealer|runner|gang member)\b"
        r"|\b(?:runs?|running|ran|is|s) a brothel\b|\bbrothel keeper\b|\b(?:drug|crack|smack) den\b|\bcannabis (?:farm|factory)\b"
        r"|\b(?:terrorist|terror|isis|ira|hamas|jihadi?s?) (?:sympathi[sz]er|supporter|funder|financier)\b|\b(?:funds?|funded|funding|financ\w*) terror\w*"
        # "He supports and promotes the IRA": support for a proscribed group is an offence.
        r"|\b(?:supports?|supported|supporting|promotes?|promoted|promoting|funds?|funded|recruits? for|recruited for|raises? money for|raised money for) (?:and (?:promotes|supports|funds) )?(?:the ira|isis|al qaeda|terrorists|terrorism|terror groups?|a terror group|proscribed (?:groups?|organi[sz]ations?))\b"
        r"|\b(?:starv(?:ed|es|ing)|neglect(?:ed|s|ing)|tortur(?:ed|es|ing)|drown(?:ed|s|ing)|kick(?:ed|s|ing)|hit|hits|hitting|beat|beats|beating|batter(?:ed|s|ing)) (?:his|her|their|the|a|my) (?:(?!dead )\w+ )?(?:dogs?|puppy|puppies|cats?|kittens?|horses?|ponies|pony|animals|pets?)\b|\banimal (?:abuser|cruelty)\b"
        r"|\bhack(?:ed|s|ing) (?:my|her|his|their|our) (?:\w+ )?(?:facebook|account|accounts|email|emails|phone|computer|instagram|insta|twitter|whatsapp|profile)\b",
    ),
    (
        "drunkenness or drugs",
        r"\bdo(?:ing|es)? lines\b(?! (?:of|from|for)\b)"
        r"|\bsmack ?head\b|\b(?:smack|crack|heroin|meth) (?:addict|junkie|fiend)\b"
        r"|(?<!adrenaline )(?<!news )(?<!political )(?<!politics )(?<!sugar )(?<!caffeine )(?<!coffee )(?<!gym )(?<!fitness )(?<!football )(?<!sports )(?<!data )(?<!tech )(?<!history )(?<!info )(?<!attention )(?<!fashion )(?<!music )(?<!film )(?<!tv )(?<!book )(?<!culture )\bjunkie\b"
        r"|\bon (?:the (?:gear|sniff|charlie)|coke|smack|heroin|ket|ketamine|spice|meth)\b|\boff (?:his|her|their) (?:head|face|nut|tits) on\b",
    ),
    (
        "fraud",
        r"\bclaim(?:ing|s|ed)? (?:expenses )?for (?:\w+ ){0,6}(?:who|that|which) (?:died|passed away|moved out|moved away|left|doesn t exist|does not exist|didn t exist|never existed)\b|\bmade (?:us|me|staff|them|her|him|the staff) (?:\w+ ){0,2}(?:fake|falsify|fiddle|cook|shred|delete|backdate|forge|doctor)\b|\bshysters?\b|\bconm[ae]n\b|\bscammers?\b|\bgrifters?\b|\bon the fiddle\b|\bcharlatans?\b"
        r"|\bpaid (?:himself|herself|themselves) (?:\w+ ){0,3}(?:out of|from) (?:the|our|his|her|their) (?:\w+ )?(?:charity|club|fund|funds|grant|association|church|school|trust|appeal|account|accounts)\b"
        # "how the PTA money ended up paying for his conservatory"
        r"|\b(?:charity|club|grant|fund|donations?|raffle|collection|appeal|church|school|pta|parish|hall|allotment|tenants|residents|gala|fete)"
        r" (?:money|cash|funds) (?:\w+ ){0,3}(?:went on|paid for|spent on|went into|ended up (?:paying for|in|on|funding)|paying for|funded|bought) (?:\w+ ){0,3}(?:his|her|their|\w+ s) (?:own )?"
        r"(?:holidays?|car|house|extension|wedding|kitchen|pocket|account|business|habit|conservatory|patio|driveway|boat|caravan|hot tub|garden)\b"
        r"|\bfak(?:ed|ing|es) (?:the|his|her|their) (?:\w+ )?(?:survey|data|report|minutes|consultation|petition|votes?|timesheets?|mileage|expenses|books)\b"
        # Expenses for what never happened, and one's own invoices paid: "claimed £4k for taxis
        # he never took", "putting her own invoices through".
        r"|\b(?:expenses|claimed|claims|claiming|charged|billed|invoiced) (?:\w+ ){0,9}(?:he|she|they) never (?:took|made|went on|went to|attended|did|had|drove|used|stayed in|bought)\b"
        r"|\bput(?:s|ting)? (?:his|her|their) own (?:\w+ )?(?:invoices?|bills|receipts|claims) through\b"
        r"(?! (?:the |our )?(?:new |proper |usual |correct |normal |online )?(?:system|process|portal|channels|software|app)\b)"
        r"|\b(?:isn t|is not|wasn t|was not|not even|never been) (?:a )?(?:real|proper|qualified|registered|licensed) (?:doctor|dentist|solicitor|nurse|lawyer|accountant|surveyor|electrician|gas engineer|plumber|teacher|therapist|architect|vet|builder)\b"
        r"|\b(?:sells?|selling|sold|flogs?|flogging|flogged) (?:\w+ )?(?:fake|counterfeit|knock off|stolen|moody|dodgy) (?:\w+ )?(?:goods|stuff|gear|designer|clothes|fags|cigarettes|vodka|booze|tobacco|phones|parts|tyres|bikes|cars|perfume)\b",
    ),
    (
        "theft",
        r"\blight fingered\b|\bsticky fingers\b|\btea leaf\b"
        r"|\bopen(?:ing|s|ed) (?:people s|other people s|our|my|residents|customers ) (?:\w+ )?(?:post|mail|letters|cards|parcels)\b"
        r"|\btook (?:\w+ ){0,2}(?:money|cash|\d+\w*|jewellery|rings?|cards?|bank card|pension|savings) (?:out of|from) (?:my|her|his|their|our|the) (?:\w+ )?(?:\w+ )?(?:purse|wallet|handbag|bag|account|till|house|room|flat|safe|tin|collection|drawer|fund|funds|kitty|float|petty cash|charity box|raffle|tuck shop|accounts|budget|takings)\b"
        r"|\bempt(?:ied|ies|ying) (?:my|her|his|their|our) (?:\w+ )?(?:\w+ )?(?:bank account|account|savings|purse|wallet)\b"
        r"|\bus(?:ed|ing) (?:my|her|his|their) (?:\w+ )?(?:bank |debit |credit )?card without\b",
    ),
    (
        "bribery or corruption",
        r"\b(?:got|get|gets|getting|had|has) a (?:nice |little |decent |good )?drink out of (?:it|that|this|the deal)\b|\bpalms (?:\w+ ){0,2}greased\b"
        r"|\bsweetheart deals?\b|\bbag ?man\b|\bgot the (?:report|result|verdict|ruling|answer|review|findings|outcome) (?:they|he|she|it|you) paid for\b|\b(?:private|personal) (?:piggy ?bank|cash ?cow|cash machine|cashpoint)\b|\bin bed with (?:the |a )?(?:\w+ )?(?:developers?|builders?|contractors?|firms?|company|companies|landlords?|homes)\b",
    ),
    (
        "violence",
        rf"\b(?:beat|beats|beating|kicked|kicking|kicks|knocked|knocks|battered) the (?:crap|shit|hell|living daylights|stuffing|life) out of (?:me|her|him|them|(?:his|her|their|my|a|an|the|some) (?:\w+ )?{PERSON})\b"
        rf"|\b(?:leathered|twatted|decked|lamped|chinned|bottled|nutted|floored|clobbered|walloped|thumped|booted|stamped on|kneed) (?:me|her|him|them|(?:his|her|their|my|a|an|the|some|this|that) (?:\w+ )?(?:{PERSON}|lad|bloke|fella|guy))\b"
        r"|\bcoercive(?:ly)? control\w*",
    ),
    (
        "a crime or an investigation",
        r"\b(?:got|has|had|have|s got|ve got) previous for\b|\b(?:restraining|non molestation|non-molestation) order (?:against|on)\b"
        r"|\bemploy(?:s|ed|ing)? (?:\w+ )?illegal(?:s| workers| immigrants| staff)\b|\billegal(?:ly)? evict\w*|\bchanged the locks (?:on|while)\b"
        r"|\bdrug mules?\b",
    ),
    (
        "dishonest or unsafe trading",
        r"\b(?:rats?|mice|cockroaches|roaches|maggots|vermin) (?:in|all over|running round|running around) (?:the|their|his|her) (?:\w+ )?(?:kitchen|kitchens|food|restaurant|takeaway|shop|bakery|cafe|stockroom)\b"
        r"|\bg(?:ave|ives|iving) (?:\w+ ){0,3}food poisoning\b|\bsell(?:s|ing)? (?:them|it|\w+ \w+) (?:off )?as (?:new|genuine|original|brand new)\b|\bpass(?:es|ed|ing)? (?:them|it|\w+ \w+) off as (?:new|genuine|original|brand new)\b|\bwater(?:s|ed|ing) down the (?:beer|drinks|spirits|vodka|booze|fuel|wine)\b|\bsell(?:s|ing)? (?:\w+ )?(?:out of date|rotten|off) (?:food|meat|chicken|stock|sandwiches)\b"
        r"|\bunlicen[cs]ed (?:taxi|cab|minicab|hmo|landlord|business|dentist|practice|builder|electrician)\b"
        r"|\bpays? (?:\w+ ){0,2}(?:below|under|less than) (?:the )?minimum wage\b",
    ),
    (
        "drunkenness or drugs",
        r"\bcoked (?:up|off)\b",
    ),
    (
        "threats",
        r"\b(?:said|told \w+|messaged \w+|warned \w+|saying|says) (?:he|she|they) knows? where (?:i|we|she|he|you|my \w+) lives?\b",
    ),
    (
        "a crime or an investigation",
        rf"\b(?:caused|causing|responsible for|to blame for) (?:the|his|her|their) (?:deaths?|murders?|killings?) of (?:my|his|her|their|a|an|the|two|three|that|this) (?:\w+ )?(?:{PERSON}|baby|babies|patient|patients|resident|residents|cyclist|pedestrian|journalist)\b"
        r"|\b(?:defends?|defended|defending|protect(?:s|ed|ing)?|cover(?:ed|s|ing) for) (?:a |the |known )?(?:paedo\w*|nonces?|child abusers?|rapists?|groomers?|grooming gangs?)\b"
        r"|\bsmuggl(?:es|ed|ing) (?:\w+ )?(?:fags|cigarettes|tobacco|drugs|people|migrants|guns|booze|alcohol|vodka)\b|\b(?:people|human|drug|sex) trafficker\b"
        r"|\btraffick(?:ing|ed|s) (?:\w+ )?(?:girls|women|people|kids|children|drugs|migrants|workers)\b"
        r"|\bpush(?:ed|es|ing) (?:me|her|him|them|(?:his|her|my|their) \w+) (?:down the stairs|into the road|in front of|out of (?:a|the) (?:window|car))\b"
        r"|\b(?:poison(?:ed|ing|s)|kill(?:ed|ing|s)) (?:my|his|her|their|the|our|next door s) (?:\w+ )?(?:dogs?|cats?|pets?|drink|food|tea|trees?|hedge|pond|fish|horses?)\b"
        r"|\bdid a hit and run\b|\bdrove off (?:without stopping|after hitting)\b"
        r"|\bbanned from (?:driving|every pub|the pub|the school|working with (?:children|kids)|being a (?:company )?director|keeping animals)\b"
        r"|\b(?:string|list|history|number|load) of (?:\w+ )?convictions\b|\b(?:previous|criminal|past) convictions\b|\b(?:got|given|received|accepted|had) a (?:police )?caution\b|\bfound guilty\b",
    ),
    (
        "dishonesty or a cover-up",
        r"\bfantasists?\b|\b(?:made|makes|making) (?:up )?(?:a |the |these )?false (?:allegations?|accusations?|claims?|complaints?|reports?|rape claims?)\b"
        r"|\b(?:made|makes|making) up (?:the |her |his |their |these )?(?:allegations?|accusations?|rape|assault|abuse|attack)\b",
    ),
    (
        "fraud",
        r"\bponzi\b|\bpyramid scheme\b|\bphoenix (?:company|companies|firm)\b|\bwent bust owing\b|\btax dodg(?:er|ing)\b",
    ),
    (
        "a crime or an investigation",
        r"\b(?:was|got|been|were|getting|gets) done for\b|\b(?:cannabis|weed|skunk) farm\b|\bgrow house\b"
        r"|\bcaught with (?:his|her|their) (?:hand|hands|fingers) in\b"
        rf"|\bcaught with (?:a |an |some |his |her )?(?:bag of |gram of |stash of |wrap of |load of )?(?:{DRUG}|a knife|knives|a blade|a weapon|child porn|indecent (?:images|photos|pictures)|stolen (?:goods|gear|property|bikes?|phones?))"
        r"|\b(?:a |his |her )?(?:criminal )?record as long as (?:your|my|his|her|an|the) arm\b"
        # "Caught me red handed": the writer owning up.
        r"|\bcaught (?!(?:me|us) )(?:\w+ )?(?:taking|stealing|nicking|selling|dealing|fiddling|shoplifting|drink driving|groping|touching|sexting|messaging|on camera|red handed|in the act|at it)\b"
        r"|\bbull(?:ied|ies|ying) (?:a|an|the|his|her|my|our|their|two|three|several) (?:\w+ ){0,2}(?:officer|officers|staff|member of staff|colleague|colleagues|employee|employees|worker|workers|pupil|pupils|child|kid|girl|boy|clerk|assistant|secretary|carer|nurse|cleaner|volunteer|volunteers|apprentice|intern)\b"
        # "screams at her staff until they cry ... because of her bullying".
        r"|\b(?:scream|shout|yell|swear)(?:ed|s|ing)? at (?:his|her|their) (?:staff|officers|team|employees|workers|clerks?|secretary|assistant)\b"
        r"|\b(?:his|her) bullying\b(?! (?:of|claims?|allegations?|case|complaints?|tribunal)\b)",
    ),
    (
        "abuse of children",
        r"\bsext(?:ing|ed|s)? (?:\w+ ){0,2}(?:a |an )?(?:kids|children|child|schoolgirls?|schoolboys?|minors?|underage \w+|(?:1[0-5]|[4-9]|twelve|thirteen|fourteen|fifteen) ?(?:year olds?|yr olds?|y o))\b",
    ),
    (
        "fraud",
        r"\b(?:fleec|swindl|cheat|con)(?:ed|ing|s)? (?:\w+ ){0,3}out of (?:\w+ )?(?:\d|thousands|hundreds|money|cash|their|his|her|savings|pension|inheritance)"
        r"|\bconned (?:me|her|him|them|us|my|his|her|an?|the|old|elderly|pensioners|people)\b"
        r"|\b(?:dodgy|bent|bogus) (?:mots?|certificates?|sick notes?|paperwork|documents?|passports?|invoices?)\b"
        r"|\b(?:signs?|signed|signing) (?:\w+ ){0,2}off (?:sick )?for (?:a |an )?(?:tenner|fiver|cash|money|\d+\b(?! ?(?:months?|weeks?|days?|years?|yrs?|wks?|hours?)\b))"
        r"|\bus(?:ed|es|ing) (?:a |the )?(?:council|council s|work s|works|company|office|charity|school) (?:\w+ )?(?:van|car|vehicle|card|credit card|phone|staff|workers|money|funds|fuel card|lorry|minibus) (?:\w+ ){0,4}(?:for (?:his|her|their) own|to move house|for personal|for (?:his|her|their) (?:holiday|wedding|family|mates|business|house))\b"
        r"|\bpockets (?:a|an|the|\d+\w*|thousands|money|cash)\b",
    ),
    (
        "bribery or corruption",
        r"\b(?:taking|took|takes|take|handed|given|accepting|accepted) (?:an|a|the) (?:brown |fat |thick )?envelope (?:off|from)\b"
        r"|\bin return for (?:asking|tabling|raising) questions\b",
    ),
    (
        "vote rigging",
        r"\b(?:vote|voted|votes|voting) twice\b|\b(?:gets|got|get|getting) (?:\w+ ){0,2}to vote (?:twice|more than once|in (?:his|her|their) name)\b",
    ),
    (
        "violence",
        rf"\bgrabb?(?:ed|s|ing) (?:me|her|him|them|(?:my|his|her|a|the|their) (?:\w+ )?{PERSON}) (?:\w+ )?by the (?:arm|wrist|collar|throat|neck|hair|shoulders?)\b",
    ),
    (
        "threats",
        r"\bthreaten(?:ed|s|ing) to (?:ruin|destroy) (?:me|my|us|our)\b",
    ),
    # Crime as people talk about it under a news story: a killing told by its verb, a record
    # told by time served, abuse told by its victims.
    (
        "violence",
        r"\bmurder(?:ed|s)\b(?! (?:per|a|each|every) (?:year|month|week|day)\b)(?! (?:it|that|the|this|a|an|my|his|her) (?:\w+ )?(?:song|track|set|tune|cover|performance|karaoke|solo|dinner|meal|burger|pint|drink|game|match|chance|chances|career|reputation|language|grammar|english)\b)"
        r"|\bmurdering (?:\w+ )?(?:bastard|scum|thug|scumbag|psycho|monster|dictator|tyrant|b \w+)\b|\bmurderous\b(?! (?:rage|look|glare|intent|stare))"
        r"|\b(?:killed|kills|killing|slaughtered|slaughters|shot|stabbed) (?:someone|somebody|people|innocents?|innocent people|(?:one|two|three|four|five|six|\d+) (?:people|persons?|men|women|kids|children|innocents?|others?)|(?:a|an|that|this|the) (?:young |innocent |\w+ year old )?(?:person|pensioner|cyclist|pedestrian|child|boy|girl|man|woman|teenager|officer|cop|policeman))\b"
        r"|\b(?:took|take|takes|taking) (?:\w+ ){0,2}(?:innocent |young )?lives\b|\b(?:took|taking) (?:a|an|the) (?:\w+ )?(?:man s|woman s|child s|boy s|girl s|person s) life\b"
        r"|\bhomicides?\b|\battempted murder\b|\bmanslaughter\b|\bthreaten(?:ed|s|ing)? to (?:kill|murder|shoot|stab|bomb|rape)\b"
        r"|\b(?:hit|hits|hitting|beat|beats|beating|punch(?:es|ed|ing)?|abus(?:es|ed|ing)) (?:women|girls|kids|children|(?:his|her|their) (?:kids|children|wife|wives|girlfriends?|partners?))\b",
    ),
    (
        "a crime or an investigation",
        r"\bfelon(?:s|y|ies)?\b|\b(?:did|does|doing|served|serving|spent|spending) (?:\w+ ){0,3}(?:in (?:prison|jail|gaol|juvie)|behind bars|inside)\b"
        r"|\b(?:went|sent|going|gone|back|straight) to (?:prison|jail|gaol)\b|\bprison (?:term|sentence|record)\b|\bgang members?\b"
        r"|\b(?:in|into|to|behind) (?:prison|jail|gaol|bars) (?:\w+ )?where (?:he|she|they|you) belongs?\b"
        r"|\bvandali[sz](?:e|ed|es|ing)\b|\bsex with (?:a |an )?(?:minors?|underage \w+|animals?|chickens?|dogs?|goats?|sheep|horses?|(?:his|her) (?:mom|mum|mother|sister|daughter|son|brother|dad|father))\b",
    ),
    (
        "sexual misconduct",
        r"\b(?:pussy|puss|p|prick) grabb(?:er|ers|ing|in)\b|\bgropers?\b|\bsex(?:ual)? harassers?\b",
    ),
    (
        "drunkenness or drugs",
        r"\bduis?\b|\bdwis?\b|\b(?:his|her|their|your) drug (?:use|habit|problem|addiction|dealing)\b|\bjunkies?\b|\bcrack ?heads?\b|\bmeth ?heads?\b|\bdrug (?:users?|addicts?)\b",
    ),
    (
        "dishonesty or a cover-up",
        r"\bconcoct(?:ed|ing|s)\b|\bplagiari[sz](?:ed|ing|es|e|m)\b",
    ),
    # Criminal labels for a person, from WordNet's hyponyms of "criminal" and "wrongdoer"
    # (Princeton WordNet 3.0), less the words with an everyday sense ("fox", "shark",
    # "runner", "goal poacher", "gangster rap").
    (
        "a crime or an investigation",
        r"\b(?:abductors?|kidnapp?ers?|(?:bank |armed )?robbers?|muggers?|housebreakers?|pickpockets?|shoplifters?|looters?"
        r"|forgers?|counterfeiters?|extortion(?:ists?|ers?)|racketeers?|loan sharks?|mobsters?|mafiosi|mafioso|hoodlums?"
        r"|hit ?m[ae]n|contract killers?|gun ?runners?|(?:drug|people|human|arms|sex|child) traffickers?|(?:drug|people|cigarette|tobacco) smugglers?|smugglers?"
        r"|(?:a|an|the|ex|convicted) convicts?|ex cons?|jailbirds?|gaolbirds?|lawbreakers?|war criminals?|torturers?|arms dealers?|tax (?:evaders?|dodgers?))\b",
    ),
    (
        "violence",
        r"\b(?:manslayers?|serial killers?|mass murderers?|murderess|spree killers?)\b"
        # "a killer" said of a person, not "a killer app" or "a killer in the ring".
        r"|\b(?:is|was|he's|she's|you're) (?:a|an|the) (?:\w+[ -]){0,2}killer\b(?! (?:app|feature|smile|look|line|deal|instinct|view|tune|song|track|combo|move|in the|on the))",
    ),
    (
        "fraud",
        r"\b(?:defrauders?|scammers?|grifters?|plagiari[sz]ers?|plagiarists?|impost[oe]rs?(?! syndrome))\b",
    ),
    (
        "abuse of children",
        r"\b(?:child molesters?|p(?:a)?ederasts?|child rapists?|child abusers?)\b",
    ),
    # Discrimination told as an act, which is unlawful, not as a label for views ("racist").
    (
        "discrimination",
        r"\b(?:refus(?:ed|es|ing) to (?:serve|hire|employ|rent to|let to|house|admit|treat|seat)|won t (?:serve|hire|employ|rent to|let to)|wouldn t (?:serve|hire|employ|rent to|let to)|expell?(?:ed|s|ing)|exclud(?:ed|es|ing)|sack(?:ed|s|ing)|fir(?:ed|es|ing)|evict(?:ed|s|ing)|bann?(?:ed|s|ing)|turn(?:ed|s|ing) away|den(?:ied|ies|ying)|reject(?:ed|s|ing)|overlook(?:ed|s|ing)|pass(?:ed|es|ing) over) (?:\w+ ){0,4}(?:because|cos|just because|for being) (?:\w+ ){0,2}(?:(?:is|are|was|were|s|re|m|am) )?(?:black|asian|muslim|jewish|a jew|gay|lesbian|trans|disabled|in a wheelchair|pregnant|a woman|a girl|female|polish|irish|a traveller|a gypsy|indian|pakistani|african|chinese|foreign|old|too old|deaf|blind|autistic|a catholic|a sikh|a hindu|of (?:his|her|their|my|our) (?:race|colour|religion|faith|accent|disability|age|sexuality))\b"
        r"|\b(?:refus(?:ed|es|ing) to|won t|wouldn t|will not|would not) (?:serve|hire|employ|rent to|let to|house|admit|treat) (?:any )?(?:black|asian|muslim|jewish|gay|disabled|polish|irish|pakistani|indian|african|chinese|foreign|traveller|gypsy) (?:people|customers|tenants|families|applicants|patients|pupils|staff|workers|clients|kids|children)\b"
        r"|\bmade (?:\w+ )?(?:racist|sexist|homophobic|antisemitic|anti semitic|islamophobic|transphobic) (?:remarks|comments|jokes|slurs|abuse|gestures)\b|\bracially (?:abused|abusing|abuses|harassed|harassing|assaulted)\b"
        # "was screaming racist abuse at the Polish lads".
        r"|\b(?:scream|shout|yell|hurl|spout|spew)(?:ed|s|ing)? (?:\w+ )?(?:racist|racial|homophobic|antisemitic|anti semitic|islamophobic|transphobic) (?:abuse|slurs|insults|names) at\b"
        r"|\b(?:called|calls|calling) (?:me|him|her|my \w+|his \w+|her \w+) (?:a |an )?(?:paki|nigger|nigga|wog|kike|yid|chink|raghead|towelhead|gyppo|pikey|poof|faggot|tranny|spastic|spaz|retard)\b"
        # "told a Muslim family at his surgery to go back where they came from".
        r"|\b(?:told|tells|telling) (?:\w+ ){0,6}(?:to|should|must|needed to|need to|ought to) go back (?:to )?(?:where (?:they|he|she|you|we) (?:came|come) from|(?:their|his|her|your|our) own country)\b"
        # "told the Bangladeshi family ... they'd 'feel more at home back where they came from'".
        r"|\b(?:told|tells|telling) (?:\w+ ){1,8}(?:feel|be|fit in) (?:\w+ ){0,2}(?:at home|happier|better off) (?:back )?(?:in )?(?:where (?:they|he|she|you|we) (?:came|come) from|(?:their|his|her|your|our) own country)\b",
    ),
    (
        "threats",
        r"\bintimidat(?:ed|es|ing) (?:a|an|the|his|her|their|my|our|me|him|them|us|two|three|several|residents?|staff|tenants?|neighbours?|witnesses?|officers?|voters?)\b",
    ),
    (
        "dishonest or unsafe trading",
        r"\bshort chang(?:es|ed|ing)\b|\b(?:cat|dog|horse|rat) meat\b"
        r"|\b(?:rents?|renting|let|lets|letting) (?:out )?(?:\w+ ){0,2}(?:flats?|houses?|rooms?|homes?) with (?:no (?:smoke alarms?|fire alarms?|heating|gas certificate|fire doors?)|black mould|rats|damp)\b"
        r"|\bmade (?:his|her|their|the) (?:\w+ )?(?:cleaner|staff|workers?|nanny|carer|employees?|apprentice) work for (?:nothing|free|no pay)\b",
    ),
    (
        "an undeclared interest",
        r"\b(?:let|lets|helped|helps|got|gets|moved|moves|moving|pushed|pushes|bumped|bumps) (?:his|her|their) (?:\w+ )?(?:son|daughter|brother|sister|wife|husband|nephew|niece|cousin|mate|mates|friend|friends|family|in law)(?: s)? (?:\w+ ){0,2}(?:skip|jump|up|to the top of|past) (?:the )?(?:\w+ )?(?:housing list|waiting list|queue|list)\b"
        r"|\b(?:got|given|landed|handed) (?:the |a )?(?:\w+ ){0,2}(?:job|post|contract|role|house|flat|tenancy) without (?:an? )?(?:interview|tender|application|advert|it being advertised)\b"
        r"|\b(?:fixed|fixes|fixing|cancelled|cancels|scrapped|quashed|made) (?:\w+ ){0,2}(?:parking )?(?:fines?|tickets?|pcns?|penalty notices?) (?:\w+ ){0,2}(?:for|disappear for) (?:his|her|their) (?:\w+ )?(?:mates?|friends?|family|son|daughter|wife|husband|pals?|brother|sister)\b"
        r"|\b(?:took|had|went on|enjoyed) (?:a |an )?(?:\w+ )?(?:holiday|trip|weekend|cruise|meal|dinner|jolly) (?:\w+ ){0,3}(?:developer s|builder s|contractor s|firm s|company s|bidder s) (?:\w+ ){0,3}(?:then|and then|before|and) (?:\w+ ){0,3}(?:voted|approved|signed|awarded|backed|waved)\b",
    ),
    (
        "dishonesty or a cover-up",
        r"\bknew (?:\w+ ){1,5}(?:was|were|is|are) (?:dangerous|unsafe|a fire risk|a death ?trap|faulty|illegal|contaminated|toxic) (?:\w+ ){0,2}(?:and|but) (?:\w+ ){0,2}(?:signed it off|signed off|approved|did nothing|let it|kept quiet|ignored)\b"
        r"|\b(?:delete|deleted|deleting|destroy|destroyed|shred|shredded|hid|binned|lost) (?:the |all the |all those |those |his |her )?(?:\w+ )?(?:complaints?|records?|files?|emails?|messages|texts|whatsapps|minutes|evidence|reports?) (?:\w+ ){0,5}(?:before|after) (?:the |an? )?(?:inspection|inquiry|investigation|audit|ofsted|hearing|police|ombudsman|foi|freedom of information)\b"
        r"|\blies (?:about|to) (?:\w+ ){0,2}(?:offers?|buyers|sellers|customers|clients|tenants|residents|patients|parents|inspectors?|the council)\b",
    ),
    (
        "abuse of children",
        r"\bmakes? (?:the |his |her )?(?:boys|girls|kids|children|pupils|lads|players) (?:\w+ ){0,2}(?:shower|undress|strip|get changed|sleep) (?:with|in front of) (?:him|her)\b"
        r"|\bsell(?:s|ing)? (?:knives|blades|vapes|booze|alcohol|fags|cigarettes|drugs|weed|pills|fireworks) to (?:kids|children|minors|underage|schoolkids|school kids|teenagers)\b",
    ),
    (
        "violence",
        r"\b(?:keeps|kept|keeping|locks|locked|locking) (?:his|her|their|my) (?:\w+ )?(?:wife|husband|partner|ex|girlfriend|boyfriend|kids|children|missus|mum|dad|mother|father) (?:locked (?:up |in )|in (?:the|a) (?:house|room|cellar|shed)|locked out)\b"
        r"|\b(?:threw|throws|thrown|chucked|kicked) (?:his|her|their) (?:\w+ )?(?:wife|husband|partner|girlfriend|boyfriend|kids|children|missus|mum|dad) out (?:\w+ ){0,4}(?:in|into) (?:the )?(?:snow|street|cold|rain|middle of the night|night)\b"
        r"|\blocked (?:her|him|them|me|the kids) out in (?:the )?(?:snow|cold|rain|street|middle of the night)\b",
    ),
    (
        "a crime or an investigation",
        r"\bloan shark\w*|\bbehind the fly tipping\b|\bfly tip(?:ped|s|ping)? (?:his|her|their|the|a|an|all|loads|bags|rubbish|waste)\b|\bdump(?:ed|s|ing) (?:\w+ ){0,2}(?:asbestos|builders waste|rubble|tyres|waste|rubbish|sewage|chemicals) (?:in|on|by|at|behind|down|into|over|near)\b|\b(?:is|s) (?:a|the) fly tipper\b"
        r"|\bpoison(?:ed|ing|s) (?:the )?(?:badgers?|foxes|birds|cats|dogs|swans|ducks|pigeons|wildlife)\b",
    ),
    (
        "dishonest or unsafe trading",
        rf"\bsold (?:my|his|her|an?|the|old|elderly) (?:\w+ )?(?:{PERSON}|nan|gran|grandad|mum|dad|customers?|pensioners?|lady|man) (?:a |an )?(?:\w+ )?(?:boiler|roof|windows?|driveway|alarm|policy|loan|plan|insurance|car|kitchen|repairs?|work|treatment|stairlift) (?:\w+ ){{0,2}}(?:didn t|did not|doesn t|don t|never) need\b"
        r"|\b(?:turns up|turned up|shows up|drives|driving|drove) (?:\w+ ){0,3}(?:smelling of|stinking of|reeking of) (?:booze|drink|alcohol|beer|whisky|weed)\b"
        r"|\bput (?:my|our|his|her|their) (?:\w+ )?(?:dog|cat|pet|horse) down (?:without|for (?:the )?money|to make money)\b",
    ),
    (
        "dishonesty or a cover-up",
        r"\btold (?:me|us|staff|him|her|them|the staff|his staff|her staff|the officer|officers) to (?:lie|falsify|fake|fiddle|shred|delete|backdate|lose|bury|bin)\b"
        r"|\b(?:lose|lost|bury|buried|bin|binned|delete|shred) the complaints?\b",
    ),
    (
        "fraud",
        r"\bcharg(?:es|ed|ing) (?:the )?(?:council|ward budget|taxpayers?|expenses|charity|club|school|public purse) (?:\w+ ){0,2}for (?:his|her|their) own\b"
        r"|\b(?:doesn t|didn t|never|does not|did not) declare (?:\w+ ){0,3}(?:for|to) (?:benefits|tax|hmrc|the council|the dwp)\b"
        r"|\bstring(?:ing|s)? (?:\w+ )?along (?:\w+ ){0,3}for (?:money|cash|their savings)\b|\bsubmit(?:ting|s|ted)? (?:fake|false|dodgy|made up|forged) (?:receipts|invoices|claims|expenses|timesheets)\b",
    ),
    (
        "a crime or an investigation",
        r"\bstalks\b|\b(?:spotted|seen|caught) dealing\b",
    ),
    (
        "violence",
        rf"\bshov(?:ed|es|ing) (?:an? |the |his |her |my )(?:\w+ )?(?:{PERSON}|steward|old man|old lady|pensioner|officer|nurse|carer)\b",
    ),
    (
        "dishonest or unsafe trading",
        r"\bno (?:food )?hygiene (?:cert|certificate|rating)\b"
        r"|\b(?:hasn t|haven t|never|doesn t|didn t|won t|not) (?:paid|pay|pays) (?:its|his|her|their|the) (?:\w+ )?(?:builders|staff|workers|suppliers|subcontractors|wages|contractors|tradesmen|cleaners)\b"
        r"|\b(?:goes|went|lets himself|let himself|lets herself|let herself) in(?:to)? (?:the |our |my |their )?(?:flats?|rooms?|house|home|homes)? ?(?:when|while) (?:we|i|they|tenants) (?:re|are|were|was|aren t) (?:out|away|at work)\b",
    ),
    # A public office abused in everyday words: records destroyed ahead of a request,
    # expenses claimed for what never happened, grant money kept, a relative given a job.
    (
        "dishonesty or a cover-up",
        r"\b(?:shred(?:s|ded|ding)?|delet(?:es|ed|ing)|wip(?:es|ed|ing)|destroy(?:s|ed|ing)) (?:\w+ ){0,2}(?:emails|e mails|texts|messages|records|files|documents|paperwork|minutes|notes)"
        r" (?:before|ahead of|so (?:that )?(?:nobody|no one|the (?:public|press|auditors?|inquiry|investigation))|to (?:avoid|dodge|get round|hide)|(?:\w+ )?(?:foi|freedom of information))\b"
        r"|\b(?:makes|making) up (?:the )?(?:\w+ )?(?:figures|numbers|results|data|evidence|stats|statistics|minutes)\b",
    ),
    (
        "fraud",
        r"\bclaim(?:s|ed|ing)? (?:\w+ ){0,3}for (?:\w+ ){0,4}(?:he|she|they) (?:never|didn t|did not|hasn t|hadn t) (?:attend|attended|go to|went to|do|did|work|worked|make|made|take|took|drive|drove)\b",
    ),
    (
        "theft",
        r"\b(?:kept|keeps|keeping|pocketed|spent|spends|spending) (?:\w+ ){0,2}(?:grant|charity|donation|donations|raffle|collection|appeal|club|fundraising|lottery|tenants|residents) (?:money|cash|funds|pot|takings)"
        r" (?:for|on) (?:himself|herself|themselves|(?:his|her|their) own|(?:his|her|their) (?:holiday|holidays|car|cars|house|wedding|habit))\b",
    ),
    (
        "an undeclared interest",
        r"\bgot (?:his|her|their) (?:own )?(?:son|daughter|wife|husband|brother|sister|nephew|niece|cousin|partner|girlfriend|boyfriend|mate|mates|mum|dad|son in law|daughter in law) (?:a |the )?(?:job|jobs|contract|post|seat|place|grant|council house|council flat)\b(?! (?:in|at|with) (?!(?:the )?(?:council|town hall|county hall|authority|school|academy|trust|depot|cabinet|committee|planning|housing)\b))",
    ),
    (
        "a crime or an investigation",
        r"\b(?<!who )(?<!people )(?<!to )(?<!t )(?<!not )(?:drives|drove|driving|drive) (?:\w+ ){0,2}(?:without|with no) (?:any )?(?:insurance|a licence|a license|licence|license|tax|an mot|mot)\b",
    ),
    (
        "violence",
        rf"\bspat (?:at|on|in the face of) (?:a|an|the|my|our|his|her|their) (?:\w+ )?(?:{PERSON}|nurse|steward|officer|driver|referee|teacher|carer|worker|cashier|councillor|vicar|doctor)\b",
    ),
    (
        "a crime or an investigation",
        r"\b(?:evicted|evicts|evicting|threw|chucked|kicked|turfed) (?:\w+ ){0,6}(?:out )?(?:without (?:any )?(?:notice|a court order|warning)|with no notice)\b"
        r"|\bturn(?:ed|s|ing)? off (?:the )?(?:heating|water|gas|electric|electricity|power|hot water) (?:on|to|for) (?:his|her|their|the) tenants\b",
    ),
    # Crimes told by what was done, with no offence named: damage, harm to children, sales
    # the law forbids.
    (
        "a crime or an investigation",
        r"\bkey(?:ed|ing) (?:my|his|her|their|our|the|a|people s|someone s|next door s) (?:\w+ ){0,2}(?:car|cars|van|motor)\b"
        r"|\bslash(?:ed|es|ing)? (?:my|his|her|their|our|the|all (?:my|our|the)|four) (?:\w+ ){0,2}tyres\b"
        r"|\b(?:put|threw|chucked|lobbed) (?:a )?(?:brick|bricks|rock|stone|paving slab) through (?:my|his|her|their|our|the|next door s)\b",
    ),
    (
        "abuse of children",
        rf"\bshow(?:ed|s|ing|n)? (?:\w+ ){{0,2}}(?:{CHILD}|pupils|girls|boys|a (?:girl|boy|child)|(?:my|our|her|his|their) (?:son|daughter|kids|children|boy|girl|grandson|granddaughter|nephew|niece)) (?:\w+ )?(?:porn|porno|pornography|explicit (?:pictures|photos|videos|images)|dirty (?:pictures|videos|photos|images)|his (?:penis|privates|willy|dick|cock))\b",
    ),
    (
        "dishonest or unsafe trading",
        # Not "Selling fireworks to under 18s is illegal": said of a seller.
        r"(?<=\w )\b(?:sell(?:s|ing)?|sold) (?:\w+ ){0,2}(?:booze|alcohol|drink|fags|cigarettes|tobacco|vapes|knives|fireworks) to (?:kids|children|minors|underage \w+|under ?age \w+|under 18s|(?:\w+ )?year olds|school ?kids)\b"
        r"|(?<=\w )\b(?:lets?|letting|allows?|allowing) (?:\w+ )?(?:kids|children|minors|underage \w+|under ?age \w+|(?:\w+ )?year olds) (?:drink|smoke|buy (?:booze|alcohol|fags|cigarettes|vapes))\b"
        r"|\bserv(?:es|ed|ing) (?:kids|children|minors|underage \w+|under ?age \w+)\b",
    ),
    (
        "drunkenness or drugs",
        r"\b(?:smokes|smoked|smoking|grows|grew|growing|sells|sold|selling) (?:\w+ )?(?:weed|skunk|cannabis|crack|spliffs|joints)\b(?! (?:killer|is|should|was|being|legal))",
    ),
    # Messages, touching and drinks: "sends inappropriate messages to the girls", "touched
    # me inappropriately", "put something in her drink".
    (
        "sexual misconduct",
        r"\b(?:sends?|sent|sending) (?:\w+ )?(?:inappropriate|sexual|dirty|explicit|creepy|sexy|rude|lewd|indecent) (?:messages|texts|pictures|photos|pics|images|dms|snaps|videos)\b"
        r"|\btouch(?:ed|es|ing) (?:me|her|him|them|kids|children|girls|boys|pupils|patients|(?:a|the|my|his|her|our) \w+) (?:up )?(?:inappropriately|up|indecently|sexually)\b"
        r"|\b(?:put|puts|putting|slipped|slips|slipping|dropped|drops) (?:something|a pill|pills|drugs|a tablet|\w+ powder) in(?:to)? (?:a|her|his|the|my|someone s|their) (?:\w+ ){0,3}drinks?\b",
    ),
    # Setting fire to things, locking children in, dealing from a home or to children.
    (
        "a crime or an investigation",
        r"\btorch(?:ed|es|ing) (?:the |people s |peoples |our |those )?(?:\w+ )?(?:cars?|vans?|vehicles?|bins?|houses?|flats?|shops?|pubs?|restaurants?|businesses|buildings?|sheds?|garages?)\b"
        r"|\bdealing (?:drugs )?(?:from|out of) (?:his|her|their|the|that) (?:\w+ )?(?:flat|house|home|car|van|shop|garage|caravan|pub)\b"
        r"|\bdeals (?:drugs )?(?:from|out of) (?:his|her|their) (?:front |back )?(?:door|doorstep|flat|house|garage)\b"
        r"|\bdealing (?:drugs )?to (?:the )?(?:school ?)?(?:kids|children|teenagers|pupils|students|schoolkids)\b",
    ),
    (
        "abuse of children",
        r"\block(?:s|ed|ing) (?:the|those|these|his|her|their|them|the) (?:\w+ )?(?:kids|children|boys|girls|foster kids|son|daughter|stepson|stepdaughter)? ?in (?:their|a|the|his|her) (?:\w+ )?(?:rooms?|bedrooms?|cupboard|cellar|shed|car|basement|attic)(?: for (?:hours|days|\w+ hours|\w+ days))?\b(?! (?:to keep|for their (?:own )?safety)\b)",
    ),
    # Books, figures or results cooked; the council billed for what never happened.
    (
        "fraud",
        r"\bcook(?:ing|ed|s) the (?:exam |sats |test )?(?:books|figures|results|accounts|numbers|stats|statistics|data|returns)\b"
        r"|\b(?:bill(?:s|ed|ing)?|charg(?:es|ed|ing)|invoic(?:es|ed|ing)) (?:the council|us|the nhs|the taxpayer|taxpayers|residents|the trust|the school) for (?:\w+ ){0,5}(?:that|which) (?:never|didn t|did not) (?:happened|happen|took place|take place|existed|exist)\b",
    ),
    # Council land or property sold cheap to a relative.
    (
        "an undeclared interest",
        r"\b(?:sold|sells|selling|leased|leases|leasing|let|lets|letting) (?:\w+ ){0,3}(?:land|property|properties|building|buildings|site|sites|plot|plots|lease|leases|units?) (?:\w+ ){0,2}to (?:his|her|their|your) (?:own )?(?:\w+ )?"
        rf"(?:{KIN_AND_IN_LAWS})\b",
    ),
    # Hitting a person: "hit a waitress at the Italian".
    (
        "violence",
        rf"(?<!car )(?<!bus )(?<!van )(?<!lorry )(?<!train )(?<!ball )(?<!taxi )(?<!truck )\b(?:hit|hits|hitting) (?:a|an|the|his|her|my|our|their|this|that) (?:\w+ )?(?:{PERSON}|waitress|waiter|barmaid|barman|bouncer|steward|nurse|carer|pcso|cyclist|teacher|councillor|volunteer|journalist|reporter|shop assistant|cashier)\b",
    ),
    # A story invented: "she made it all up".
    (
        "dishonesty or a cover-up",
        r"(?<!you )(?<!u )(?<!ya )(?<!i )(?<!we )(?<!just )\b(?:made|makes) (?:it|this|that|the (?:whole )?(?:thing|story|claims?|complaint|allegations?)|(?:it|the whole thing|everything) all|it all) up\b(?! to (?:me|you|him|her|us|them|everyone|the \w+)\b)",
    ),
    # Taking money in the till's or the fund's way: "skimming the takings".
    (
        "theft",
        r"\bskim(?:s|med|ming)? (?:off )?(?:the |from the )?(?:\w+ )?(?:takings|till|tills|cash|money|funds?|profits|kitty|float|top)\b",
    ),
    # Warning off the people the police are after: "tips off the dealers before every raid".
    (
        "bribery or corruption",
        r"\btip(?:s|ped|ping)? (?:off )?(?:the )?(?:dealers|drug dealers|gang|gangs|criminals|suspects|burglars|traffickers|cannabis farm)(?: off)? (?:before|about|ahead of)\b",
    ),
    # A council home let out by its tenant, who lives elsewhere.
    (
        "fraud",
        r"\bsub ?let(?:s|ting)? (?:his|her|their) (?:\w+ )?(?:council|housing association|social) (?:flat|house|home|bungalow|property)\b",
    ),
    # A fine, a charge or points made to go away for someone.
    (
        "bribery or corruption",
        r"\b(?:gets?|got|getting|had|has) (?:his|her|their) (?:own )?(?:(?:son|daughter|wife|husband|brother|sister|mate|mates|friend|cousin|partner) s )?(?:\w+ )?"
        r"(?:fines?|tickets?|charges?|points|penalty|penalties|summons|case) (?:\w+ ){0,2}(?:cancelled|quashed|wiped|dropped|binned|torn up|made to (?:go away|disappear)|to (?:go away|disappear))\b"
        r"(?! (?:\w+ )?(?:on|after|by|through|at|with) (?:an |the |a )?(?:appeal|appealing|review|challenge|challenging|tribunal|court|evidence|proof|photos?)\b)",
    ),
    # Burning down one's own property, often for the insurance.
    (
        "a crime or an investigation",
        r"\btorch(?:ed|es|ing) (?:his|her|their) (?:own )?(?:\w+ )?(?:restaurant|shop|business|house|flat|pub|car|van|cafe|takeaway|salon|garage|premises|warehouse|unit)\b"
        r"|\b(?:burn(?:ed|t|s|ing)?|set fire to) (?:down )?(?:his|her|their) (?:own )?(?:\w+ )?(?:restaurant|shop|business|pub|cafe|takeaway|premises|warehouse)(?: down)? for the insurance\b",
    ),
    # A hit and run: knocking someone down and driving off.
    (
        "a crime or an investigation",
        r"\b(?:knocked|ran|run|hit|clipped) (?:over |down )?(?:a|an|the|some|this|that|my|our|his|her) (?:\w+ )?(?:cyclist|pedestrian|kid|child|boy|girl|woman|man|pensioner|lollipop lady|lollipop man|biker)s?"
        r" (?:off |over |down )?(?:\w+ ){0,6}and (?:then )?(?:drove|driven|sped|speeds|drives) off\b",
    ),
    # Permission waved through for a relative.
    (
        "an undeclared interest",
        r"\b(?:waved|waves|waving|pushed|pushes|pushing|nodded|nods|nodding|rushed|rushes|rushing|forced|got) (?:\w+ ){0,4}through (?:\w+ ){0,3}for (?:his|her|their) (?:own )?(?:\w+ )?"
        rf"(?:{KIN_AND_IN_LAWS})\b",
    ),
    # Threats to people who would not go along: "threatening shopkeepers who put up posters".
    (
        "threats",
        r"\b(?:been |keeps? |kept )?threaten(?:s|ed|ing) (?:the |local )?(?:shopkeepers|shop owners|traders|residents|neighbours|tenants|witnesses|voters|journalists|reporters|staff|councillors)\b(?! (?:with (?:closure|eviction|fines?|enforcement|legal action|a fine|the bailiffs)|that)\b)",
    ),
    # Paying for sex, caught at it: "caught with a rent boy in his car", "kerb crawling".
    (
        "sexual misconduct",
        r"\b(?:caught|found|seen|arrested|picked up|stopped) (?:\w+ )?(?:with|paying|soliciting) (?:a |an |two |some |the )?(?:rent boys?|prostitutes?|hookers?|escorts?|sex workers?|working girls?)\b"
        r"|\bsolicit(?:ing|ed|s) (?:a |an )?(?:prostitutes?|rent boys?|sex workers?|for sex)\b|\bkerb ?crawl(?:ing|er|ers|ed)\b",
    ),
    # Public money or a decision held over someone: "threatened to withdraw our funding
    # unless we backed him"; an office used for private ends.
    (
        "abuse of office",
        r"\babus(?:ed|es|ing) (?:his|her|their) (?:position|power|powers|office|role)\b|"
        # Council property sold cheap to friends or family.
        rf"\bsold (?:\w+ ){{0,3}}(?:land|flats|houses|homes|buildings?|propert(?:y|ies)|plots?|sites?|depot|hall|library|leases?|assets)"
        rf" to (?:his|her|their|your|\w+ s) (?:own )?(?:{KIN})\b|"
        rf"\b(?:was|were) sold (?:off )?to (?:\w+ ){{0,4}}(?:{KIN}) (?:\w+ ){{0,2}}(?:on the cheap|cheap|for peanuts|for a song"
        r"|at half (?:its |the )?(?:market )?value|below (?:market )?value|at a knock ?down)|"
        r"\bthreat(?:ened|ens|ening) to (?:withdraw|cut|pull|stop|remove|block|refuse|axe|scrap) (?:\w+ ){0,3}(?:funding|grants?|licen[cs]es?|planning|permission|support|contracts?|lease)\b(?:\s\w+){0,6}? (?:unless|if (?:we|they|he|she|you|i) (?:didn t|did not|don t|do not|wouldn t|refused|complained|spoke|went|backed|voted))\b",
    ),
    # Council wrongdoing in residents' plain words (libel 22): records doctored, a charity
    # that is a front, money kept in one's own account, council crews on one's own houses.
    (
        "fraud",
        r"\b(?:doctor(?:ed|ing|s)|falsif(?:ied|ying|ies)) (?:the )?(?:\w+ )?(?:records|minutes|figures|results|accounts|books|timesheets|evidence)\b"
        r"|\b(?:alter(?:ed|ing|s)|chang(?:ed|ing|es)|rewr(?:ote|ites|iting|itten)) (?:the )?(?:\w+ )?(?:records|minutes|figures|results|timesheets|evidence) (?:\w+ ){0,2}to (?:hide|cover|make it look|get rid of|remove)\b"
        r"|\bfak(?:es|ed|ing) (?:\w+ ){0,2}(?:certificates|signatures|references|documents|records|receipts|invoices|timesheets)\b"
        r"|\bfiddl(?:ed|es|ing) (?:the |our )?(?:\w+ ){0,2}(?:list|waiting list|queue|survey|consultation|minutes|register|records|stats|count)\b"
        r"|\bfiddl(?:ed|es|ing) £?\d[\d,.]*k? (?:in|on|of|worth of) (?:mileage|expenses|claims|allowances|overtime)\b"
        r"|\bcharg(?:ed|es|ing) (?:the council|us|the taxpayer|taxpayers|the ratepayers) for (?:his|her|their) (?:own )?(?:\w+ ){0,2}(?:wedding|holiday|party|meal|dinner|stag|hen|birthday|christmas)\b"
        r"|\bcharg(?:ed|es|ing) (?:his|her|their) (?:\w+ ){0,3}(?:meal|holiday|wedding|party|dinner|drinks|hotel|flights?|taxis?) (?:\w+ ){0,5}to the council\b"
        r"|\bon expenses and (?:then )?sold it\b"
        r"|\bclaimed (?:£\S+ )?for (?:a |the |his |her )?(?:\w+ ){0,2}(?:hotel|trip|flight|train|taxi|meal|mileage|journey|journeys)\b(?: \w+){0,6}? the (?:same )?(?:week|night|day) (?:he|she|you) (?:was|were)\b"
        r"|\b(?:is|s|was) a front\b(?! (?:door|garden|bench|seat|row|page|runner|runners|line|lines|wheel|of|cover|room|end|wall|porch|step|steps|yard|window|lawn))(?: for (?:\w+ ){0,2}(?:money|laundering|drugs|dealing|fraud|crime|cash)\b)?"
        r"|\b(?:mak(?:es|ing)|made) up (?:\w+ )?(?:tickets|fines|charges|complaints|crimes|readings|timesheets|claims)\b"
        r"|\bpaid (?:herself|himself|themselves) (?:a |an )?(?:\w+ )?(?:bonus|bonuses|salary|wage|fee|fees|£\w*) (?:\w+ ){0,2}(?:out of|from) (?:the |our )?(?:\w+ ){0,2}(?:budget|fund|funds|grant|grants|money|pot|account|donations)\b"
        r"|\b(?:keeps|kept|put|puts|pays|paid|runs|ran) (?:\w+ ){0,3}(?:money|funds|cash|donations|takings|precept|subs|grants?) (?:in|into|through) (?:his|her|their) (?:own )?(?:personal |private )?(?:bank )?account\b"
        r"|\bspending it as (?:his|her|their) own\b|\bgambled away (?:the |our )?(?:\w+ ){0,2}(?:fund|funds|money|budget|reserves|pension|donations|takings)\b"
        r"|\b(?:cash jobs|working|works|doing jobs) (?:\w+ ){0,3}while (?:he s|she s|he is|she is|he was|she was) (?:signed )?off (?:\W*)sick\b"
        r"|\busing (?:his|her|their) (?:\w+ ){0,2}address to (?:stand|register|vote|claim)\b",
    ),
    (
        "abuse of office",
        r"\busing council (?:vans|van|crews|staff|workers|lads|labour|equipment|materials|money|cars?) (?:\w+ ){0,3}to (?:\w+ ){0,3}(?:his|her|their) own\b"
        r"|\bmisus(?:ing|ed|es|e of) (?:\w+ )?(?:public|council|taxpayers|our|the council s) (?:property|cars?|vans?)\b"
        r"|\btipping off (?:the )?(?:\w+ )?(?:landlords|dealers|owners|firms|traders|gangs|bosses) (?:\w+ ){0,2}before\b"
        r"|\bprotect(?:ing|s|ed) (?:him|her|them) from (?:enforcement|prosecution|investigation|the police|inspection|the inspectors)\b"
        r"|\bordered (?:them|it|the \w+(?: \w+)?) (?:deleted|destroyed|shredded|binned|wiped)\b"
        rf"|\b(?:signed off|approved|awarded|gave|handed) (?:\w+ ){{0,4}}(?:payout|pay off|contracts?|jobs?|grants?|tenancy|house) to (?:a |her |his |their )(?:close |old |best )?(?:{KIN}|girlfriend|boyfriend|mistress|best man)\b"
        rf"|\b(?:signed off|approved|awarded|gave|handed) (?:\w+ ){{0,4}}(?:contracts?|grants?|work) to (?:a |the )?(?:company|firm|business) (?:her|his|their) (?:{KIN}) (?:owns|runs)\b"
        rf"|\bpays (?:his|her) (?:{KIN}|girlfriend|boyfriend|mistress) (?:\w+ ){{0,4}}out of (?:the |our )?(?:\w+ ){{0,2}}(?:budget|funds?|grants?|money)\b"
        r"|\bjump(?:ed|ing|s) the (?:whole )?(?:housing |waiting |council )?(?:list|waiting list)\b",
    ),
    (
        "theft",
        r"\b(?:took|taken|takes) (?:\w+ ){0,4}home and (?:pawned|sold|flogged) it\b|\bpawned (?:the )?(?:mayoral |civic )?(?:chain|regalia|silver)\b"
        r"|\bcaught (?:\w+ )?lifting (?:stuff|things|gear|food|booze|clothes) from\b"
        r"|\b(?:sells?|sold|selling|flogs?|flogged|flogging) (?:the |our )?(?:donations|donated \w+|food bank \w+) (?:out (?:of )?the back|for cash|on (?:ebay|facebook|marketplace)|to (?:a |the )?(?:\w+ )?shop|and (?:pockets|keeps))",
    ),
    (
        "a crime or an investigation",
        r"\bcaught (?:\w+ )?fly ?tipping\b|\bthe ones fly ?tipping\b"
        r"|(?<!there has been )(?<!there s been )(?<!there was )(?<!there is )(?<!there s )\bfly ?tipp(?:ing|ed|s) (?:\w+ ){0,2}(?:waste|rubbish|rubble|mattresses|tyres|junk|asbestos)\b"
        r"|\b(?:runs|running|ran|own|owns|owning|owned|operates|operating|lets|letting|rents|renting|landlord with|landlord of) (?:\w+ ){0,3}(?:illegal|unlicensed|unregistered) (?:hmos?|flats|lets|bedsits|houses in multiple occupation)\b"
        r"|\b(?:selling|sells|sold) (?:\w+ ){0,2}(?:data|details|information) to\b"
        r"|\bdrink (?:drove|drives)\b"
        r"|\b(?:kicked out of|sacked from|dismissed from|booted out of|thrown out of) (?:the )?(?:police|force|army|job|council|school|nhs|trust|party) for (?:gross )?misconduct\b"
        r"|\bgot (?:his|her) (?:\w+ )?to (?:say|tell them|claim) (?:she|he) was driving\b",
    ),
    (
        "bribery or corruption",
        r"\bpaid off (?:the )?(?:\w+ )?(?:team|officers?|officials?|inspectors?|police|planners?|committee|councillors?|judge|witnesses?|auditors?)\b(?! s\b)"
        r"|(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere )|(?<=\bbeen )|(?<=\bbe )|(?<= s )|(?<= re )|(?<=\bfirmly )|(?<=\bwell )|(?<=\bdeep ))in (?!(?:the )?(?:taxpayers|residents|people|voters|workers|families|households|pensioners|ratepayers|everyone|our|your|their|my|his|her)\b)(?:the )?(?:\w+ )?\w+(?: s|s) pockets?\b(?! (?:money|change|knife|watch))"
        r"|\bon (?:the )?(?:\w+ ){0,2}(?:company|firm|developer|developers|builder|builders|contractor|contractors|casino|bookies|operator|cartel|gang|dealers?) s payroll\b",
    ),
    (
        "abuse of office",
        r"\b(?:puts?|putting) (?:\w+ )?(?:asian|black|muslim|polish|foreign|ethnic minority|jewish|irish|romanian|african|eastern european) (?:families|tenants|applicants|people) (?:\w+ ){0,2}(?:at the bottom of the list|in the worst (?:flats|houses|homes))\b"
        r"|\b(?:bins?|binning|rejects?|rejecting|refuses?|refusing) (?:\w+ ){0,2}(?:applications?|applicants|tenants|people) with an? (?:asian|black|muslim|polish|foreign|jewish|irish|romanian|african) (?:sur)?name\b",
    ),
    (
        "sexual misconduct",
        r"\bgot (?:the |her |his |a |on |onto )?(?:\w+ ){0,2}(?:job|seat|role|post|position|committee|promotion|contract) by (?:blowing|sleeping with|shagging|sucking|s\W?\w?cking)\b"
        r"|\bcaught (?:\w+ )?(?:getting|having|receiving|giving) (?:a )?(?:blowjob|blow job|bl\w?wjob|bj|handjob|hand job|sex|a shag)\b",
    ),
    (
        "drunkenness or drugs",
        r"\bpowder (?:round|around|on|under|in) (?:his|her|their) (?:nose|nostrils)\b",
    ),
    (
        "abuse of children",
        r"\bsen(?:t|ds|ding) (?:(?:explicit|indecent|naked|nude|sexual|rude|dirty) (?:\w+ )?(?:pictures|photos|pics|images|videos|messages|texts)|(?:pictures|photos|pics|images|videos) of (?:himself|herself)) to (?:a |two |several )?(?:1[0-7] ?year ?old|child|kid|girl of 1[0-7]|boy of 1[0-7]|schoolgirl|schoolboy|pupil)"
        r"|\btouch(?:ed|es|ing) (?:up )?(?:kids|children|little (?:boys|girls)|young (?:boys|girls)|pupils|a child|a kid)\b(?! s\b| (?:lives|hearts|minds))",
    ),
    # Everyday euphemisms (libel 24): driving after drinking, drink sold to children, dates
    # relabelled, donations kept, a discount claimed falsely, work billed that was never done.
    (
        "drunkenness or drugs",
        r"\b(?:drives?|drove|driving|gets? (?:straight )?behind the wheel|got (?:straight )?behind the wheel) (?:\w+ ){0,5}after (?:a skinful|a session"
        r"|a few (?:pints|drinks|beers|bevvies|jars|glasses)|(?:\w+ )?(?:\d+|several|six|five|four|three) (?:pints|drinks|beers|glasses of wine))\b"
        r"|\b(?:likes|enjoys|partial to|fond of) a (?:cheeky )?line or two\b|\bpowder(?:ing)? (?:his|her|their) nose\b(?! (?:with|in front of the mirror))",
    ),
    (
        "a crime or an investigation",
        # Flogged "to year 8s" as well.
        r"\b(?:sell(?:s|ing)?|sold|serv(?:es|ed|ing)|flog(?:s|ged|ging)?) (?:\w+ ){0,3}(?:booze|alcohol|beer|cans|cider|vodka|fags|cigarettes|vapes|tobacco|knives|weed|nitrous|laughing gas|balloons|pills)"
        r" (?:\w+ ){0,3}to (?:the )?(?:under ?ages?|\d+ ?(?:year|yr) olds?|kids|children|minors|school ?kids|year (?:\d+|seven|eight|nine|ten)s?|teenagers)\b",
    ),
    (
        "dishonest or unsafe trading",
        r"\brelabel(?:s|led|ling|ed|ing)? (?:the )?(?:\w+ )?(?:dates?|use by|best before|sell by|labels)\b",
    ),
    (
        "theft",
        r"\b(?:tak(?:ing|es|en)|took) the (?:food ?bank |charity |church |raffle |hospice |school )?(?:donations|collection|collections|takings|raffle money)\b(?! (?:to|for|in|into|at|on|round|down|over)\b)"
        r"|\b(?:donations|money|collection|takings|funds|cash) (?:\w+ ){0,4}never (?:made it|got|went|reached|arrived) (?:to|anywhere near)\b",
    ),
    (
        "fraud",
        r"\bclaim(?:s|ed|ing)? (?:the )?single person(?: s)? discount (?:\w+ ){0,4}(?:while|whilst|when|but|despite|though) (?:\w+ ){0,2}(?:both|living|lived|lives|his|her|their|partner|husband|wife)\b"
        # Not "we paid for a boiler that was never fitted": the payer is no wrongdoer.
        r"|\b(?:claim(?:s|ed|ing)?|(?:getting|gets|got|been|being|is|was) paid|charg(?:es|ed|ing)|invoic(?:es|ed|ing)|bill(?:s|ed|ing)) (?:\w+ ){0,3}for (?:\w+ ){1,5}"
        r"(?:that s|that has|that have|which has|which have|that was|that were|that haven t|that hasn t|that weren t|that wasn t|which haven t|which hasn t)"
        r" (?:never |not )?(?:been |even )?(?:done|cut|delivered|happened|carried out|provided|supplied|fitted|finished|started|mowed|cleaned|repaired)\b",
    ),
    (
        "abuse of children",
        r"\bleaves? (?:the )?(?:babies|kids|children|toddlers|little ones|tots) (?:strapped (?:in|into) (?:\w+ ){0,2}|crying |in (?:dirty|soiled|wet) nappies "
        r"|locked in (?:\w+ ){0,2}|alone |unattended |on their own )(?:all day|for hours|all night|overnight|all afternoon|all morning)\b",
    ),
    (
        "fraud",
        r"\bbackdat(?:e|ed|es|ing) (?:the |a |his |her |their )?(?:\w+ ){0,2}(?:notice|minutes|documents?|paperwork|records?|forms?|signatures?|applications?|letters?|contracts?)"
        r" (?:\w+ ){0,2}so (?:that )?\b",
    ),
    (
        "an undeclared interest",
        r"\b(?:got|gave|hired|used|paid|booked) (?:his|her|their) own (?:\w+ s )?(?:company|firm|business|print ?shop|agency) (?:to|for) (?:\w+ ){1,8}"
        r"(?:at|for) (?:triple|double|twice|three times|treble|over the odds|inflated|way above|well above|above) (?:the )?(?:going rate|market rate|price|prices|rates?|odds)?",
    ),
    # What residents say (libel 25): drink or vapes sold to a named child, clocking every car
    # sold, babies left while staff smoke, threats to "sort out" a family, relabelled food,
    # passes made at pupils, benefits claimed while working, stolen goods sold on, and a
    # clerk's overtime nobody approved.
    (
        "a crime or an investigation",
        r"\b(?:sold|sells?|selling|serv(?:ed|es|ing)) (?:my|our|his|her|their|a|the) (?:\w+ )?(?:son|daughter|lad|boy|girl|kid|kids|child|children|grandson|granddaughter|nephew|niece)"
        r" (?:\w+ )?(?:vapes|booze|alcohol|fags|cigarettes|cans|cider|vodka|knives)\b(?: [\w']+){0,4} (?:1[0-7]|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|under ?age)\b"
        r"|\b(?:sold|sells|selling|flogged|flogging|flogs) (?:\w+ ){1,3}(?:a |some )?stolen\b"
        r"|\b(?:sold|sells|selling|flogged|flogging|flogs) (?:\w+ ){1,4}that (?:was|were|had been|d been) (?:nicked|stolen|knocked off|pinched)\b",
    ),
    (
        "dishonest or unsafe trading",
        r"\bclock(?:s|ing|ed)? (?:the )?(?:mileage|miles|odometers?|speedos?) (?:on|of) (?:every|all|all the|most of the) (?:cars?|vans?|motors?)\b"
        r"|\bout of date (?:\w+ ){0,2}(?:with|and) (?:new|fresh|fake) (?:labels|dates|stickers)\b|\bnew (?:labels|dates|stickers) stuck (?:on|over)\b",
    ),
    (
        "abuse of children",
        r"\bleaves? (?:the |her |his |their )?(?:babies|kids|children|toddlers|little ones|tots) (?:\w+ ){0,8}(?:while|whilst|when) (?:she|he|they|staff)"
        r" (?:s |is |are |re |goes |go |pops |nips )?(?:out|off|having|smoking|passed out|drunk|asleep|on (?:her|his|their) phones?)\b"
        r"|\b(?:makes?|making|made) (?:passes|moves|advances) (?:at|on) (?:his|her|the) (?:teenage|young|underage|year \d+|sixth form|school) (?:students|pupils|girls|boys|learners|players)\b"
        r"|\bsen(?:t|ds|ding) (?:\w+ ){0,2}(?:messages|pictures|photos|pics|texts|dms) to (?:year (?:7|8|9|10|11|seven|eight|nine|ten|eleven)|underage|under ?age|teenage|schoolgirls?|young) (?:girls|boys|pupils|students|kids)\b",
    ),
    (
        "threats",
        r"\bthreaten(?:ed|s|ing) to (?:sort out|sort|deal with|hurt|batter|kill|do in|smash|burn|knock out|kick in|get) (?:me|him|her|them|us|(?:my|our) (?:husband|wife|son|daughter|dad|mum|partner|neighbours?|lad|boy|girl|family|kids))\b",
    ),
    (
        "fraud",
        r"\bclaim(?:s|ed|ing)? (?:disability|benefits|pip|dla|esa|sick pay|sickness benefit|carers allowance|incapacity)(?: benefits?)? (?:\w+ ){0,3}(?:and|but|while|whilst|yet)"
        r" (?:\w+ ){0,2}(?:plays|playing|works|working|goes|going|runs|running|lifts|lifting|climbs|climbing|cash in hand)\b"
        r"|\bpa(?:id|ying|ys|y) (?:himself|herself|themselves) (?:\w+ ){0,3}(?:overtime|bonus(?:es)?|extra|a (?:pay )?rise|expenses|allowances?) (?:\w+ ){0,4}(?:never|not|without) (?:\w+ ){0,2}(?:approved|agreed|authorised|authorized|signed off)\b",
    ),
    (
        "abuse of children",
        r"\bsen(?:t|ds|ding) (?:the |his |her )?(?:girls|boys|kids|pupils|students|players|teenagers|children) (?:\w+ ){0,2}(?:messages|texts|pictures|photos|pics|dms)"
        r" (?:late at night|at night|after midnight|on snapchat|privately|in secret|secretly)\b"
        r"|\b(?:smacks|smacking|slaps|slapping|hits|hitting|beats|beating|punches|punching|thumps|thumping) (?:her|his|their) (?:kids|children|sons?|daughters?|little ones?|toddlers?|boys?|girls?)\b"
        r"|\btattoo(?:s|ed|ing)? (?:\w+ )?(?:under ?(?:16|18)s|under ?age (?:kids|teenagers)|kids|children|minors|\d+ year olds)\b",
    ),
    (
        "sexual misconduct",
        r"\b(?:mak(?:es|ing)|made) (?:\w+ )?(?:comments|remarks) about (?:her|his|my|their) (?:body|boobs|chest|legs|figure|bum|arse|breasts)\b",
    ),
    (
        "violence",
        r"\bgrabbed (?:his|her|my|their) (?:\w+ )?(?:arm|wrist|neck|throat|hair) (?:hard enough to|so hard|and twisted|and shook|and pushed|and shoved|till|until)\b",
    ),
    # What real comments and residents say (libel 26): wanted by the police, an illegal
    # immigrant named, a phone bugged, evidence destroyed, a criminal record, a dead
    # relative's blue badge, goods sold under the counter, cat served as food, shares held in
    # secret, pregnant staff let go, an affair with a caseworker.
    (
        "a crime or an investigation",
        r"\bwanted by (?:the )?(?:police|cops|fbi|interpol|met) (?:for|over|in connection)\b|\ba wanted (?:man|woman|criminal|fugitive)\b"
        r"|\b(?:is|was|s|re|are|were|being) an? illegal (?:immigrant|alien|migrant)\b"
        r"|\b(?:bugged|bugging|tapped|tapping|hacked|hacking) (?:his|her|their|my|your|our|the|a) (?:\w+ )?(?:phones?|office|offices|emails?|house|home|car)\b"
        r"|\bcriminally charged\b|\bcharges? on (?:your|his|her|their) (?:criminal )?record\b"
        r"|\b(?:has|had|have) (?:at least |over |more than |dozens of |about |around )(?:\w+ ){0,2}convictions\b",
    ),
    (
        "dishonesty or a cover-up",
        r"\bdestroy(?:ed|ing|s)? (?:the |her |his |their |vital |key |crucial )?(?:\w+ )?evidence\b",
    ),
    (
        "fraud",
        r"\bus(?:es|ed|ing) (?:his|her|their) (?:dead|late|deceased) (?:mum|mom|mother|dad|father|nan|gran|grandad|grandma|wife|husband|sister|brother|neighbour|friend)(?: s)? (?:old )?blue badge\b",
    ),
    (
        "dishonest or unsafe trading",
        r"\bsell(?:s|ing)? (?:\w+ ){0,2}under the counter\b|\bsold (?:\w+ ){0,2}under the counter\b"
        r"|\bserv(?:es|ed|ing) (?:up )?(?:cat|dog|rat|horse)\b(?! (?:food|treats|owners|lovers|people|friendly)\b)",
    ),
    (
        "an undeclared interest",
        r"\bsecretly (?:holds?|holding|held|owns?|owning|owned) (?:\w+ ){0,2}(?:shares|stake|interest)\b|\bshares? (?:\w+ ){0,2}secretly (?:holds?|holding|held|owns?|owning|owned)\b",
    ),
    (
        "discrimination",
        r"\b(?:gets? rid of|got rid of|getting rid of|sacks?|sacked|sacking|fires?|fired|firing|lets? go|letting go) (?:\w+ ){0,2}(?:women|staff|girls|workers|people|anyone|mums|mothers) (?:\w+ ){0,5}(?:pregnant|pregnancy|maternity)\b",
    ),
    (
        "sexual misconduct",
        r"\b(?:shagg?(?:ing|ed|s)?|sleeping with|slept with|having an affair with) (?:your|his|her|their) (?:caseworker|secretary|assistant|intern|staff|employee|pa|researcher|constituent|patient|pupil|student)\b",
    ),
    # Read from a fourth batch of councillor-page sentences (libel 26): "is the one fly
    # tipping down Pit Lane", "been done twice for ...", a grant claimed for forty when six
    # turn up, dealing out of a kitchen, a rank never held, a date put wrong on purpose so
    # nobody could come. ("Battering his missus" and a mower sold "that was nicked" join the
    # patterns for violence and for stolen goods sold on.)
    (
        "a crime or an investigation",
        r"\b(?:is|s|was|re|are|were) the (?:one|ones|bloke|man|woman|guy|lad|lads) (?:who s |who is |that s )?(?:fly tipping|dealing|selling drugs|nicking|stealing|robbing|breaking into|setting fires?)\b"
        r"|\bbeen (?:done|nicked|arrested|convicted|cautioned) (?:twice|three times|again|before|loads of times|several times) for\b"
        r"|\bdeal(?:s|ing)? (?:drugs |weed |coke |gear )?(?:out of|from) (?:her|his|their|the) (?:kitchen|house|flat|home|garage|bedroom|back door)\b",
    ),
    (
        "fraud",
        r"\bclaim(?:s|ed|ing)? (?:\w+ ){0,3}for (?:\d+|\w+) (?:\w+ ){0,4}when (?:only )?(?:\d+|a handful|hardly anyone|nobody|no one)\b"
        r"|\bclaim(?:s|ed|ing)? (?:a|the|to hold a|to have a) (?:\w+ )?(?:rank|title|degree|qualification|medals?|doctorate) (?:he|she|they) never (?:held|had|earned|won|got|sat)\b",
    ),
    (
        "dishonesty or a cover-up",
        r"\b(?:put|wrote|printed|gave|set|changed|moved) (?:\w+ ){1,6}on purpose so (?:that )?(?:nobody|no one|people|residents|we|you) (?:could|would|couldn t|wouldn t|can t)\b",
    ),
    # Read from a sixth batch of councillor-page sentences (libel 27): slang for groping,
    # for driving drunk or high and for a taste for children; the drugs someone deals told
    # object first; a puppy farm run from a garage; an adult messaging schoolchildren; food
    # or goods sold as what they are not; offences or evidence made up; inspections skipped.
    (
        "sexual misconduct",
        r"\b(?:bit |a bit |very |too |always |known for being |gets |getting )handsy\b",
    ),
    (
        "drunkenness or drugs",
        r"\b(?:off (?:his|her|your|their|ur) (?:face|head|nut|tits|trolley|box)|drunk|pissed|hammered|steaming|wasted|stoned|high|smashed)"
        r" (?:at|behind) the wheel\b",
    ),
    (
        "abuse of children",
        r"\b(?:likes?|liking) (?:em|them) (?:young|underage)\b",
    ),
    (
        "a crime or an investigation",
        rf"\b(?:the|all the|that) (?:{DRUG}) (?:he|she|they|you) (?:deals?|sells?|pushes|push|grows?|supplies|supply)\b"
        r"|\brun(?:s|ning)? (?:a|an) (?:illegal )?(?:puppy farm|brothel|cannabis farm|sweatshop|chop shop) (?:out of|from|in) (?:his|her|their|the)\b",
    ),
    (
        "abuse of children",
        r"\b(?:messag(?:es|ing|ed)|dms?|dming|dmed|snapchats?|snapchatting|texts|texting|texted)"
        r" (?:the )?(?:year \d+|year (?:seven|eight|nine|ten|eleven)|underage|young|teenage|school|14 year old|15 year old) (?:girls|boys|kids|pupils|students)\b",
    ),
    (
        "dishonest or unsafe trading",
        r"\bsell(?:s|ing)? (?:it|them|\w+ (?:\w+ )?\w+) (?:off )?as (?:fresh|new|brand new|local|organic|genuine|real|free range|halal|homemade)\b"
        r"|\bpass(?:es|ing|ed)? off (?:\w+ ){1,4}as (?:\w+ )?(?:fresh|new|local|organic|genuine|real|free range|homemade|their own)\b",
    ),
    (
        "dishonesty or a cover-up",
        r"\bmake up (?:offences|evidence|tickets|fines|charges|complaints|figures|statistics)\b|\bmade up (?:offences|evidence|tickets|fines|charges|complaints) (?:against|on|for)\b",
    ),
    (
        "dishonest or unsafe trading",
        r"\bskip(?:s|ped|ping) (?:the )?(?:\w+ )?(?:inspections?|safety checks?|fire checks?|gas checks?|building control)\b",
    ),
    # What residents say of local businesses (libel 24): clocked cars, MOTs for cash, work
    # billed that was never done, waste dumped, insurance fires, deposits taken for what will
    # never be built, care-home and nursery abuse, unsafe practice, threats sent round.
    (
        "dishonest or unsafe trading",
        # Not "she clocked the mileage on the way home": saw it.
        r"\bclock(?:ed|s|ing) (?:the )?(?:mileage|miles|speedos?) (?:back|down)\b|\bclock(?:s|ing)? cars\b|\bclocked (?:cars|motors|vans|mileage)\b|\bchop shop\b"
        r"|\bmots? (?:certificates? )?(?:\w+ ){0,4}without (?:even )?(?:looking at|checking|testing|seeing|inspecting)\b"
        r"|\bpass (?:anything|any car|any old banger) (?:\w+ ){0,3}(?:if you|for (?:an? )?(?:extra |few )?(?:£|\d|cash|tenner|score|bung))"
        r"|\breus(?:e|es|ed|ing) (?:\w+ ){0,2}(?:instruments|needles|syringes|equipment|tools|gloves) without (?:steril|clean)\w*"
        r"|\b(?:fake|forged|bogus|dodgy) (?:gas |fire |electrical |building |gas safe )?(?:safety )?certificates?\b"
        r"|\b(?:buried|burying|bury|buries) (?:the |some |loads of )?asbestos\b"
        r"|\b(?:part worns?|part worn tyres|second hand parts|used parts|reconditioned parts) (?:\w+ ){0,6}charg(?:ed|es|ing) (?:\w+ ){0,2}for (?:brand )?new\b",
    ),
    (
        "fraud",
        r"\b(?:bill(?:s|ed|ing)?|charg(?:es|ed|ing)|claim(?:s|ed|ing)?) (?:the nhs|the council|insurers?|the insurance|patients|customers|the taxpayer) for (?:\w+ ){1,4}"
        r"(?:they|he|she) never (?:do|does|did|done|provide|provided|perform|performed|carry out|carried out|fit|fitted|deliver|delivered|had|have)\b"
        r"|\b(?:torched|burned|burnt|set fire to|smashed up|wrecked|crashed|trashed) (?:(?!waiting|wait)\w+ ){0,5}for the insurance\b"
        r"|\bclaimed it was (?:a |an )?(?:break ?in|burglary|theft|stolen|an accident|accident|vandals) (?:\w+ ){0,3}for the insurance\b"
        r"|\b(?:tak(?:es|ing|en)|took) (?:\w+ )?deposits (?:\w+ ){0,5}(?:that|which) (?:will|would) never (?:be )?(?:built|finished|delivered|happen|exist)\b"
        r"|\b(?:never|doesn t|didn t|does not|did not) protects? (?:the |their |my |our |your )?deposits?\b"
        r"|\bdeposits? (?:\w+ ){0,3}(?:and )?(?:never|doesn t|didn t) protects? (?:them|it)\b",
    ),
    (
        "a crime or an investigation",
        r"\bdump(?:ed|s|ing) (?:a load of |loads of |their |his |her |all their )?(?:\w+ ){0,2}(?:rubble|waste|rubbish|tyres|asbestos|mattresses|junk|soil|bricks|plasterboard)"
        r" (?:in|on|behind|down|at|by|over|into) (?:the |a )?\b"
        # "dealing out of the food bag" on a delivery moped, "from his taxi".
        r"|\bdealing (?:out of|from) (?:the|his|her|their) (?:\w+ ){0,2}(?:office|shop|van|car|back room|flat|house|kitchen"
        r"|bag|bags|taxi|cab|boot|moped|bike)\b"
        r"|\b(?:sell(?:s|ing)?|sold|serv(?:es|ed|ing)) (?:\w+ ){0,3}(?:lager|cider|cans|spirits|single cigs|cigs|alcohol|vapes|booze) (?:\w+ ){0,3}to (?:primary |secondary )?(?:under ?age |school ?)?(?:kids|children|minors|pupils|year (?:[5-9]|1[01])s?)\b",
    ),
    (
        "abuse of children",
        r"\b(?:shut|shutting|shuts|lock|locking|locked|locks) (?:the )?(?:kids|children|pupils|toddlers|babies|little ones) (?:in|into) (?:a|the) (?:\w+ )?(?:cupboard|room|cellar|shed|cage|toilet|store ?room)\b",
    ),
    (
        "violence",
        r"\b(?:hit|hits|hitting|slap\w*|punch\w*|taunt\w*|abus(?:e|es|ed|ing)|manhandl\w*|shov\w*|kick\w*|pinch(?:es|ed|ing)) (?:the )?(?:elderly |old |vulnerable |dementia |frail )?(?:residents|patients|old folk|old people)\b(?! with\b)"
        r"|\bleaves? (?:the )?(?:residents|patients|old folk|old people|them) (?:lying )?in (?:soiled|dirty|wet|filthy) (?:sheets|beds|pads|nappies|clothes)\b"
        r"|\b(?:sedat\w+|drugg\w+|gave (?:\w+ ){0,2}sedatives) (?:\w+ ){0,3}to keep (?:her|him|them) quiet\b|\bchemical cosh\b"
        # "Castlegate Care Home sedates residents so they're less work".
        r"|\bsedat(?:es|ed|ing) (?:the )?(?:residents|patients|old folk|old people)\b",
    ),
    (
        "threats",
        r"\bsent (?:his|her|their|some) (?:lads|boys|heavies|mates|goons|thugs|men|sons) (?:round |over )?to (?:threaten|intimidate|scare|sort out|beat|warn off)\b",
    ),
    (
        "dishonesty or a cover-up",
        r"\bhid(?:e|es|ing)? (?:them|the kids|the children|the residents|the paperwork|the records|the staff|the workers) (?:\w+ ){0,4}when (?:ofsted|the inspectors?|cqc|the council|trading standards|environmental health|the police)"
        r" (?:come|comes|came|visit|visits|visited|is due|are due|turn up|turned up)\b"
        r"|\bfak(?:e|es|ed|ing) (?:the |their |his |her )?(?:staffing |staff )?(?:rotas?|logs?|records|care plans?|food safety records|temperature logs?)\b",
    ),
    (
        "vote rigging",
        r"\b(?:changed|altered|fiddled|doctored|falsified|switched) the (?:vote count|votes|count|tally|ballot papers|ballots"
        r"|results? of the (?:vote|ballot|election|consultation|survey|poll))\b",
    ),
    (
        "dishonesty or a cover-up",
        r"\b(?:leaned on|pressured|pressurised|bullied|threatened|leant on) (?:\w+ ){0,3}(?:into|to) (?:withdraw|drop|chang|retract)\w* (?:her|his|their|the|a) (?:\w+ )?(?:statement|complaint|evidence|allegation|claim|grievance)\b"
        r"|\b(?:destroy|destroyed|shred|shredded|delete|deleted|bin|binned|wipe|wiped) (?:the |all the |his |her )?(?:\w+ ){0,2}(?:advice|records?|documents?|emails?|files?|evidence|minutes|reports?)"
        r" (?:\w+ ){0,6}so (?:that )?(?:it|they|nobody|no one|the \w+) (?:could|would|can|will|couldn t|wouldn t) (?:never |not )?(?:be )?(?:disclosed|found|seen|published|released|read|checked)\b",
    ),
    (
        "fraud",
        r"\b(?:wrote|gave|awarded|voted|paid) (?:himself|herself|themselves) a (?:\w+ )?(?:pay rise|payrise|rise|bonus|raise)\b"
        r"(?= (?:\w+ ){0,6}(?:and (?:then )?(?:told|said|claimed|pretended|hid|covered)|without (?:telling|asking|approval|permission|anyone)|behind))",
    ),
    (
        "bribery or corruption",
        r"\bhow much did (?:\w+ ){1,3}pay (?:you |him |her |them )?for (?:that|your|his|her|their|the) (?:\w+ )?(?:vote|votes|support|silence|decision)\b"
        r"|\bhow much (?:are|is|were|was) (?:\w+ ){1,3}paying (?:you |him |her |them )?for (?:that|your|his|her|their|the) (?:\w+ )?(?:vote|votes|support|silence|decision)\b",
    ),
    (
        "dishonest or unsafe trading",
        # Food sold past its date, goods passed off as what they are not, corners cut on
        # what can kill: "relabels out-of-date meat", "passes off shop-bought cakes as
        # homemade", "cut corners on asbestos removal".
        r"\brelabel\w* (?:the )?(?:\w+ )?(?:out of date|expired|old stock)\b"
        # "sells out of date meat with new labels stuck on".
        r"|\b(?:out of date|expired|old) (?:\w+ ){0,2}with (?:new|fresh|fake) (?:labels|dates|date labels|stickers)\b"
        r"|\b(?:sells?|selling|sold|serves?|serving|served) (?:\w+ ){0,2}(?:out of date|expired|rotten) (?:meat|food|chicken|fish|stock|produce)\b"
        r"|\bpass(?:es|ed|ing)? off (?:\w+ ){1,4}as (?:homemade|home made|home baked|their own|his own|her own|brand new|new|genuine|original|organic|local|fresh|real|designer)\b"
        r"|\bcut(?:s|ting)? corners on (?:\w+ ){0,2}(?:asbestos|gas|wiring|electrics|fire safety|safety|scaffolding|cladding)\b",
    ),
    (
        "a crime or an investigation",
        # "in with the county lines lot": drug running; "dump it in the woods": fly-tipping.
        r"\b(?:is|s|are|re|was|were|been|be) (?:\w+ )?(?:in with|part of|involved in|involved with|running|mixed up in|mixed up with) (?:the |a )?county lines\b"
        r"|\b(?:dump|dumps|dumped|dumping|tip|tips|tipped|tipping|fly tips|fly tipped|fly tipping) (?:it|them|the waste|the rubbish|asbestos|waste|rubbish|rubble|builders waste|their waste|their rubbish)"
        r" (?:\w+ ){0,2}(?:in|on|into) (?:the )?(?:woods|lanes?|fields?|verges?|layby|lay by|river|canal|countryside|brook|stream)\b"
        r"|\b(?:dump|dumps|dumped|dumping|tip|tips|tipped|tipping|fly tipped|fly tipping) (?:skip loads|skips|lorry loads|van loads|loads of \w+)"
        r"|\b(?:dumped|dumping|dumps|fly tipped|tipped) (?:that|a|an|the|those|his|her|their) (?:old )?(?:mattress|mattresses|sofa|settee|fridge|freezer|tyres)\b"
        # "using illegal workers and not paying them", "sending those anonymous letters",
        # "held my furniture hostage".
        r"|\b(?:using|uses|used|employing|employs|employed|hiring|hires|hired) (?:\w+ )?(?:illegal workers|illegals|illegal immigrants)\b"
        r"|\b(?:sending|sent|sends|writing|wrote|posting|posted) (?:those |the |all those |these )?(?:vile |nasty |abusive |threatening )?(?:anonymous|poison pen) (?:letters|notes|messages|cards)\b"
        r"|\bheld (?:my|our|her|his|their|the) (?:\w+ )?(?:furniture|belongings|stuff|things|car|van|dog|goods|deposit) (?:to )?hostage\b",
    ),
    (
        "bribery or corruption",
        r"\bpaid off (?:the |a |an )?(?:\w+ ){0,3}(?:assessors?|surveyors?|inspectors?|examiners?|refs?|referees?|magistrates?|valuers?|auditors?|planning officers?)\b(?! s\b)",
    ),
    (
        "fraud",
        r"\b(?:expenses|expense claims|accounts|books|figures|dealings) (?:are|were|look|looked|seem|seemed|is|was) (?:a bit |very |well |pretty )?(?:dodgy|fishy|cooked|fiddled|bent|crooked)\b",
    ),
    (
        "dishonesty or a cover-up",
        # "is Cllr Cole himself using a fake name" (not "a sockpuppet", which on a wiki is a
        # second account, held against policy rather than the law).
        r"\b(?:using|uses|used|under|posting under|posts under|posting as|posts as) (?:a )?(?:fake|false|made up|different) (?:names?|accounts?|profiles?|identit(?:y|ies))\b",
    ),
    (
        "dishonest or unsafe trading",
        # How a trade cheats the customer or endangers them: "waters the beer", "short
        # measures", "clocked the Astra he sold me", "fitted a second hand one", "takes the
        # smoke alarms down", "spat in my food".
        r"\bwater(?:s|ed|ing)? (?:down )?(?:the|their|his|her) (?:beer|drinks|spirits|vodka|booze|wine|whisky|gin|lager|cider|ale|bitter|pints)\b|\bshort measur\w*"
        # "Greenleaf Landscaping are cowboys": said of a firm, how it trades.
        r"|\b(?:are|were|re) (?:absolute |total |proper |right |complete )?cowboys\b"
        r"|\bclock(?:s|ed|ing) (?:the|my|a|that|her|his) (?:\w+ )?(?:\w+ )(?:he|she|they) (?:sold|sells|flogged|flogs)\b"
        r"|\bcharg(?:ed|es|ing) (?:me|us|her|him|them|my \w+) for (?:a )?(?:new|brand new) (?:\w+ ){0,3}(?:and|but|then) (?:fitted|used|put in|installed|gave)"
        r" (?:\w+ )?(?:a |an )?(?:second hand|used|old|reconditioned|refurbished|cheap)\b"
        r"|\b(?:takes?|took|taking|ripp(?:ed|ing)|rips?|removes?|removed|removing|disconnect\w*) (?:the |all the )?(?:smoke|fire|co|carbon monoxide) alarms?(?: (?:down|out|off))?\b"
        r"|\bspat in (?:my|our|the|people s|customers|his|her|their) (?:\w+ )?(?:food|drink|meal|pint|coffee|burger|sandwich|dinner)\b"
        r"|\bserv(?:es|ed|ing) (?:up )?leftover\w*|\bsedat(?:es|ed|ing) (?:the )?(?:horses|ponies|dogs|animals)\b"
        r"|\bsold (?:\w+ ){0,3}(?:a |an )?(?:car|van|motor|bike) with (?:dodgy|faulty|no|bald|dangerous|knackered) (?:brakes|tyres|steering)\b"
        r"|\bdodg(?:ing|es|ed) (?:the )?(?:vat|tax|taxes|business rates|council tax|national insurance)\b"
        r"|\b(?:don t|doesn t|dont|doesnt|never|not|won t|wont) pay(?:ing)? (?:\w+ ){0,2}(?:the )?minimum wage\b"
        r"|\b(?:rents?|renting|lets?|letting) (?:out )?(?:\w+ ){0,2}(?:flats?|houses?|rooms?|homes?|bedsits?) (?:(?:on|in) (?:\w+ ){0,3})?with no (?:smoke alarms?|fire alarms?|fire doors?|heating|gas certificate)\b",
    ),
    (
        "theft",
        # Money short, property sold off: "the account was £14k short when he stepped
        # down", "selling old headstones for scrap".
        r"\b(?:account|accounts|books|till|float|fund|funds|kitty|takings|petty cash) (?:was|were|came up|come up|is|are|ended up) (?:\w+ )?short\b"
        r"|\bsell(?:s|ing)? (?:\w+ ){0,2}(?:headstones|gravestones|church lead|the lead|memorials|plaques|benches) (?:for scrap|on ebay)\b",
    ),
    (
        "fraud",
        # Deposits taken and the trader gone; benefits claimed while working.
        r"\b(?:took|takes|taking|take) (?:\w+ ){0,2}deposits? (?:\w+ ){0,8}(?:and|then) (?:vanished|disappeared|did a runner|went bust|never came back)\b"
        r"|\bclaims? (?:\w+ )?(?:disability|sickness|pip|dla|esa|universal credit|benefits?)(?: \w+)? (?:and|but|yet|while) (?:\w+ ){0,3}(?:works?|teaches|runs|does|plays|goes|drives)\b",
    ),
    (
        "drunkenness or drugs",
        rf"\b(?:is|s|been|are|re|was|were) dealing (?:out of|from|out|off) (?:his|her|their|the) (?:\w+ ){{0,2}}(?:front door|back door|house|flat|car|van|garage|shop)\b"
        rf"|\b(?:still )?(?:deals|dealt) (?:out of|from) (?:his|her|their) (?:\w+ ){{0,2}}(?:front door|back door|house|flat)\b"
        rf"|\b(?:is|s|been|are|re|was|were) dealing (?:out of|from) (?:his|her|their) (?:front room|back room|bedroom|garden|shed|garage|kitchen)\b"
        rf"|\b(?:buying|buys|bought|scoring|scored) {DRUG} ?(?:off|from)\b",
    ),
    (
        "a crime or an investigation",
        r"\bkey(?:ed|s|ing) (?:\w+ ){0,2}(?:cars?|vans?|motors?)\b|\bmodern (?:day )?slavery\b|\bslave labour\b"
        r"|\b(?:doing|nicking|stealing|nicked|stole|taking|took|cutting off|cut off) (?:the |all the |people s )?(?:cat(?:alytic)? converters|cats off)\b"
        r"|\b(?:robbin|robbing|nicking|nickin|stealing|taking|takin) (?:\w+ )?parcels\b"
        r"|\bspik(?:ing|ed|es) (?:\w+ ){0,3}drinks?\b"
        r"|\bwhat (?:the )?(?:police|cops|old bill) found on (?:your|his|her|their) (?:laptop|computer|phone|pc|hard drive)\b",
    ),
    (
        "bribery or corruption",
        r"\bpull(?:ed|s|ing)? (?:some )?strings to (?:get|have|make) (?:\w+ ){0,3}(?:off|cleared|dropped|quashed|disappear|go away)\b"
        # "... wonder what he got for this one"; an extension built "for nothing" by the
        # contractor who wins; a crate of whisky "for his trouble".
        r"|\bwonder(?:ing)? what (?:he|she|they|you) got (?:for|out of) (?:this|that|it)(?: one)?\b"
        r"|\b(?:built|did|done|laid|fitted|paved|tarmacked|resurfaced|put up) (?:\w+ s|his|her|their|your) (?:new )?(?:drive|driveway|patio|roof|kitchen|extension|garden|path|fence|windows|conservatory) (?:\w+ ){0,3}(?:for nowt|for nothing|for free|free of charge|on the house)\b"
        r"|\bgot (?:a|some) (?:crate|case|bottle|box) of (?:\w+ )?(?:whisky|whiskey|wine|champagne|booze|beer|scotch|gin|brandy) (?:for (?:his|her|their) trouble|for it|for that|out of it)\b"
        r"|\b(?:rips?|ripped|ripping|tears?|tore|bins?|binned|cancels?|cancelled) (?:up )?(?:the |their )?(?:parking )?tickets? for (?:his|her|their) (?:mates|friends|pals|family|cronies)\b"
        # A "consultancy fee" from those the vote was about; nobody else asked to quote; drink
        # served after hours "so they leave him alone".
        r"|\b(?:took|taken|takes|accepted|pocketed|got) (?:a |an )?(?:(?:£ ?)?\d\S* |\d+ ?k )?(?:consultancy|consulting|advisory|finder s|introduction|speaking) fees? from\b"
        r"|\bnobody else (?:even )?(?:got|was|were) (?:asked|invited|allowed) to (?:quote|bid|tender|apply)\b"
        r"|\bso (?:they|the (?:coppers|police|polis|cops|inspectors?|council|licensing)) (?:leave|leaves|left|turn|turns|turned) (?:him|her|them|it) (?:alone|a blind eye)\b"
        # "Pay Graham in building control a wee 'drink' and your extension sails through".
        r"|\bpay (?:\w+ ){1,4}a (?:wee |little |small )?(?:drink|backhander|bung|sweetener|tip|something) and (?:your|the) (?:\w+ ){0,2}(?:sails|goes|gets|get|flies|slides) (?:through|passed|approved)\b",
    ),
    (
        "an undeclared interest",
        # "accepted a free week in Marbella from the developer and not declared it".
        r"\b(?:and|but) (?:not|never|didn t|did not|failed to) (?:declare|declared|declaring) (?:it|them|this|that)\b"
        r"|\bwithout declaring (?:it|them|this|that)\b"
        # A fund's money to "a youth charity registered at her own sister's address".
        r"|\b(?:charity|company|firm|business|group|fund)\b(?: \w+){0,4} registered (?:at|to) (?:his|her|their|your) (?:own )?(?:\w+ s )?(?:address|house|home|flat)\b",
    ),
    (
        "abuse of children",
        r"\b(?:been|was|is|being) inappropriate with (?:the )?(?:\w+ ){0,2}(?:girls|boys|kids|children|pupils|students|players)\b"
        r"|\bkeep (?:your|the|all) (?:kids|children|daughters?|sons?|little ones|grandkids) (?:well )?away from (?:him|her|that man|that woman|that bloke)\b"
        r"|\bkeep (?:your|the|all) (?:kids|children|daughters?|sons?|little ones|grandkids) (?:well )?away$"
        r"|\b(?:shouldn t|should not|shouldnt) be (?:allowed |let )?(?:anywhere )?near (?:the )?(?:\w+ )?(?:kids|children|boys|girls|pupils|altar boys|choir|scouts|cubs|toddlers|babies|little ones)\b"
        # "Gary from the youth club shouldn't be left alone with kids".
        r"|\b(?:shouldn t|should not|shouldnt|wouldn t|would not|wouldnt) (?:be )?(?:left|leave (?:him|her|them)) alone with (?:the |your |my |any )?(?:\w+ )?(?:kids|children|boys|girls|pupils|little ones)\b"
        # "messages them on Snapchat at midnight".
        r"|\bmessag(?:es|ed|ing) (?:them|her|him|the (?:teenage )?(?:girls|boys|kids|lads|players)|kids|pupils|young girls|lads) on (?:snapchat|instagram|insta|whatsapp|facebook|tiktok|messenger) (?:at|after|late at) (?:midnight|night|\d+ ?(?:am|pm)?)\b"
        # A dinner lady "slapping kids", a rumour about a teacher "and the Year 11 lad".
        r"|\b(?:slapping|slapped|slaps|smacking|smacked|smacks|shoving|shoved|pinching|pinched) (?:the )?(?:kids|children|pupils|toddlers|babies|little ones)\b"
        r"|\b(?:what i heard|what i ve heard|the rumours?|the stories) about (?:\w+ ){1,3}and (?:the|a|that) (?:year \d+|young|teenage|\d+ year old|schoolgirl|schoolboy) (?:lad|boy|girl|pupil|student|kid)\b"
        r"|\b(?:very |so |quite )?(?:mature|grown up|developed) for (?:1[0-7]|her age|his age|a 1[0-7] year old)\b"
        # "sent my 14 year old messages no grown man should send a kid"; the girls' knees
        # touched in driving lessons.
        r"|\b(?:messages|texts|pictures|photos|pics|things) no (?:grown |adult )?(?:man|adult|woman|teacher|coach) should (?:send|be sending|say) (?:to )?(?:a |any )?(?:kid|child|girl|boy|teenager|14 year old|15 year old)\b"
        r"|\btouch(?:es|ed|ing)? (?:the |my |his |her |young )?(?:\w+ )?(?:girls|boys|kids|pupils|students|learners)(?: s)? (?:knees?|legs?|thighs?|bums?|backsides?|chests?|hair)\b"
        # "served my 15 year old son four pints".
        r"|\b(?:serv(?:ed|es|ing)|sold|sells|selling|gave|gives) (?:my|his|her|our|a|the) (?:1[0-7]|\w+) ?(?:year|yr) ?old (?:\w+ ){0,3}(?:pints?|drinks?|alcohol|booze|vodka|cider|beer|shots)\b",
    ),
    (
        "sexual misconduct",
        # "had his hands all over my daughter", "kept putting his hand on my 17 year old's leg".
        r"\b(?:had|has|put|puts|putting|got|gets|getting) (?:his|her|your) hands? (?:all over|up|down|on) (?:my|his|her|our|their|the|a|young) (?:\w+ ){0,4}"
        r"(?:daughter|son|lad|girl|boy|kid|niece|nephew|wife|missus|sister|friend|mate|pal|colleague|workmate|intern|leg|legs|thigh|knee|bum|backside|skirt|top|chest|breasts?)\b"
        # 'Councillor "Handsy" Cole strikes again'.
        r"|\bhandsy\b"
        # "I've had Cllr Patel's hand up my skirt".
        # Matched from the possessive "s", so that "I've had" before it is not read as the
        # writer's own act.
        r"|\bs hands? (?:up|down|all over) (?:my|her|our) (?:\w+ )?(?:skirt|top|dress|knickers|leg|legs|thighs?|bum|backside|chest|breasts?)\b"
        # "asking what she was wearing" of a girl on work experience.
        r"|\basking (?:her |him )?what (?:she|he) was wearing\b"
        # "tried it on with my daughter"; "has been messaging a 16 year old girl".
        r"|\btried it on with (?:my|his|her|our|their|a) (?:\w+ ){0,2}(?:daughter|son|niece|nephew|granddaughter|grandson|kid|pupil|patient|passenger)\b"
        r"|\b(?:messag|text|sext|snapchatt|dm|whatsapp)(?:ing|ed|s)? (?:a |an |this |that )?(?:1[0-7]|under ?age) ?(?:year|yr)s? ?old(?: (?:girl|boy|lad|kid|child|pupil|schoolgirl|schoolboy))?\b"
        # "He's had his hands where they shouldnae be".
        r"|\b(?:had|has|put|puts|keeps) (?:his|her) hands where (?:they|it) (?:shouldn t|should not) be\b",
    ),
    (
        "violence",
        # "a man whose ex had to go into a refuge to get away from him".
        r"\b(?:had to |has to |have to )?(?:go|went|gone|flee|fled|run|ran|move|moved) (?:into|to|in) a (?:women s )?refuge to get away from (?:him|her)\b"
        r"|\bglass(?:ed|ing) (?:a|that|this|some|the|my|his|her|our) (?:\w+ )?(?:lad|man|bloke|guy|fella|woman|girl|lass|kid|boy|someone)\b"
        # "put his hands round a Year 8 lad's throat".
        r"|\b(?:put|puts|putting|had|got) (?:his|her) hands? (?:round|around) (?:a|the|my|his|her|our|their) (?:\w+ ){0,4}(?:throat|neck)\b"
        # "screams at his wife and I've seen the bruises on her arms".
        r"|\b(?:seen|saw|see|noticed) the bruises on (?:her|his|their) (?:arms|face|neck|legs|wrists|back)\b"
        # "threw a stapler at a lad on work experience".
        r"|\bthrew (?:a|the|her|his) (?:\w+ )?(?:stapler|mug|cup|chair|phone|bottle|glass|plate|brick|ashtray|pint|laptop|file) at (?:a|the|me|him|her|them|us|my|his|one of)\b",
    ),
    (
        "discrimination",
        # "called my son a racist name".
        r"\bcall(?:ed|s|ing)? (?:my|his|her|our|their|the|a|that|him|her|me|us|them) (?:\w+ ){0,2}(?:a )?(?:racist|racial|homophobic) (?:name|names|slur|slurs|word)\b",
    ),
    (
        "fraud",
        # Single person discount claimed with a partner at home: council tax fraud.
        r"\bsingle person(?: s)? discount (?:\w+ ){0,6}(?:with|while|whilst) (?:her|his|their|your) (?:fella|partner|boyfriend|girlfriend|husband|wife|bloke|missus) (?:\w+ )?(?:living|lives|staying|stays|moved in)\b"
        r"|\b(?:lives|living|stays|staying) (?:at|with) (?:her|his|their) (?:fella|partner|boyfriend|girlfriend|husband|wife|bloke|missus)(?: s)? (?:\w+ ){0,6}(?:and |but |while |whilst )?claim(?:s|ed|ing)? (?:the )?single person\b"
        # "signed off from her hospital job for 6 months on full sick pay and she's at every
        # fete".
        r"|\bsigned off (?:sick |work |from (?:her|his|their|your) (?:\w+ )?(?:job|work) )(?:\w+ ){0,8}(?:and|but|yet|while|whilst) (?:she|he|they|you)"
        r"(?: s| is| was| are| re| were)? (?:at (?:every|the|all)|down the|out (?:every|on)|working|doing|playing|on (?:holiday|hols))\b"
        # "got a blue badge by saying her husband was disabled".
        r"|\bgot (?:a|her|his|their|your) (?:blue badge|council (?:house|flat)|grant|pip|disability (?:benefits?|payments?)) (?:by|through) (?:lying|saying|claiming|pretending|making out|faking)\b"
        # A fire "was an insurance job".
        r"|\b(?:an|a proper|an obvious|was|were|is|another) insurance jobs?\b"
        # "Took £3,400 off my mum for a job they never did".
        r"|\b(?:took|taken|takes|charged|charges|had) (?:\S+ ){0,5}(?:for|on) (?:a |the )?(?:job|jobs|work|repairs?|roof|extension|(?:\w+ )?parts?) (?:they|he|she) never (?:did|done|finished|started|turned up for|fitted|installed|supplied|ordered)\b"
        # "how many of his one owner cars have been clocked".
        r"|\bcars? (?:have|has|had) been clocked\b"
        # "still claiming carer's allowance for her mum who's been in a home two years".
        r"|\bclaim(?:s|ed|ing)? (?:\w+ ){0,2}(?:allowance|benefits?|pip|esa) for (?:her|his|their) (?:\w+ ){0,2}who(?: s| has| had)? (?:been )?(?:in a (?:care )?home|dead|died|passed|moved)\b"
        # "he fleeced my gran for £4k".
        r"|\bfleec(?:ed|es|ing) (?:my|his|her|our|their|me|him|them|us|old|elderly|vulnerable|pensioners"
        r"|customers|residents|tenants|clients)\b"
        # Benefits claimed while fit; rent claimed for a spare bedroom; a house signed over.
        r"|\bclaim(?:s|ing|ed)? (?:disability|pip|esa|dla|sickness benefits?)(?: \w+){0,3} (?:and|but|while|whilst) (?:she s|he s|they re|she is|he is|they are) (?:out )?(?:running|working|doing|playing|lifting|at the gym)\b"
        r"|\bclaims? (?:rent|expenses|mileage|an allowance) for (?:a |an |the )?(?:\w+ ){0,3}(?:that s|that is|which is) (?:actually|really|just) (?:his|her|their)\b"
        r"|\b(?:had|got|made) (?:the |an |that |her |his )?(?:old|elderly|vulnerable|poor) (?:\w+ ){0,3}sign (?:his|her|their) (?:\w+ )?(?:house|bungalow|home|flat|money|savings|will|car) over to\b"
        # "got her kid into St Cuthbert's using her mum's address", a made-up CV.
        r"|\bus(?:ing|ed|es) (?:her|his|their|your) (?:mum s|mother s|nan s|gran s|dad s|father s|parents|sister s|brother s|aunt s|auntie s) address\b"
        r"|\bclaim(?:s|ing|ed)? (?:benefits?|universal credit|uc|pip|esa|housing benefit|the dole|dole) under (?:\w+ )?(?:different|false|fake|other|two|three) (?:\w+ )?names\b"
        r"|\bmade up (?:her|his|their) (?:cv|qualifications|references|degree|experience)\b|\b(?:lied|lying|lies) (?:on|about) (?:her|his|their) (?:cv|qualifications|references)\b"
        # "on the sick for his back for five years and he's hauling fish boxes"; a council flat
        # let on Airbnb; a flood car "swore blind it was clean"; business rates dodged;
        # invoices paid for reports never delivered.
        r"|\bon the sick (?:\w+ ){0,8}(?:and|but|yet|while|whilst) (?:(?:he|she|they|you)(?: s| is| are| re| was)? )?(?:\w+ ){0,2}(?:hauling|lifting|carrying|working|laying|labouring|humping|climbing|digging|roofing|playing)\b"
        r"|\b(?:airbnb(?: ?ing| s| ed)?|sub ?lett?(?:ing|s)?|renting out|rents out|rented out|letting out|lets out) (?:out )?(?:her|his|their|your) council (?:flat|house|home|property)\b"
        r"|\bswore blind (?:it|they|the \w+) (?:was|were|had) (?:clean|fine|sound|safe|genuine|never)\b"
        r"|\bsold (?:me|us|him|her|them|my \w+|our \w+) (?:a|an) (?:flood|flood damaged|cut and shut|clocked|stolen|written off|write off|ringer) (?:car|van|motor|bike)\b"
        r"|\bnot pay(?:ing)? (?:a penny|a single penny|a bean|a thing|anything) (?:in |of )?(?:business )?(?:rates|tax|council tax|vat)\b"
        r"|\b(?:invoices?|bills?) paid,? (?:and )?(?:no|nothing|never) (?:\w+ ){0,3}(?:delivered|done|received|produced|written|seen)\b"
        # Housing benefit taken for tenants who moved out; a tax-free cash business.
        r"|\b(?:taking|claiming|claims|claimed|takes|took|pocketing|pockets) (?:the )?(?:housing benefit|rent|benefits?|money|payments?|grants?) for (?:\w+ ){0,2}(?:tenants|people|residents|kids|pupils|patients|rooms) (?:that|who|which) (?:moved out|left|died|don t exist|never existed)\b"
        r"|\bcash (?:only|in hand)\b.{0,80}\bpays? no tax\b|\bpays? no tax\b.{0,80}\bcash (?:only|in hand)\b"
        # "Was any work actually done Tam? Or did ye just invoice us?"; mileage claimed for a
        # conference "he wisnae there".
        r"|\bwas (?:any|the) work (?:actually|ever|even) done\b|\bdid (?:you|he|she|they) just invoice (?:us|the council|them)\b"
        r"|\bclaim(?:ed|s|ing)? (?:\w+ ){0,2}(?:mileage|expenses|travel) for (?:the |a )?(?:\w+ ){0,3}(?:conference|meeting|trip|event|visit|course)\b(?: \w+){0,6} (?:he|she|they) (?:wasn t|was not|weren t|never went|didn t go)\b",
    ),
    (
        "a crime or an investigation",
        # Animals neglected: "his dogs are kept in a filthy pen on his allotment".
        r"\b(?:dogs?|horses?|ponies|pony|animals|cats?|puppies) (?:are |is |were |was )?(?:kept|left|locked|chained) (?:\w+ ){0,2}in (?:a |an )?"
        r"(?:filthy|tiny|dirty|freezing|cramped|squalid|flooded) (?:\w+ )?(?:pen|pens|cage|cages|kennel|shed|yard|stable|field|crate|garden)\b"
        r"|\b(?:dogs?|horses?|ponies|pony|animals|cats?|puppies) (?:are |is |were |was )?(?:kept|left|locked) in (?:the dark|their own (?:muck|mess|filth|faeces|poo|urine))\b"
        # "kicks that poor Staffy every time it barks".
        r"|\b(?:kicks?|kicked|kicking|beats|beat|beating|batters|battered|starves|starved|starving) (?:that |the |his |her |their |your |my |a )?(?:poor )?(?:little |wee )?(?:dug|dog|dogs|staffy|staffie|puppy|pup|cat|cats|kitten|horse|pony)\b"
        # "smashed up the bus shelter", "locked the doors on my daughter", money washed through a pub.
        r"|\bsmash(?:ed|es|ing)? up (?:the|a|his|her|my|their|our|next door s) (?:\w+ )?(?:bus shelter|car|window|windows|shop|house|phone box|van|front door|flat)\b"
        r"|\block(?:ed|s)? the doors? on (?:my|his|her|a|the|our) (?:\w+ ){0,2}(?:daughter|son|girl|wife|sister|mum|friend|kid|passenger|customer)\b"
        r"|\bwouldn t let (?:her|me|him|them|us) (?:out|leave|go) (?:till|until)\b"
        r"|\bwash(?:ing|es|ed)? (?:\w+ )?money through\b|\b(?:been|is|s|are|re|was|were) washing (?:\w+ )?(?:money|cash)\b"
        # Animals starved, chained or kept out without water, dragged by the neck, bred to
        # fight; badgers dug out and baited.
        r"|\b(?:lets?|letting|left) (?:them|it|(?:the|his|her|their|your) (?:\w+ )?(?:dogs?|cats?|animals|horses?|ponies|cattle|cows|sheep|livestock|stock|pigs)) (?:\w+ ){0,2}starve\b"
        r"|\b(?:chained (?:up )?|(?:keeps?|kept|leaves?|left) (?:the |his |her |their )?(?:dogs?|horses?|ponies|animals|cats?|puppies)"
        r" (?:out )?(?:in the (?:freezing )?cold|outside|out) )(?:\w+ ){0,3}with no (?:water|food|shelter)\b"
        r"|\bdrag(?:ged|s|ging)? (?:them|it|the poor thing|(?:a|the|his|her|my|that) (?:\w+ )?(?:spaniel|dogs?|puppy|pup|lab|labrador"
        r"|terrier|staffy|staffie|collie|whippet|greyhound)) by the (?:lead|collar|neck|scruff)\b"
        r"|\bbreeding (?:them|dogs|pit bulls|xl bullies|bullies|puppies) (?:\w+ ){0,4}(?:and|then) (?:fighting|fights|fight) (?:them|the dogs)\b"
        # A window put in with a brick, a cyclist knocked off and left, a landlord who "lets
        # himself into my flat".
        r"|\b(?:put|smashed|kicked|booted|bricked|put the) (?:\w+ ){0,3}windows? in\b"
        r"|\bknocked (?:\w+ ){1,3}off (?:his|her|their) (?:\w+ )?(?:bike|bicycle|scooter|moped|motorbike)(?: \w+){0,6} (?:and|then) (?:drove|sped|drive|drives) (?:off|away)\b"
        r"|\blets? (?:himself|herself|themselves) in(?:to)? (?:my|our|her|his|the) (?:flat|house|room|home|bedroom) (?:\w+ ){0,3}(?:while|when|without)\b"
        r"|\bdigging (?:out|up) (?:the |a )?badger setts?\b|\bset(?:ting|s)? (?:their|his|her|the) dogs on (?:the )?(?:badgers|foxes|deer|hares)\b"
        # A dog kicked into the road; a nose broken; a hit and run got away with; dealers tipped
        # off.
        r"|\b(?:spaniel|dog|puppy|pup|staffy|staffie|terrier|collie|lab|labrador|whippet|kitten)\b[^.!?]{0,40}\b(?:kicked|kicks|booted|boots) (?:it|him|her) (?:into|across|down|against) the\b"
        r"|\bbroke (?:my|his|her|our|their|a|the|that) (?:\w+ )?(?:son|daughter|lad|boy|girl|husband|wife|mate|friend|brother|sister|dad|mum|kid|partner|pal|nephew|niece|man|bloke|guy|woman|customer|punter)(?: s)? (?:nose|jaw|arm|ribs?|wrist|cheekbone|eye socket)\b"
        r"|\bgot away with (?:that|the|a|his|her|your) (?:\w+ ){0,2}(?:hit and run|assault|fraud|theft|burglary|drink driving|robbery|attack|manslaughter)\b"
        r"|\btips? (?:them|the dealers|the lads|the gang|him|her) off (?:before|when|about|whenever)\b"
        r"|\btip(?:s|ped|ping)? off (?:(?:his|her|their|the) )?(?:\w+ ){0,2}(?:before|ahead of) (?:the |a |every |each )?(?:\w+ )?(?:raids?|inspections?|search|bust|visit)\b"
        # "is defo dealing"; animals kept in their own muck.
        r"|\b(?:is|s|are|re|was|were) (?:defo|deffo|def|definitely|obviously|clearly|openly|100) dealing\b"
        r"|\b(?:keeps?|kept|keeping) (?:\d+ |dozens of |loads of )?(?:dogs|puppies|cats|horses|ponies|animals) (?:\w+ ){0,4}in their own (?:muck|mess|filth|faeces|poo|urine|shit)\b"
        r"|\b(?:runs?|running|ran|is|s|it s) (?:a |an )?(?:illegal )?puppy farm\b|\b(?:grass|weed|skunk) farms? in (?:his|her|their|your|the) (?:loft|attic|house|shed|garage|flat)\b"
        # A fire that "wasn't no accident".
        r"|\b(?:fire|blaze) (?:\w+ ){0,6}(?:wasn t|was not|was no|weren t|wasn t no|was never|were no) (?:an )?accident\b"
        # "selling a lot more than chips out the back door"; catalytic converters fenced;
        # asbestos tipped at night; a car hit and driven off from; copper cable in a van; badgers
        # shot; a car wash that is "a front for weed"; a staffy leathered.
        r"|\bsell(?:s|ing)? (?:a (?:lot|bit) |far |much |way )?more than (?:just )?(?:\w+ ){0,2}(?:chips|99s|ice creams?|kebabs|pizzas?|burgers|coffee|sweets|flowers|cakes|tyres|food|suppers)\b"
        r"|\bwashing (?:a lot |far |way )?more than (?:just )?(?:the )?cars\b"
        r"|\bfenc(?:ing|es|ed) (?:\w+ ){0,2}(?:knocked off|stolen|nicked|hooky)\b"
        r"|\b(?:tipping|dumping|burying|tips|dumps|dumped|tipped|buried) (?:\w+ ){0,2}(?:asbestos|toxic waste|chemicals|clinical waste)\b"
        r"|\b(?:hit|clipped|smashed into|reversed into|pranged|crashed into|bumped) (?:my|our|his|her|a|the) (?:\w+ )?(?:car|van|motor|bike)\b(?: \w+){0,8} (?:and|then) (?:just )?(?:drove|drives|sped|went) (?:off|away)\b"
        r"|\b(?:full of|load of|loaded with|stacked with) (?:\w+ )?(?:copper|lead|cable|catalytic converters|scrap)(?: cable| pipe| wire)? from (?:the |a )?(?:old )?(?:\w+ ){0,2}(?:site|works|church|school|depot|yard|railway|substation)\b"
        r"|\b(?:shoots?|shot|shooting|gasses|gassed|gassing|poisons?|poisoned|poisoning|snares?|snared) (?:the )?(?:badgers|buzzards|owls|red kites|otters|hen harriers|peregrines|birds of prey|swans)\b"
        r"|\b(?:a|just a) front for (?:weed|drugs|dealing|money laundering|laundering|cannabis|coke|a brothel|prostitution)\b"
        r"|\b(?:leathers?|leathered|leathering|thrash(?:es|ed|ing)?|wallop(?:s|ed|ing)?) (?:it|the dog|his dog|her dog|that dog|the kids|his kids|her kids)\b"
        r"|\b(?:keeps?|kept|keeping) (?:them|the (?:dogs|puppies|animals|horses)|(?:his|her|their) (?:dogs?|puppies|animals|horses?)) in (?:a |the )?(?:\w+ )?(?:shed|cage|barn|garage|pen|crate|yard|cellar)s? (?:\w+ ){0,4}(?:with )?no (?:light|water|food|heat|heating|bedding)\b"
        # Stolen cars "rung"; a fire "for the insurance"; loads dumped "to dodge the landfill tax".
        r"|\bring(?:s|ing|ed)? (?:stolen |nicked |hot )?(?:cars|motors|vans|bikes)\b"
        r"|\b(?:was|it was|it s) (?:\w+ ){0,4}for the insurance(?: money)?\b"
        r"|\bto (?:dodge|duck|get out of paying|swerve) (?:the )?(?:landfill tax|tip fees|vat|tax|taxes|business rates|council tax)\b",
    ),
    (
        "an undeclared interest",
        # "Corporate box at the Etihad every home game. Not on the register."
        r"\bnot (?:on|in) (?:the|his|her|their) (?:register|register of interests|declarations?|declaration of interests)\b"
        # "the procurement officer's husband suddenly the supplier", "waved through by her own
        # committee".
        r"|\b(?:husband|wife|partner|son|daughter|brother|sister|cousin|nephew|niece)(?: s)? (?:\w+ ){0,2}suddenly (?:the|a|got the|gets the|won the|wins the) (?:\w+ ){0,3}(?:supplier|contractor|contract|provider|tender)\b"
        r"|\b(?:waved|nodded|pushed|rubber stamped) through by (?:her|his|their) own (?:committee|panel|cabinet|department|board)\b"
        r"|\bsat on the (?:\w+ )?(?:committee|panel|board) and (?:never|didn t|did not) (?:mention|mentioned|declare|declared|say|said)\b"
        # Shares bought in the company a rezoning helped, a vote that quietly exempted his own flats.
        r"|\b(?:then |and )?(?:bought|buys|buying) shares in (?:the )?(?:company|firm|developer|developers)\b"
        r"|\bquietly voted to (?:exempt|approve|back|waive|rezone|scrap)\b",
    ),
    (
        "bribery or corruption",
        # "paid the ecology consultant to say there were no bats", "passes anyone who slips him a ton".
        r"\bpa(?:id|ys|ying) (?:the|a|an|their|his|her) (?:\w+ ){0,2}(?:consultant|surveyor|inspector|officer|expert|assessor|examiner|witness|official) to (?:say|sign|write|ignore|overlook|pass|look the other way)\b"
        r"|\bpass(?:es|ed|ing)? (?:anyone|anybody|people|whoever|everyone) (?:who|that) (?:slips?|slipped|pays?|paid|bungs?|bunged) (?:him|her|them)\b"
        r"|\bslip(?:s|ped|ping)? (?:him|her|them) (?:a ton|a tenner|a score|a bung|a few quid|a monkey|a pony|cash|a drink|\d+ quid|£ ?\d+)\b"
        # "the Pennine Homes money went straight into his back pocket".
        r"|\b(?:went|goes|going|gone|go) (?:straight |right |directly )?in(?:to)? (?:his|her|their|your) (?:own |back )?pockets?\b"
        # "bunging the council inspector to sign them off", "just admit you took the money".
        # Not "bunging it in the oven": a bung to someone who decides.
        r"|\bbunging(?= (?:the |a |an |their |his |her )?(?:\w+ )?(?:inspectors?|officers?|officials?|councillors?"
        r"|planners?|assessors?|examiners?|surveyors?|coppers?|police|refs?|referees?|him|her|them|cash|backhanders?)\b)"
        r"|\b(?:admit|confess|own up) (?:it |that )?(?:you|he|she|they) (?:took|pocketed|had|trousered)"
        r" (?:the|that|a|their|his|her|your) (?:\w+ )?(?:money|cash|bribe|backhander|bung|kickback|envelope)\b",
    ),
    (
        "dishonesty or a cover-up",
        # "The editor made that quote up"; "you knew what was going on ... and said nothing".
        r"\bmade (?:that|the|this|those|these) (?:\w+ )?(?:quotes?|story|stories|figures|statistics|interview) up\b"
        r"|\bmade up (?:that|the|this|those|these) (?:\w+ )?(?:quotes?|interview)\b"
        r"|\bknew (?:what was going on|all about it|about the abuse|what he was doing|what she was doing) (?:\w+ ){0,8}(?:and|but) (?:said|did) nothing\b"
        # "Why did you lie to us?", "his party swept it under the carpet".
        r"|\bwhy (?:did you|would you|do you|have you) lie to (?:us|residents|the public|everyone|people|voters|the meeting)\b"
        r"|\bswept (?:it|this|that|the (?:\w+ )?(?:complaints?|allegations?|report)) under the (?:carpet|rug)\b"
        # "you told the Advertiser you'd never had any contact with Bellingham Homes. You were
        # in their corporate box"; "wrote in her notes that she'd declined a referral when she
        # never did".
        r"|\b(?:told|said|says|claimed|claims) (?:\w+ ){0,3}(?:you d|you|he d|he|she d|she|they d|they) (?:had |have |has )?never (?:had any contact|had contact|met|spoken to|dealt with|been to)\b"
        r"(?=.{0,160}\b(?:you were|he was|she was|they were|then who|so who|i ve got the photos?|here s the photo)\b)"
        r"|\band then (?:told|said to) (?:the )?(?:\w+ ){0,2}(?:you|he|she|they) (?:never had|never did|hadn t|didn t|never signed|never)\b(?! (?:\w+ ){0,3}(?:before|again|since))"
        r"|\bwrote in (?:her|his|my|their|the) (?:notes|records|file|report) that (?:\w+ ){1,6}when (?:she|he|i|they|we) never did\b"
        # "put it on your candidate statement knowing it was false"; minutes rewritten "to hide
        # the vote".
        r"|\bknowing (?:full well )?(?:it|that|they) (?:was|were|is|are) (?:false|untrue|a lie|lies|not true|fake|made up)\b"
        r"|\b(?:rewrote|rewrites|rewriting|rewritten|altered|alters|changed|changes|edited|edits|falsified) the (?:\w+ ){0,2}(?:minutes|records|register) (?:\w+ ){0,6}to (?:hide|cover|bury|remove|make it look)\b"
        # CCTV "lost" for someone; abuse dealt with "rather than call the police"; results bumped.
        r"|\b(?:los(?:ing|t|es)|wip(?:ing|ed|es)|delet(?:ing|ed|es)) the (?:cctv|footage|emails?|minutes|evidence)\b"
        r"|\b(?:rather than|instead of) (?:call(?:ing)?|tell(?:ing)?|report(?:ing)? (?:it |him |her )?to|involv(?:e|ing)) the police\b"
        r"|\bmoved (?:him|her|them) on quietly\b|\bquietly moved (?:him|her|them) on\b"
        r"|\bto bump (?:up )?(?:the|their|our) (?:results|grades|scores|figures|league table)\b",
    ),
    (
        "drunkenness or drugs",
        # "found him passed out with a bag of white powder", "three times over when he crashed".
        # Someone's, not a quantity ("1 gram of MDMA equals ...").
        r"\b(?:a|his|her|their|your|the) (?:bag|bags|wrap|wraps|line|lines|gram|baggie|baggies) of (?:white powder|coke|cocaine|charlie|gear|ket|mdma)\b"
        r"|\b(?:twice|two times|three times|four times|\d times) (?:over|the limit|over the limit) when\b"
        # "you were in no fit state to drive ... and you still got in your car".
        r"|\bin no (?:fit )?state to drive (?:\w+ ){0,14}(?:got|get|gets|getting) (?:in|into|behind) (?:your|his|her|their|the) (?:car|van|wheel|motor|taxi)\b"
        r"|\bin no (?:fit )?state to drive (?:\w+ ){0,14}(?:drove|drives|driving) (?:off|away|home)\b"
        # "drives home from the Legion every night absolutely battered".
        r"|\b(?:drives?|drove|driving) (?:home |back |off )?(?:\w+ ){0,6}(?:absolutely |completely |totally |proper |well |blind |falling down )?(?<!the )(?<!a )"
        r"(?:battered|hammered|plastered|steaming|wasted|bladdered|legless|trollied|sloshed|pissed|drunk|paralytic|rat ?arsed|blotto)\b"
        # "drinks in the Fleece every night then drives home".
        r"|\b(?:drinks|boozes|sups) (?:in|at) (?:the )?(?:\w+ ){1,3}(?:every|most|each) (?:night|day|evening|afternoon|lunchtime)s? (?:and |then |and then )+(?:drives|gets in (?:his|her|the) car)\b"
        # "smelt it on him at 8.30 in the morning".
        r"|\bsmel(?:t|led|ls?) (?:it|drink|booze|alcohol|beer|whisky|vodka|gin) on (?:him|her|his breath|her breath)\b",
    ),
    (
        "abuse of office",
        # "You bullied her out of that job".
        r"\bbull(?:ied|ies|ying|y) (?:him|her|them|me|us) out of\b"
        # Staff screamed at until they cried, a campaign run on council staff and printers,
        # strings pulled for a relative.
        r"|\bscream(?:ed|s|ing)? at (?:the |her |his |their )?(?:\w+ )?(?:staff|officers|workers|employees|team|volunteers) (?:till|until) (?:they|she|he) (?:cried|cry|broke down)\b"
        r"|\bran (?:her|his|their|the) (?:whole |entire )?(?:election )?campaign on council (?:staff|time|money|resources)\b"
        r"|\bprinted on the (?:town hall|council|council s|office) (?:printer|photocopier|printers)\b"
        r"|\b(?:she|he|they|you) pulled (?:the |some )?strings\b"
        # "looks up patients' records and gossips about them".
        r"|\b(?:looks?|looked|looking|snoops?|snooped|snooping|reads?|reading|goes|went|going) (?:up |at |through |into |in )?(?:patients?|people s|customers?|residents?|tenants?|clients?|pupils?|claimants?)(?: s)? (?:medical |private |personal )?(?:records|files|notes|details|data) (?:\w+ ){0,3}(?:and|to) (?:gossip|tell|spread|blab|share|laugh)\w*\b"
        # "had his drive tarmacked by the highways contractor for nowt".
        r"|\bhad (?:his|her|their|your) (?:drive|driveway|patio|roof|kitchen|extension|garden|path|fence|windows) (?:\w+ ){0,2}(?:done|tarmacked|resurfaced|paved|built|fitted|redone|replaced|sorted) (?:\w+ ){0,5}(?:for nowt|for nothing|for free|free of charge|on the council|on the house|on the firm)\b"
        # Planning "lost in the system" unless a poster goes up; council money for party leaflets.
        r"|\b(?:would|will|d) get (?:lost|delayed|binned|refused|rejected|stuck)(?: in the system)? if (?:i|you|we|they|he|she) (?:didn t|don t|did not|do not|wouldn t)\b"
        r"|\busing (?:the )?council(?: s)? (?:\w+ ){0,2}(?:budget|money|funds|printers?|staff|resources|credit card|vans?) (?:to|for) (?:print |pay for |fund |run )?(?:her|his|their) (?:party|election|campaign|own|personal)\b"
        # An enforcement officer who "ignores every complaint about his mate's scrapyard".
        r"|\bignor(?:es|ed|ing) (?:every|all the|all|any) complaints? about (?:his|her|their) (?:mate|mates|friend|pal|brother|cousin|son|family|relative)s?\b",
    ),
    (
        "dishonest or unsafe trading",
        # Clocking, leftovers served again, deposits never protected, vermin, spirits refilled.
        r"\b(?:\d+k? )?miles (?:wound|turned|knocked|taken|rolled) (?:back|off)\b|\bwound back the (?:clock|mileage|miles)\b"
        r"|\breus(?:es|ed|ing) (?:the )?(?:\w+ )?(?:leftover|leftovers|food|rice|chips|salad)s? (?:off|from) (?:customers|people s|other people s|other customers|diners) plates\b"
        r"|\bnever protected (?:a single|any|the|our|my|their|one) deposits?\b"
        r"|\b(?:has|have|had|got) (?:rats|mice|cockroaches|roaches|an infestation)\b(?! (?:in|at|under|round|around) (?:my|our|the) (?:house|home|flat|garden|loft|shed))"
        r"|\b(?:rats|mice|cockroaches) in (?:the|their|his|her) kitchen\b"
        r"|\brefill(?:s|ed|ing)? (?:the )?(?:premium |branded |top shelf )?(?:spirit |vodka |whisky |gin |rum )?bottles with\b"
        # "selling 'designer' perfume, knows full well it's fake".
        r"|\bknows? (?:full|fine|damn|perfectly|very) well (?:it s|its|it is|they re|they are|it was|they were) (?:all )?(?:fake|counterfeit|knock ?offs?|stolen|moody|snide|hooky|nicked)\b"
        # "flogging prescription painkillers out the back door".
        r"|\b(?:flogg\w*|sell(?:s|ing)?|sold|deal(?:s|ing|t)?) (?:\w+ ){0,3}(?:out (?:of )?the back(?: door)?"
        r"|under the counter|without (?:a |any )?prescriptions?)\b"
        # "put new dates on out of date meat", chicken defrosted by the bins, a new part
        # charged for and the old one given back, "Takes the deposit, starts, disappears."
        r"|\b(?:put|puts|putting|stick|sticks|sticking|stuck) new (?:dates|date labels|labels|stickers|use by dates) on (?:the )?(?:\w+ )?(?:out of date|expired|old|off)\b"
        r"|\bdefrost(?:s|ed|ing)? (?:their|the|his|her) (?:\w+ ){0,2}(?:in the (?:back )?yard|outside|on the floor|next to the bins|by the bins)\b"
        r"|\bcharged (?:\w+ ){0,2}for (?:a |the )?new (?:\w+ ){1,2}(?:(?:and |but )?(?:he |she |they |we |i )?)got (?:the|my|our|his|her|their) old (?:one|part|\w+) back\b"
        # "takes fish out of the bin ... puts it back in the fryer", chicken "sat out all day".
        r"|\b(?:takes?|took|taking) (?:\w+ ){0,2}out of the bins? (?:\w+ ){0,4}(?:puts?|putting) (?:it|them) back\b"
        r"|\bserves? (?:\w+ ){0,2}(?:chicken|meat|rice|fish|food|prawns) (?:that s|that has|that had|which has|which had) been (?:sat|left) out\b"
        # An electrician who "signed off my wiring as safe without even coming in".
        r"|\bsigned (?:off )?(?:my|our|the|their|his|her) (?:\w+ ){0,2}(?:as safe|as sound|off) without (?:even )?(?:coming|looking|checking|inspecting|visiting|testing)\b"
        r"|\b(?:takes?|took|taken|taking) (?:the|your|a|my|our|people s|their) deposits? (?:\w+ ){0,3}(?:disappears|disappeared|vanishes|vanished|never (?:came|comes) back|(?:did|does) a runner|never (?:returned|returns|turned up|turns up))\b"
        # Chicken defrosted on the back step, a car clocked, customers ripped off on purpose.
        r"|\bdefrost(?:s|ed|ing)? (?:the|their|his|her) (?:\w+ ){0,2}(?:on the (?:back )?step|in the sun|on the pavement)\b"
        r"|\bclocked (?:my|his|her|our|the|their|people s) (?:car|van|motor)\b"
        r"|\brip(?:ping|s|ped)? (?:people|customers|women|pensioners|old people|us|them|everyone) off (?:on purpose|deliberately)\b"
        r"|\b(?:vanish(?:ed|es)?|disappear(?:ed|s)?) with (?:the |their |people s |our |my )?deposits?\b|\b(?:ran|runs|run) off with (?:the |their |people s |our |my )?deposits?\b"
        # Cobs "made with out-of-date flour", and the labels changed.
        r"|\bmade (?:with|from|out of) out of date\b|\bchang(?:es|ed|ing) the (?:labels|dates|use by dates|best before dates|date labels)\b"
        # "sells horse n calls it beef".
        r"|\bsells? (?:\w+ ){1,2}(?:and )?calls? it (?:\w+ )?(?:beef|lamb|chicken|pork|organic|local|fresh|homemade|home made|british|scottish|welsh|cornish)\b",
    ),
    (
        "theft",
        # "Still keeping the hospice tins for yourself?"
        r"\bkeep(?:s|ing)? (?:the )?(?:\w+ )?(?:tins|collection|collections|donations|money|takings|raffle money) for (?:yourself|himself|herself|themselves)\b"
        # "the new laptops ... all vanished within a month of him starting"; "the golf day
        # raised £12k and the hospice got £1,500. Where's the rest?"
        r"|\b(?:vanished|disappeared|went missing|gone missing|started going missing) (?:with|within) (?:a |two |three |a few |\d+ )?(?:days?|weeks?|months?) of (?:him|her) (?:starting|arriving|joining|taking over)\b"
        r"|\braised (?:\S+ ){1,8}got (?:\S+ ){1,3}where s the rest\b"
        # "fiddles the till at the Spar", stolen goods bought or sold on: "buys stolen tools",
        # "new tellies for sale the week after a spate of break ins".
        r"|\bfiddl(?:es|ed|ing) (?:the|her|his|their) (?:till|tills|takings|float)\b"
        r"|\bbuy(?:s|ing)? (?:\w+ ){0,2}stolen (?:\w+ )?(?:tools|bikes|goods|gear|phones|cars|parts|stuff|property)\b"
        # Read up to "for sale": the burglars themselves are strangers.
        r"|\b(?:has|have|had|got|with) (?:\w+ ){1,4}for sale(?= (?:the )?(?:week|day|days|morning|weekend) after (?:a |the |every )?(?:spate of |load of |string of )?(?:break ins|burglaries|robberies|thefts)\b)"
        # "pockets half the sponsorship"; "Ask Beth what happened to the £6k raised".
        r"|\bpocket(?:s|ed|ing)? (?:half|most|some|all|a chunk|a share|a slice|the lot|a third|the rest|a fair bit|plenty) (?:of )?(?:the |our |their |his |her |that )?(?:\w+ )?(?:money|sponsorship|donations|takings|profits|proceeds|raffle|funds|grant|cash|collection|float|tips)\b"
        r"|\bask (?:\w+ ){1,3}what (?:happened|happens) to (?:the |that |our |all the |all that )?(?:(?:£ ?)?\d\S*|\d+ ?k\b|money|cash|funds|donations|takings|grant|sponsorship|raffle money|collection)\b"
        # "had the lead off the chapel roof".
        # Said of someone picked out: lead thefts are most often told of strangers.
        r"|(?:(?<=\byou )|(?<=\bhe )|(?<=\bshe )|(?<=\bwho ))(?:had|nicked|took|stripped|robbed|pinched|lifted) (?:the )?lead (?:off|from) (?:the |a )?(?:\w+ ){0,2}roofs?\b"
        # A warden who "takes a tenner off the rest of us to tear them up".
        r"|\btakes? a (?:tenner|score|fiver|twenty|bung|backhander|few quid) (?:off|from) (?:\w+ ){0,4}to (?:tear|rip|bin|cancel|drop|lose|forget|ignore)\b"
        # A grand that "went walkabout into her account"; "why did £6,000 vanish?"; treadmills
        # that went missing and "turned up at his private gym"; the box "landlord keeps half".
        r"|\b(?:ended up|went|gone|landed|found its way|made its way|turned up|went walkabout) (?:\w+ ){0,2}in(?:to)? (?:his|her|their|your) (?:own |personal |private )?(?:bank )?(?:account|pocket|pockets)\b"
        r"|\bwhy did (?:the |that |our )?(?:(?:£ ?)?\d\S*|\d+ ?k|money|cash|funds|donations|takings) (?:\w+ )?(?:vanish|disappear|go missing)\b"
        r"|\b(?:went|gone|going) missing (?:\w+ ){0,6}(?:turned|turning|turn) up (?:at|in) (?:his|her|their)\b"
        r"|\b(?:box|tin|tins|collection|donations|tips|jar|bucket)\b(?: \w+){0,10} keeps? (?:half|most|some|a cut|the lot|a chunk)\b"
        # Donations kept and sold on; "where did the £8k go"; "ask Callum where the raffle
        # money went"; "I wouldn't let Karen near the dinner money tin again".
        r"|\b(?:keeps?|kept|keeping) (?:the )?(?:best |good |nicest )?donations (?:\w+ ){0,3}(?:and )?(?:sells?|sold|selling|flogs?|flogging) (?:them|it)\b"
        r"|\bwhere (?:did|d|has|have) (?:the |that |all the |our )?(?:(?:£ ?)?\d\S*|\d+ ?k\b|money|cash|funds|donations|takings|grant money)(?: \w+){0,6} (?:go|gone)\b"
        r"|\bask (?:\w+ ){1,3}where (?:the |that |our |all the )?(?:\w+ ){0,2}(?:money|cash|funds|donations|takings|grants?|sponsorship) (?:went|has gone|goes|ended up)\b"
        r"|\bwouldn t (?:let|trust) (?:him|her|them|\w+(?: \w+){0,5}) (?:near|with|around) (?:the |a |any )?(?:\w+ ){0,2}(?:money|tin|till|cash|float|petty cash|collection|books) again\b"
        # The raffle money "lost" again.
        r"|\b(?:lost|misplaced|mislaid) the (?:\w+ )?(?:money|cash|takings|float|donations|funds|collection) again\b",
    ),
    (
        "vote rigging",
        # "two names on them who've been dead since 2020".
        r"\bnames? (?:on (?:it|them|the \w+) )?(?:of people )?who (?:ve|have|had|d) been dead\b"
        # "how many postal votes did your team help the old folk fill in".
        r"|\bpostal votes? (?:did |does |do )?(?:your|his|her|their|the) (?:team|lot|party|activists|canvassers|people|helpers) (?:\w+ ){0,7}fill (?:in|out)\b"
        # Ballots or the count's CCTV "gone missing".
        r"|\b(?:ballot boxes?|ballot papers?|postal votes?|cctv of the count|the count s cctv) (?:\w+ ){0,3}(?:go|goes|went|gone|going) missing\b"
        # "offered £50 to at the polling station to vote your way".
        r"|\boffered (?:me |him |her |them |people |us )?(?:(?:£ ?)?\d\S*|money|cash|a tenner|a fiver|a drink) (?:\w+ ){0,6}to vote\b",
    ),
)

HEDGES = (
    r"\b(?:allegedly|alleged|apparently|rumour|rumours|rumoured|word is|word round|people are saying"
    r"|people keep saying|i heard|i hear|i m hearing|from what i (?:m hearing|hear|ve heard)|i ve heard|i have heard|heard that|someone told me|told me(?! to)|i was told(?! to)"
    r"|not saying it s true|i could be wrong|looks like|looks very much like|seems|reckon|i think"
    r"|i believe|is it true|can anyone confirm|supposedly|so i m told|what i was told|might have"
    r"|may have|could have|i suspect|i wonder|funny how|(?:wouldn t|wouldnt|would not|won t|wont|will not|not|be) (?:be )?(?:at all )?(?:surprised|shocked|amazed)"
    r"|(?:wouldn t|wouldnt|would not|won t|wont|will not|would it|does it|did it) (?:\w+ )?(?:surprise|shock) (?:me|anyone|you)"
    r"|(?:my|a) (?:mate|friend|pal|cousin|neighbour|mum|dad|sister|brother|colleague|source|nan|gran|granny"
    r"|grandma|grandad|grandpa|uncle|aunt|auntie|wife|husband|missus|partner|son|daughter) (?:\w+ ){0,5}(?:says|said|reckons|swears)"
    r"|or so (?:\w+ ){0,3}(?:says|said|say|reckons|claims|claimed|tells me|told me)"
    # "Just seen on Look North that ...", "read on Facebook that ...": what someone else put out.
    r"|(?:seen|saw|read) (?:it )?(?:on|in) (?:\w+ ){1,3}that)\b"
)
ATTRIBUTED = (
    r"\b(?:bbc|guardian|times|telegraph|yorkshire post|examiner|sky news|itv|mirror|independent"
    r"|chronicle|gazette|echo|argus|herald|press release|police|court|crown court|magistrates|cps"
    r"|post(?! office)|news|mail|express|observer|standard|journal|courier|advertiser|press|paper|newspaper"
    r"|coroner|inquest|standards committee|regulator|ombudsman|information commissioner|ico|jury"
    r"|tribunal|judge)\b(?: \w+){0,3} (?:say|says|said|(?:report|reports)(?! (?:on|into|by|from|for|of|about)\b)"
    r"|reported|reporting|found|confirmed"
    r"|announced|heard|ruled|fined|charged|convicted|jailed|revealed|reveals|understands"
    r"|claims|claimed|states|stated|covered|ran a story|published|publishes|concluded|upheld|decided"
    r")\b"
    # "Court told defendant posted ...", "the jury heard", "man jailed ..., court hears".
    r"|\b(?:court|jury|tribunal|inquest|magistrates|judge|hearing) (?:was |were |has been )?(?:told|tells|hears)\b"
    r"|\b(?:seen|saw|read|heard) (?:it )?(?:on|in) the (?:\w+ )?(?:news|paper|papers|newspaper)\b|\baccording to\b|\b(?:reports|reporting) that\b"
    r"|\bit (?:was|s|is|has been) (?:in|on|all over) (?:all )?the (?:\w+ )?(?:news|papers?|newspapers?|telly)\b|\bwas all over the (?:\w+ )?(?:news|papers?)\b"
    r"|\b(?:reported|covered) (?:in|by|on) (?:the|a|an|bbc|itv|sky)\b|\bit (?:was|has been|is being) reported\b"
    r"|\b(?:police|court|council|cps|party) statement\b|\bstatement (?:from|by) (?:the )?(?:police|court|cps)\b"
    # "Per the Local Democracy Reporting Service", "the reporter says", a court's sentence.
    r"|\bfound guilty (?:\w+ ){0,4}(?:in|at|by) (?:the |a )?(?:\w+ )?(?:court|jury|magistrates)\b"
    r"|\bper (?:the )?(?:bbc|local democracy|ldrs|police|court|council|paper|news)\b|\b(?:local democracy )?reporters? (?:says?|said|reports?|reported)\b"
    r"|\b(?:sentenced|jailed|convicted|fined) (?:\w+ ){0,3}at (?:\w+ ){0,3}(?:crown|magistrates|youth|sheriff) court\b|\bfull story (?:in|on)\b"
    # "Good news in the Echo, the couple ... were convicted", "Court round-up in this week's
    # paper: ... fined", "it was in the magistrates' listings": a court's outcome as the paper
    # printed it.
    r"|\b(?:news|story|article|piece|headline|report) (?:\w+ ){0,2}in (?:the|this week s|today s|yesterday s|last week s) (?:\w+ )?"
    r"(?:echo|paper|papers|newspaper|gazette|chronicle|herald|argus|courier|advertiser|mail|post|express|journal|standard|observer)\b"
    # Not what the writer foresees: "it'll be in the court listings soon enough".
    r"|(?<!be in the )(?<!see him in the )(?<!see her in the )(?<!see them in the )"
    r"(?:\bcourt (?:round ?ups?|roundups?|reports?|listings|lists|news|pages?|column)\b|\b(?:magistrates|magistrates court) (?:listings|lists|results)\b)"
)
DENIAL = (
    r"\bsaid (?:nobody|no one|noone|no body) ever\b|\bnobody is suggesting\b|\bno one is suggesting\b|\b(?:zero|no|without) (?:real )?(?:evidence|proof)\b"
    r"|\bcleared\b|\bnot true\b|\bis unfair\b|\buntrue\b|\bbaseless\b|\bconspiracy theor"
    # "it wasn't him that got caught with the stolen quad ... Different Jamie Paterson
    # entirely": someone else did it.
    r"|\bit (?:wasn t|was not|isn t|weren t) (?:him|her|them|me|\w+) (?:that|who) (?:got|was|were|did|done)\b"
    r"|\bdifferent (?:\w+ ){1,2}entirely\b"
    # "... it said on your party's leaflet. Not you personally Siobhan but still": the party.
    r"|\bnot (?:you|him|her) personally\b"
    r"|\b(?:it s|its|it is|that s|that is|he s|she s|they re) not (?:illegal|corrupt|fraud|criminal|theft|a crime|bribery)\b"
    r"|\b(?:just|only|idle|spreading|malicious) (?:gossip|rumours?|tittle tattle|smears?)\b|\bfound nothing\b"
    r"|\b(?:is|are|isn t|aren t) (?:not )?going to help\b|\bwon t help\b|\bdoesn t help\b"
    r"|\bshould be (?:removed|taken down|deleted)\b|\bno case to answer\b"
    # Those who make the claim told to check it: "People calling Cllr Kelly corrupt over
    # the parking fines need to check the facts".
    r"|\b(?:people|those|anyone|everyone|folk|folks|whoever is|whoever s) (?:who (?:are )?)?(?:calling|call|saying|say|claiming|claim)"
    r"(?: \w+){1,10} (?:need|needs|should|ought|want|wants) (?:to )?(?:(?:actually |really |just |go and |go )?(?:check|get|look at|look up|read)"
    r" (?:the|their|your|some) (?:\w+ )?(?:facts|claims|register|records?|minutes|accounts|figures|evidence)"
    # "People saying Siobhan is on the take need to get a grip".
    r"|get a grip|get a life|give it a rest|wind (?:their|your) necks? in|their heads? (?:checking|checked|testing|tested|examined))\b"
    # The claims themselves called false: "the corruption claims against the mayor are
    # nonsense".
    r"|\b(?:claims?|allegations?|accusations?|rumou?rs?|stories|story) (?:(?:of|against|about) (?:\w+ ){1,3})?(?:is|are|was|were) "
    r"(?:all |just |utter |complete |total )?(?:nonsense|rubbish|false|untrue|lies|baseless|made up|fabricated|garbage|bollocks)\b"
    # A headline or a story put right: "that headline was about a councillor in a totally
    # different county", "the story is about someone else".
    r"|\b(?:headline|story|article|report|post|piece) (?:\w+ ){0,2}(?:was|is|were|are) (?:actually |all )?about "
    r"(?:someone else|somebody else|(?:a|an|another) (?:\w+ ){0,5}?(?:different|other)\b)"
    # The allegation as the subject of a verdict on it: "saying Hillary killed people is the
    # height of stupidity", "calling him a drug dealer is slander", "no right to call him".
    r"|\b(?:saying|claiming|suggesting|implying|calling (?:him|her|them|\w+)|accusing (?:him|her|them|\w+) of) (?:that )?(?:\w+ ){0,8}?"
    r"(?:is|was|are|were) (?:(?:the height of|just|pure|utter|completely|totally|simply|plain) )?"
    r"(?:stupid\w*|ridiculous|absurd|nonsense|rubbish|false|untrue|a lie|lies|libel\w*|slander\w*|defamat\w*|laughable|insane|idiotic|baseless|disgraceful)\b"
    # "calling her a liar is out of order": the name-calling judged, not the person.
    r"|\bcalling (?:him|her|them|cllr \w+|councillor \w+|\w+) (?:a|an) (?:\w+ ){1,2}(?:is|was) (?:just |completely |totally )?"
    r"(?:out of order|out of line|below the belt|uncalled for|unfair|wrong|not on|not fair|a disgrace)\b"
    # A retraction or an apology, and the accusers called liars.
    r"|\b(?:was|were|am|m) wrong to (?:call|say|suggest|claim|accuse|imply)\b|\b(?:i|we) (?:apologi[sz]e|m sorry|am sorry|are sorry) for (?:calling|saying|suggesting|claiming|accusing|implying)\b"
    r"|\b(?:i|we) (?:retract|withdraw) (?:my|our|the|that|this)\b|\b(?:it s|its|it is|that s|that is) (?:a lie|a lie to say|false|nonsense|rubbish|a smear) that\b"
    r"|\b(?:whoever|anyone who|anybody who|people who|those who) (?:says|said|claims|claimed|thinks|suggests|suggested) (?:\w+ ){1,8}(?:is|are|was|were) (?:lying|wrong|mistaken|talking rubbish|liars?)\b"
    r"|\b(?:no right to|stop|quit) (?:go |be |keep |start )?(?:slander\w*|smear\w*|defam\w*|call(?:ing)? (?:him|her|them|people)|accus\w+)\b"
    # "He did not deserve to be called a thief", "was wrongly branded a liar".
    r"|\b(?:didn t|did not|doesn t|does not|don t|never) deserve(?:d)? to be (?:called|labelled|labeled|branded|named)\b"
    r"|\b(?:wrongly|falsely|unfairly|wrongfully) (?:called|labelled|labeled|branded)\b"
    # "It wasn't him, it wasn't his car", "the post about Cllr Reid being banned from driving
    # is fake": a rumour put right.
    r"|\b(?:it|that) (?:wasn t|was not|weren t|isn t|is not) (?:him|her|them|cllr \w+|councillor \w+)\b(?! (?:who|that)\b)"
    r"|\b(?:posts?|story|stories|rumou?rs?|claims?|reports?|screenshots?|tweets?|articles?|memes?|pictures?|photos?)"
    r" (?:\w+ ){0,8}?(?:is|are|was|were) (?:completely |totally |100 |a )?(?:fake|made up|fabricated|doctored|photoshopped|false)\b"
)

# A reply agreeing with the comment it answers: "So true", "Can confirm", "He did", "This".
ENDORSES = (
    r"^\W*(?:(?:so|very|totally|absolutely|completely|100|sadly|yep|yes|yup|oh|and) )*(?:true|agreed?|i agree|this|exactly|spot on"
    r"|correct|facts|fact|well said|can confirm|i can confirm|confirmed|he did|she did|they did|he does|she does"
    r"|it s true|its true|that s true|thats true|this is true|true story|the truth|truth|bang on|hear hear|seconded|ditto"
    r"|knew it|i knew it|everyone knows|we all know|i know|same here|i heard the same|my thoughts exactly"
    r"|couldn t agree more|you re not wrong|not wrong|you re right|ur right|so right|too right|100 percent|nailed it)\b"
)
# Emoji that agree without a word: a pointing finger at the comment above, "100".
ENDORSING_EMOJI = r"^\W*(?:👆|☝️|☝|💯|🎯)"

# What each kind of imputation amounts to, in the sentence a councillor reads.
AMOUNTS_TO: dict[str, str] = {
    "bribery or corruption": "an allegation of corruption, a serious crime",
    "fraud": "an allegation of fraud, a serious crime",
    "theft": "an allegation of theft, a crime",
    "dishonesty or a cover-up": "an allegation of dishonesty",
    "sexual misconduct": "an allegation of sexual misconduct",
    "abuse of children": "an allegation of a serious crime against children",
    "drunkenness or drugs": "an allegation of drunkenness or drug use",
    "violence": "an allegation of violence, a serious crime",
    "a crime or an investigation": "an allegation of crime",
    "vote rigging": "an allegation of electoral fraud, a serious crime",
    "an undeclared interest": "an allegation of misconduct in public office",
    "abuse of office": "an allegation of misconduct in public office, a serious crime",
    "threats": "an allegation of threatening someone, which can be a crime",
    "discrimination": "an allegation of unlawful discrimination",
    "dishonest or unsafe trading": "an allegation of dishonest or unsafe trading, which can ruin a business or a livelihood",
    "innuendo": "a hint at wrongdoing left unsaid, which can be an allegation by innuendo",
}
# A knowing aside that asks readers to supply the wrongdoing: "if you know what I mean",
# "make of that what you will", "just leaving this here".
KNOWING_HINTS = (
    r"\b(?:if you know what i mean|you know what i mean|make of (?:that|it|this) what you (?:will|like)"
    r"|if you (?:get|catch) my drift|read between the lines|i ll let you (?:decide|draw your own conclusions)"
    r"|(?:i ll )?just leav(?:e|ing) (?:this|that|it) (?:here|there)|let that sink in"
    r"|(?:we|everyone|everybody) (?:all )?knows? what (?:\w+ ){1,3}(?:gets?|got|is|was) up to"
    r"|the other thing"
    # "Ask the treasurer why £3k is missing", "ask Cllr Reid where the money went".
    r"|(?:ask|(?:has|have) (?:anyone|anybody|someone|nobody|no one|you) (?:ever )?asked) (?:\w+ ){1,6}(?:why|where|how) (?:the )?(?:\w+ )?(?:money|cash|funds?|grant|donations?|takings|float|kitty"
    r"|\d+k?|\d+ grand) (?:is missing|went missing|goes missing|are missing|has gone|have gone|went|disappeared|vanished)"
    r"|ask (?:\w+ ){1,6}why (?:\w+ ){1,4}keeps? (?:going missing|disappearing|losing))\b"
)
# Markers of innuendo: the comment names someone and hints without saying what.
INNUENDO = (
    r"\binnocent face\b|\bwink wink\b|\bnudge nudge\b|\bno smoke without fire\b|\bwe all know why\b"
    r"|\bdraw your own conclusions\b|\byou do the maths\b|\bsay no more\b|\bi ll say no more\b"
    r"|\bhow (?:can|could|did|does|do) (?:\w+ ){1,3}afford (?:\w+ ){0,3}(?:villas?|house|houses|cars?|holidays?|extension|range rover|porsche|bmw|merc\w*|boat|mansion|second home|lifestyle|kitchen|conservatory|all that|on (?:a|his|her|their) (?:\w+ )?(?:wage|salary|allowance|pay))\b"
    r"|\bi (?:have|ve got|ve|got) (?:the )?(?:proof|evidence|receipts)\b|\bwhat (?:\w+ ){1,3}(?:has|s|have|ve|had) been up to\b"
    r"|\b(?:ask|asked|asking|questions?) (?:\w+ ){0,3}about (?:his|her|their) (?:time at|days at|past|history|previous|record|other|real|last job|old job|conviction|court case|sacking|first wife|ex)\b"
    r"|\bhow s (?:the|your|his|her) (?:\w+ ){0,2}(?:court case|trial|tag|probation|community service|parole|bail|suspended sentence|ban|investigation|suspension|tribunal)\b"
    # "What happened to the £10k from the gala?", "Tell us about the missing money",
    # "Remind us how you got your council house".
    r"|\bwhat (?:happened|s happened|has happened) to (?:the|all the|that|those|our) (?:£ ?\d[\d,.]*k?|\d[\d ]*k\b|money|cash|funds?|donations?|grant|collection|takings|float)\b"
    r"|\bremind (?:us|me|everyone) (?:how|why|where) (?:you|he|she|they) (?:got|paid for|afforded|came by|managed to get)\b"
    r"|\b(?:wife|girlfriend|partner|missus|husband|boyfriend) s (?:black eye|bruises|broken (?:arm|nose|wrist|ribs))\b"
    rf"|\bafter what (?:he|she|they) did to (?:those|these|the|that|this|his|her|their) (?:\w+ )?(?:{CHILD}|girls?|boys?|lads|residents|tenants|patients|pupils)"
    r"|\b(?:google|look up|search) (?:\w+ ){1,3}(?:and see|and you ll see|see what comes up|and court|and fraud|and arrest\w*)\b|\bknows? what (?:he|she|they) did\b"
    rf"|\b(?:should|needs? to|has to|have to|must|care to) explain (?:the |all the |those )?(?:bruises|marks|injuries|cuts) on (?:the |his |her |those |these |all the )?(?:\w+ )?(?:{CHILD}|kids|boys|girls|choirboys|pupils|residents|patients|lads)\b"
    # The idioms of a secret everyone is said to share: "moved on from his last parish for a
    # reason and we all know what it was", "still telling everyone she walked into a door?",
    # "you know exactly what your husband did to that girl", "fill in the blanks".
    r"|\bfor a reason and (?:we all|everyone|everybody|the whole(?: \w+){1,2}) (?:\w+ ){0,4}knows? what (?:it|that) was\b"
    r"|\bwalked into (?:a|the) door\b|\bfill in the blanks(?! (?:on|in|of|for|at|and))|\bsomeone (?:should|needs to) look into (?:him|her|them)\b"
    r"|\bknows? (?:exactly|full well|fine well|damn well) what (?:you|he|she|they|your \w+|his \w+|her \w+) did(?= to\b|$)"
    r"|\bskeletons in (?:his|her|their|the) (?:closet|cupboard)\b|\b(?:dodgy|shady|murky|crooked) (?:dealings|deals|goings on|business)\b"
    r"|\bfollow the money\b|\bwonder how (?:\w+ ){0,3}(?:afford\w*|paid for|pays for|bought)\b"
    r"|\bwhere (?:did|has|have|s) (?:the|all the|that|our|this|his|her) (?:\w+ )?(?:money|cash|funds?|grant|budget|donations|takings|\d+k?) (?:go|gone)\b"
    r"|\bwhere (?:the|his|her|all the|that) money (?:went|has gone|came from|comes from|ended up)\b"
    r"|(?<!reported )(?<!found )(?<!recovered )(?<!traced )(?<!located )(?<!returned )(?<!tracked down )\b(?:the|that|all the) missing (?:(?:allotment|club|charity|church|school|gala|raffle|fete|ward|grant|tenants|residents) )?(?:£ ?\d[\d,.]*(?:k|m| grand| thousand)?|\d[\d,.]*(?:k|m| grand| thousand)|money|cash|funds?|grant money|donations?|takings|float)\b"
    r"|\bwhere (?:the|that|all the|our|this) (?:£ ?)?\d+(?:k|m| grand| thousand)? (?:(?:from|for|raised|collected|of) (?:\w+ ){0,3})?(?:went|has gone|disappeared to|ended up|has ended up)\b"
    # "Don't leave your kids alone with the youth worker": a warning that says nothing more.
    r"|\b(?:don t|dont|do not|never|wouldn t|wouldnt|would not) (?:leave|let) (?:your|the|my|any) (?:kids|children|child|son|daughter|little ones|grandkids|kid) (?:\w+ )?(?:alone with|near|around|with)\b"
    r"|\b(?:watch|keep an eye on|keep) (?:your|the) (?:kids|children|little ones|daughters|sons|grandkids) (?:around|near|away from) (?:the|that|this|him|her|mr|mrs|cllr|our|their)\b"
    # Not "has questions to answer": the everyday words of political criticism.
    r"|\bwhat (?:is|s|are|re|was) (?:\w+ ){1,3}hiding\b|\b(?:has|s got|have got|ve got|got) (?:a lot|lots|plenty|something|so much) to hide\b"
    r"|\b(?:police|coppers|cops|the old bill) (?:\w+ ){0,2}(?:visit\w*|raid\w*|at|outside|round at|turned up at|knocking at) (?:\w+ ){0,3}(?:house|home|flat|office|door)\b"
    f"|{KNOWING_HINTS}"
)
# Emoji that say the accusation without a word: a lying face, money eyes. Read from the
# original; with a named person they are innuendo, at review.
TELLING_EMOJI = r"[🤥🤑]"
# Money words in scare quotes: "Cllr X and his 'expenses'". Read from the original.
SCARE_QUOTES = (
    r"[\"'‘“](?:expenses|donations?|gifts?|consultancy(?: fees?| work)?|business trips?|fact finding(?: trips?)?"
    r"|research|loans?|favours?|hospitality|holidays?|charity work|fundraising|advisers?|second jobs?)[\"'’”]"
)
# Words that turn a fact into a hint only next to a suggestive topic: "Funny how Cllr X's son
# got the contract", "now drives a Range Rover. Just saying". Alone they are small talk.
HINT = (
    r"\b(?:funny|strange|odd|curious|interesting|weird|amazing) (?:how|that)\b|\bjust saying\b|\bcoincidence\b"
    r"|\bgo(?:es)? way back\b|\bwonder(?:ing)? (?:how|why|where|who)\b|\bsays it all\b"
    r"|\b(?:love|like) to know (?:how|where|why|who)\b|\bnothing to see here\b|\bwhat a surprise\b"
    r"|\bnot$|\byeah right\b|\bas if\b|\bjust asking\b|\b(?:ask|asked) (?:\w+ ){1,5}(?:why|how|where)\b|\bremind (?:us|me|everyone)\b"
)

# Bets, hints and "I'm not saying" forms: they keep the allegation (publishing a hint is
# publishing it) at review, with the reason saying why it may not be libel.
INSINUATION = (
    r"\b(?:i d bet|id bet|i bet|i ll bet|i d put (?:good |my |any )?money on|id put (?:good )?money on|i d put my house on|bet (?:you|he|she|they|good money)|i m not saying|im not saying"
    r"|not saying|just saying|just asking|makes you wonder|makes you think|draw your own conclusions"
    r"|you do the maths|no smoke without fire|join the dots|connect the dots|innocent face|nudge nudge|wink wink"
    r"|if (?:you )?(?:see|spot))\b|^bet\b|\bbet (?:\w+ )?(?:cllr|councillor|mr|mrs|ms)\b"
    f"|{KNOWING_HINTS}"
)
# An allegation reported as one, not the writer's own charge: "was accused of fraud", "faces
# a sexual assault allegation", "fraud allegations against Cllr Reid", "faces a fraud
# investigation" (not "the allegations are true"). Repeating it still publishes it: review.
# Facing something over an offence, and the allegations that can be faced: "faces a fraud
# investigation" (charges faced are reported as a fact, not as an allegation).
FACING = r"(?:faces?|facing|faced) (?:an? |more |new |further |serious |historic |historical |possible )?"
FACED = r"allegations?|accusations?|investigations?|inquiry|inquiries|probes?|prosecution"
REPORTED_ALLEGATION = (
    r"\b(?:accused of|facing allegations|allegations that"
    rf"|{FACING}(?:\w+ ){{0,3}}(?:{FACED})"
    r"|(?:allegations?|accusations?)(?! (?:\w+ ){0,3}(?:are|is|were|was) (?:all )?(?:true|proven|correct|right|founded|accurate))"
    r" (?:of|against|that|about|over|involving))\b"
    # "Cllr Reid and his sexual assault accuser", "in the wake of a fraud allegation", "what
    # she is accusing him of", "being sued for assault": a claim someone makes.
    r"|\baccusers?\b|\b(?:is|are|was|were|s|been) accusing (?:\w+ ){1,2}of\b"
    r"|\b(?:(?:being|been|was|were|is|got|gets) sued|suing (?:him|her|them)) (?:for|over)\b"
    r"|\b(?:in (?:the )?wake of|amid|amidst|following) (?:an? |the |new |fresh )?(?:\w+ ){0,3}"
    r"(?:allegations?|accusations?)\b"
)

# An imputation word used of a thing, not a person: a decision, a policy, a price, a charge.
# "Closing Moor Lane library is criminal", "the parking charges are daylight robbery".
HYPERBOLE = (
    r"\b(?:daylight|highway) (?:robbery|mugging|theft)\b"
    # A game's words: "he stole that goal", "robbed me at Scrabble", "robbed by the ref".
    r"|\b(?:stole|steals|stealing|nicked|nicks) (?:that|the|a|his|her|their|our) (?:last )?(?:goal|win|victory|point|points|game|match|show|headlines?|limelight|spotlight|title|trophy|quiz|round)\b"
    r"|\brobbed (?:me|us|him|her|them) (?:at|in) (?:scrabble|darts|cards|monopoly|chess|the quiz|quiz|pool|snooker|bingo|poker|trivial pursuit)\b"
    # "Our Sarah is a proper thief at Monopoly": a cheat at a game.
    r"|\b(?:thief|thieves|cheat|cheats|crook|criminal|robber|bandit|swindler) (?:at|in|on) (?:scrabble|darts|cards|monopoly|chess|the quiz|(?:the )?pub quiz|quiz|pool|snooker|bingo|poker|trivial pursuit|cluedo|uno|fifa|board games|the bingo)\b"
    r"|\brobbed by (?:the )?(?:ref|referee|umpire|linesman|var|judges)\b"
    # Name-calling for a trifle: "you're a criminal for making us do that hill".
    r"|\b(?:criminal|crook|thief|robber) for (?:making|putting|wearing|eating|liking|singing|playing|charging|parking|leaving|choosing|picking|serving|cooking|dragging|forgetting|skipping)\b"
    # Help for those it was done to: "the scam victims support group".
    r"|\b(?:scam|fraud|crime|burglary|abuse) (?:victims?|survivors?)\b|\blegali[sz]ed (?:theft|robbery|fraud)\b"
    # "arrested for crimes against fashion": a joke about taste.
    r"|\b(?:arrested|done|nicked|jailed|guilty|convicted|charged|wanted) (?:\w+ ){0,2}for (?:\w+ )?crimes? against (?:fashion|style|taste|good taste"
    r"|music|knitwear|cooking|food|grammar|the english language|english|spelling|punctuation|comedy|hair|football|karaoke|dancing|baking)\b"
    # "murdered his courgettes with too much feed": a garden's losses.
    r"|\b(?:murder(?:ed|s|ing)?|kill(?:ed|s|ing)|slaughter(?:ed|s|ing)?|butcher(?:ed|s|ing)?) (?:his|her|their|my|the|our|your|those|these|all the) "
    r"(?:\w+ )?(?:courgettes|tomatoes|plants|roses|flowers|garden|lawn|hedges?|veg|vegetables|crops|seedlings|beans|potatoes"
    r"|spuds|herbs|cactus|cacti|orchids?|houseplants?|bonsai|grass|trees?|shrubs?|borders?|allotment|sourdough|cake|recipe)\b"
    # "You're lying to yourself if ...": self-deception, and "lied about nothing": denied.
    r"|\b(?:lying|lie|lied|lies|kidding|fooling|deceiving) (?:to )?(?:yourself|yourselves|themselves|himself|herself)\b"
    r"|\b(?:lied|lies|lying) (?:about|over) nothing\b"
    r"|\bwhat a steal\b|\b(?:a|an absolute|absolute|a proper|a real|real) steal (?:at|for)\b"
    r"|\b(?:stole|steal|steals|stealing|stolen) (?:the show|my heart|a march|the limelight|a glance|a kiss)\b"
    r"|\b(?:stole|steal|steals|stealing|stolen) (?:\w+ ){0,2}hearts?\b|\bwe (?:was|were|wuz|got) robbed\b"
    # "His speech at full council was a killer": a thing that impressed, killing no one.
    r"|\b(?:speech|song|line|joke|set|track|outfit|look|goal|shot|question|comeback|come back|workout|hill"
    r"|climb|commute|ending|answer|reply|performance|cake|curry)(?: \w+){0,4} (?:was|is|s) (?:a |an |a real |a total"
    r" |an absolute )?killer\b"
    # "Vote in the best kept village award, Little Wexham stole it last year": a win.
    r"|\b(?:award|trophy|cup|title|prize|competition|contest|league|quiz|final|derby|show|race)(?: \w+){0,8}"
    r" (?:stole|nicked|pinched|robbed) (?:it|the (?:title|trophy|cup|award|prize|show|win))\b"
    # "The ref absolutely robbed us on Saturday": a result, not property.
    r"|\b(?:ref|refs|referee|referees|umpire|umpires|linesman|linesmen|var|officials?|the judges)"
    r" (?:\w+ )?(?:robbed|rob|robs|stole it from|cheated) (?:us|them|you|the lads|the team|the girls|the boys)\b"
    r"|\b(?:stole|steal|steals|stealing|stolen|nicked|nicking|pinched|pinching|nicks|pinches)"
    r" (?:all )?(?:the |our |my )?(?:last )?(?:biscuits?|custard creams|cakes?|sweets|chocolates?|doughnuts"
    r"|donuts|sandwiches|mince pies|sausage rolls|jaffa cakes|hobnobs|quality street|roses)\b"
    # Warnings and talks about scams: "Scam warning: fake texts ...", "the romance scam talk".
    r"|\b(?:scam|fraud|phishing|romance scam|cyber ?crime)s? (?:warning|alert|awareness|advice"
    r"|talk|prevention|calls?|texts?|emails?|letters?|season)\b"
    r"|\b(?:text|phone|email|parcel|delivery|romance|investment|crypto|bank|courier|doorstep|pension"
    r"|ticket|holiday|energy|council tax|tv licen[cs]e|hmrc|dvla|amazon|royal mail)s? (?:\w+ )?scams?\b"
    # "can you even say that without getting arrested": what might follow, of no one.
    r"|\bwithout (?:getting |being )?(?:arrested|charged|sued|sacked|banned|caught|done for|prosecuted|locked up|jailed|reported)\b"
    # "found my stolen car": found what someone else stole.
    r"|\b(?:found|finds|recovered|returned|got back|tracked down|traced|located|spotted|handed in|reunited \w+ with) (?:my|our|his|her|their|the|a|some|all the) (?:\w+ )?stolen\b"
    # "a thief of hearts", "murdered the competition at the bake off".
    r"|\bthie(?:f|ves) of (?:hearts?|the show|time|joy)\b|\blike (?:a )?thie(?:f|ves) in the night\b"
    r"|\b(?:stole|steals|nicked|pinched|took) (?:\w+ ){0,3}fair and square\b"
    r"|\b(?:murdered|killed|slaughtered|destroyed) (?:the|all the|his|her) (?:competition|opposition|rivals|field|quiz|dance floor)\b"
    # "Rovers absolutely murdered Whitworth 6-0", "the dame absolutely murdered Let It Go", "he
    # was robbing us all game" (a referee): a score, a song, a game.
    r"|\b(?:murdered|killed|slaughtered|destroyed|battered|hammered|thrashed|robbed) (?:\w+ ){1,3}\d+ \d+\b"
    r"|\b(?:absolutely|totally|completely|utterly|well and truly) (?:murdered|murders|murdering|slaughtered|slaughters)\b"
    # "a proper thief in the box, 4 goals in 3 games": a striker.
    r"|\b(?:thief|poacher|assassin|killer|criminal|menace) in (?:the|front of) (?:box|area|goal|six yard box|penalty area|18 yard box)\b"
    # "Stanmoor Town 4 Clitheroe 0. Absolute mugging.": a result, the score before the crime.
    r"|\b\d (?:\w+ ){1,3}\d (?:\w+ ){0,2}(?:mugging|robbery|daylight robbery|smash and grab|murder|massacre|slaughter|theft)\b"
    r"|\b(?:robbing|robbed|cheating|cheated) (?:us|them|the lads|the team|the girls|the boys) (?:all|the whole) (?:game|match|night|season|afternoon|half)\b"
    # "Scam: fake Facebook page pretending to be Stanmoor Carnival": a warning of a fake.
    r"|\bscams? (?:alert |warning )?(?=(?:fake|bogus|cloned|copycat|phishing|spoof)\b)"
    r"|\b(?:murdered|murders|murdering) (?:that|the|this|his|her|a) (?:speech|debate|interview|quiz|hustings|presentation|song|karaoke|performance|rendition"
    r"|application|planning application|plan|plans|proposal|proposals|scheme|bill|motion|idea|project|budget|amendment)\b"
    # "Robbed! Thistle were robbed! Rovers had 3 offside goals": a match, told after.
    r"|(?:^|\b(?:were|was|got|been|we|they) )(?:robbed|mugged|cheated)\b(?=(?: \w+){0,15} (?:offside"
    r"|sent off|ref|referee|var|linesman|goals|keeper|free kick|full time|half time|injury time"
    r"|stoppage time)\b)"
    # "the ref robbed us of a win", "robbed Rovers of a point": a result, not property.
    r"|\b(?:robbed|robbing|robs|rob) (?:\w+ ){0,2}of (?:a|an|the|our|their|his|her|its) (?:\w+ )?(?:win|victory|point|points|goal|penalty|title|trophy|place|draw|result|medal)\b"
    # What friends "steal" from each other online (a joke, a tweet, a topic, a heart), and
    # stories, festivals or credit taken ("stealing other cultures' myths").
    r"|\b(?:stole|steal|steals|stealing|stolen|nicked|nicking|pinched|pinching) (?:my|your|his|her|our|their|the|this|that|other|others|other people s) (?:\w+ )?(?:myths|legends|traditions|festivals|customs|holidays|credit|articles?|edits?|tweets?|topics?|issues?|agenda|policy|policies|slogans?|playbook|narrative|jokes?|ideas?|lines?|names?|usernames?|thunder|spotlight|spot|seat|style|looks?|moves|songs?|words?|hearts?|man|girl|boyfriend|girlfriend|bae|snacks?|fries|chips|oreos|sweets|lunch|posts?|memes?|captions?|selfies?|vibe)\b"
    # "stole my parking space": a place taken, not the money for it.
    r"|\b(?:stole|steal|steals|stealing|nicked|nicking|pinched|pinching) (?:my|your|his|her|our|their|the) (?:parking space|parking spot|space|pitch|table|sunbed)\b(?! (?:money|cash|funds?|takings|fees|donations|budget))"
    # "You have stolen our park": a public place or a say taken away by a decision.
    r"|\b(?:stole|steal|steals|stealing|stolen|robbed|robbing|robs|rob) (?:us of )?(?:our|the town s|the"
    r" public s|residents|the community s|this town s) (?:\w+ )?(?:park|parks|library|libraries"
    r"|green|greens|green belt|field|fields|playground|pool|town|high street|future|community|school milk|milk"
    r" centre|bus|buses|services|voice|say|democracy|heritage|views?|parking|countryside|village)\b"
    # "You've robbed this town of its high street": a loss by decision, not a theft.
    r"|\b(?:robbed|robbing|robs|rob|stole|stolen|stealing|steals) (?:us|this town|the town|residents|the community|the ward|this ward|the village|this village|people|everyone|the public|local people|the kids|children|our kids|young people|this country|the country|voters|the electorate) of (?:its|our|their|the|a|any|his|her)\b"
    r"|\b(?:robbing|fleecing|ripping off|rip off) (?:\w+ ){0,2}(?:blind|taxpayers|residents|pensioners"
    r"|motorists|drivers|tenants|the public)\b"
    # "should be sacked for this shambles": a demand for action, not a report of a dismissal.
    r"|\b(?:should|ought to|needs? to|must|deserves? to) (?:\w+ )?be (?:sacked|fired|suspended"
    r"|investigated|removed|struck off) (?:for|over) (?:this|that|the|his|her|their|such)\b"
    r"|\bcriminal(?:ly)? (?:waste|wasteful|neglect|negligent|decision|shame|mismanagement|incompeten\w*|state|lack|price|prices|cuts?|idea|levels?)\b"
    # A joke or a thought about doing it: "joked about stealing the mayor's chain".
    r"|\b(?:jok\w*|laugh\w*|talk\w*|thought|think\w*|dream\w*)(?: (?!about\b)\w+){0,3} about (?:\w+ )?(?:stealing|nicking|robbing|killing|murdering|kidnapping)\b"
    # Spelling a word out: "her A-crooked-letter-crooked-letter".
    r"|\bcrooked[- ]letter\b"
    # A degree, not a charge: "this is stalker level crazy".
    r"|\b(?:stalker|psycho|serial killer) levels? (?:of )?(?:crazy|obsess\w*|weird\w*|creepy|petty|dedication|commitment|detail)\b"
    r"|\bas (?:fraudulent|corrupt|crooked|criminal|bent|dishonest) as (?:you can get|it gets|they come|anything)\b"
    r"|\b(?:it|this|that|which|the whole thing|whole thing|the deal|the lease|the decision|the plan|the scheme|the process|the consultation)"
    r" (?:\w+ )?(?:smells|reeks|stinks|smacks) (?:\w+ )?of(?: \w+){1,4}"
    # Morals and politics, not crime: "morally corrupt", "covering up his own incompetence".
    r"|\b(?:morally|politically|intellectually|ethically) (?:corrupt|bankrupt|dishonest|crooked)\b|\bcorrupt in the sense\b"
    # A place or a trade "murdered" by a policy, "vandals" for felling trees, an election
    # "stolen with lies": what a decision did, in the words of crime.
    r"|\b(?:murdered|murdering|murders|killed|killing|kills|strangled|strangling|butchered|butchering) (?:the |our |this |that |local |a )?(?:high street|town|town centre|city centre|village|economy|local economy|community|local business(?:es)?|businesses|shops|pubs|market|debate|democracy|library|bus service|service|services|night life|nightlife|countryside)\b"
    # "Raped the plot", "crooked laws": the words of crime for what was done to a thing.
    r"|\braped (?:the |my |your |our |this |that |his |her |their )(?:whole |entire )?(?:\w+ )?"
    r"(?:plot|story|section|article|page|franchise|series|film|movie|show|game|character|song"
    r"|album|economy|wallets?|pockets?|taxpayers?|language|childhood)s?\b"
    r"|\bcrooked (?:laws?|system|rules|game|deal|politics|elections?)\b"
    # "The game is rigged", "a rigged economy": what is wrong with a system, not who rigged it.
    r"|\brigged (?:game|games|economy|system|market|markets)\b"
    r"|\b(?:game|games|economy|system|market|markets) (?:is |are |was |were |s |being |been )?(?:so |totally |completely |all )?rigged\b"
    # "New ways to steal people's money", "how to cheat at cards": a way, no one doing it.
    r"|\b(?:new|other|more|easy|easier|best|clever|sneaky) ways? to (?:steal|rob|cheat|scam|con|defraud|fleece)\b"
    r"|\bhow to (?:steal|rob|cheat|scam|con|defraud|fleece)\b"
    r"|\b(?:cultural|architectural|environmental|civic|eco) vandal(?:s|ism)?\b|\bvandal(?:s|ism)?,? (?:for |by )?(?:cutting|felling|chopping|closing|demolishing|knocking|destroying|ripping|tearing|bulldozing|concreting|paving|selling off)\b"
    r"|\b(?:stole|stolen|steal|stealing|steals) (?:the|this|that|our|an) (?:election|vote|seat|result|by election) (?:with|on|by|using) (?:\w+ )?(?:lies|promises|spin|leaflets|slogans|a campaign|fake news|misinformation|scare stories|false promises)\b"
    r"|\b(?:convicted|condemned|sentenced|judged) by (?:the )?(?:voters|electorate|public|residents|history|ballot box|public opinion|court of public opinion)\b"
    # "This is corruption of democracy", "robbing the next generation": political rhetoric.
    r"|\bcorruption of (?:our |the )?(?:democracy|democratic process|the process|process|system|power|language|debate|politics|the planning system|planning)\b"
    r"|\b(?:robbed|robbing|robs|rob|stealing|steals|stole) (?:from )?(?:the next generation|future generations|our grandchildren|our children s future|young people|the young|generations)\b"
    r"|\bcover(?:ed|ing|s)? up (?:his|her|their|your|the council s|the) (?:own )?(?:incompetence|failures?|mistakes?|mess|embarrassment|ignorance|u ?turn|blunders?)\b"
    # Beholden to an interest in general, not paid by anyone named: "in the pocket of the car
    # lobby", "in the pocket of the unions".
    r"|\bin (?:the )?pockets? of (?:the )?(?:big |powerful |\w+ )?(?:lobby|lobbyists|unions|trade unions|big business|residents|voters|electorate|people|constituents"
    r"|industry|whips|party whips|party machine|party bosses|establishment|vested interests|westminster|brussels|eu)\b"
    # Coaxing with a treat: "had to bribe her with biscuits to eat her dinner".
    r"|\bbrib(?:e|es|ed|ing) (?:\w+ ){1,3}with (?:some |a |the |his |her |their )?(?:\w+ )?(?:sweets|biscuits?|chocolates?|cake|treats?"
    r"|pizza|ice cream|snacks?|toys?|food|pepsi|coke|crisps|cuppa|tea|coffee|beer|pints?|wine|cookies|candy|sticker|stickers)\b"
    # "Criminal" of the law or of criminals in general, not of someone: "criminal justice".
    r"|\bcriminal (?:control|justice|law|lawyers?|courts?|defen[cs]e|damage|gangs?|element|elements|underworld|injuries|records? checks?|allegations?|accusations?)\b"
    # Crime in general: "it reduces criminal activity", "rewards criminal behaviour".
    r"|\b(?:reduc|prevent|deter|reward|condon|encourag|tackl|fight|combat)\w* (?:\w+ )?criminal (?:activit\w+|behavio\w+)\b"
    r"|\b(?:every|any|no|each|the average) criminals?\b"
    # "The officer charged with delivering the scheme": a duty, not a prosecution.
    r"|\bcharged with (?:the |a |an )?(?:task|tasks|duty|duties|job|responsibility|responsibilities"
    r"|role|remit|mission|overseeing|delivering|leading|running|managing|implementing|reviewing"
    r"|looking after|investigating|scrutinising|scrutinizing|partisanship|hypocrisy|bias|emotion"
    r"|energy|tension|passion)\b"
    # A realisation, and candour: "it just hit me that ...", "she is keeping it real".
    r"|\b(?:it|reality) (?:just |really |finally |suddenly |then )?(?:hit|hits) me\b|\bhits? (?:home|different)\b"
    r"|\b(?:keep|keeps|keeping|kept) it (?:real|100|one hundred)\b"
    # A budget or a load "over the limit": not a driver.
    r"|\b(?:budget|spending|costs?|bill|overspend|account|card|numbers|totals?|figures?|bus|lorry|van|load|weight) (?:\w+ )?over the limit\b"
    # Figures of speech from real comments (libel 26): "hit me up when you're back",
    # "exposed himself for who he is", "kicked his ass" in a debate, the loaded question
    # "when did you stop beating your wife", "sold his soul", a life "flashing before my
    # eyes", "robbed the family of their dignity", "stole his haircut", a simile ("act like
    # you just kicked her"), "how to steal" (a question of method), an account "suspended for"
    # a post, and a video game's crimes ("on GTA, stole 40 cars").
    r"|\bhit (?:me|us) (?:up|when|later|once|whenever|asap|on (?:my|the|here|dm|dms|insta|snap|whatsapp))\b"
    r"|\bexposed (?:himself|herself|themselves|yourself) (?:as|for)\b"
    r"|\bkick(?:ed|s|ing)? (?:his|her|their|your|my|our) (?:ass|arse|butt|behind)\b"
    r"|\bwhen did you (?:last )?stop beating your wife\b"
    r"|\bs(?:old|ells|elling) (?:his|her|their|your|my|our) souls?\b"
    r"|\bflash(?:ing|ed|es)? (?:right )?before (?:my|his|her|our|your|their) eyes\b"
    r"|\brobbed (?:\w+ ){1,5}of (?:\w+ ){0,2}(?:dignity|grieving|grief|chance|chances|opportunity|victory|win|title|childhood|innocence|future|joy|privacy|voice|peace|sleep|youth|hope|pride|respect|moment|legacy|closure|justice)\b"
    r"|\bst(?:ole|eals|ealing|olen) (?:\w+ ){1,3}(?:haircut|hairstyle|look|style|outfit|heart|hearts|thunder|moves|joke|jokes|catchphrase|swag|vibe|flow)\b"
    r"|\b(?:act|acts|acting|acted|look|looks|looking|looked|react|reacts|reacting|reacted) (?:at (?:you|me|him|her) )?like (?:you|he|she|they|i|we|someone|somebody) (?:just |had |have |d |ve )?\w+"
    r"|\b(?:ask|asks|asked|asking|wonder|wondering|learn|learning|learned|learnt|know|knows|google|googled|tutorial|guide|explain|explains|explained) (?:\w+ ){0,2}how to \w+"
    r"|\b(?:account|profile|page|channel|twitter|facebook|insta|instagram|youtube) (?:has been |have been |was |got |is |been |just got )?(?:suspended|banned|locked|blocked|restricted) for\b"
    # A match lost unfairly, and a den shut down: "absolutely robbed in the cup", "got the
    # cannabis farm in the old garage shut down".
    r"|\b(?:town|united|city|rovers|athletic|wanderers|albion|county|fc|we|us) (?:were |got |was |been )?robbed\b"
    # "murdered Bohemian Rhapsody on the karaoke": a song sung badly.
    r"|\b(?:karaoke|sang|singing|song|tune|cover|open mic)\b(?: \w+){0,8} murder(?:ed|s|ing)?\b"
    r"|\bmurder(?:ed|s|ing)? (?:\w+ ){1,4}(?:on|at) (?:the )?(?:karaoke|open mic)\b"
    r"|\brobbed (?:in|at|on) (?:the )?(?:cup|final|semi|semis|semi final|match|game|league|derby|replay|quiz|race|play ?offs?|penalties)\b"
    r"|\b(?:got|had|get|getting|helped get) (?:the|a|that|this) (?:\w+ ){0,2}(?:cannabis farm|drug den|crack den|brothel|chop shop|cannabis factory) (?:\w+ ){0,6}(?:shut down|closed|closed down|raided|shut)\b"
    r"|\b(?:on|playing|in) (?:gta|grand theft auto|fortnite|call of duty|red dead|the xbox|xbox|the ps\d|ps\d|playstation|the game|the sims)(?: \w+){0,8}"
)

# Talk about editing a wiki or a page: there "vandalism" is a bad edit, not a crime
# ("your edits constitute vandalism", "reverting vandalism", "stop vandalising my user page").
ONLINE_EDITING = (
    r"\b(?:edit|edits|edited|editing|editors?|revert(?:s|ed|ing)?|reversions?|wikipedia|wiki"
    r"|talk ?pages?|user ?pages?|contribs|contributions|sock ?puppet\w*|3rr|blocked from editing"
    r"|\d+[ -]hours? block)\b"
    r"|\bvandali[sz]\w* (?:the |my |your |his |her |this |that |an? )?(?:\w+ ){0,3}"
    r"(?:article|page|picture|image|photo|section|entry|post|profile|template)s?\b"
)
# Praise and sport that borrow the words of crime: "she killed it", "murdered that song".
# The whole-comment model must not read them as allegations either.
IDIOMS = (
    r"\b(?:killed|killing|kills|smashed|smashing|nailed|slayed|slaying) it\b"
    # "The Moorside roundabout claims another victim": a place that defeats drivers.
    r"|\b(?:roundabout|junction|pothole|potholes|hill|road|bend|corner|traffic|weather|wind|ice|snow"
    r"|gym|diet|bin|bins|bridge|level crossing|car park|one way system|kerb|bollard|puddle|step|steps)"
    r" claims? (?:another|its (?:latest|next|first)|yet another) victims?\b"
    r"|\bmurder(?:ed|s|ing)? (?:that|the|this|a) (?:song|track|set|tune|cover|performance|karaoke|solo)\b"
    # "he kills me with his dad jokes": laughter.
    r"|\b(?:kills|killing) me (?:with|every|lol|haha|😂)"
    # Thanks for catching someone, a career in the law, standing up to wrongdoers: "helped
    # catch the fly tipper", "was a magistrate for 20 years".
    r"|\b(?:helped|help|helping|thanks for|thank you for) (?:the police |police |us |to )?(?:catch|catching|find|finding|identify|identifying|track down|tracking down|nab|nabbing|shop|shopping|report|reporting)\b"
    r"|\b(?:was|is|served as|worked as|has been|spent \w+ years as) an? (?:magistrate|jp|judge|police officer|special constable|detective|pcso|prison officer|probation officer|solicitor|barrister)\b"
    r"|\bst(?:ood|ands|anding) up (?:to|for) (?:the )?(?:bullies|thugs|crooks|developers|victims)\b"
    r"|\bst(?:ole|eals|ealing) the show\b"
    # Working against crime: "campaigning against fly tipping", "tackling drug dealing",
    # "chairs the panel that reviews hate crime reports".
    r"|\b(?:campaign(?:s|ed|ing)? (?:against|on)|tackl(?:e|es|ed|ing)|combat(?:s|ed|ing|ting)?|fight(?:s|ing)? against"
    r"|fought against|(?:crack|clamp)(?:s|ed|ing)? down on|crackdown on|stamp(?:s|ed|ing)? out|reduc(?:e|es|ed|ing)"
    r"|prevent(?:s|ed|ing)?|deter(?:s|red|ring)?|action (?:on|against)|war on|awareness of|review(?:s|ed|ing)?"
    r"|report(?:s|ed|ing)? of|patrols? against|schemes? (?:on|against)) (?:the |all |any |more |local |illegal |\w+ ){0,2}"
    r"(?:fly tipping|drug dealing|dealing|hate crimes?|crimes?|anti social behaviour|asb|burglar(?:y|ies)|vandalism"
    r"|graffiti|scams?|shoplifting|littering|speeding|knife crime|violence|domestic abuse|county lines|theft|thefts)\b"
    # Speaking up for something: "campaigning for a 20mph limit", "leading the push for",
    # "has written to the chief constable", "backing the campaign to".
    r"|\b(?:campaign(?:s|ed|ing)? for|(?:leading|led|leads) the (?:push|campaign|fight) (?:for|to|against)|push(?:es|ing|ed)? for"
    r"|lobb(?:y|ies|ied|ying) for|(?:has |have )?(?:written|wrote) to|back(?:s|ed|ing)? the (?:campaign|call|petition|bid|plan) (?:for|to)"
    r"|call(?:s|ed|ing)? for (?:more|better|a|an|the)|banging on about)\b"
    # "He pissed me off": anger, not drink.
    r"|\bpiss(?:ed|es|ing) (?:\w+ ){0,2}off\b"
)
# Praise for what someone did: "chased off two lads trying to nick charity tins, what a
# legend", "Top man", "has my respect": the wrong in it is what they stood up to.
PRAISE = (
    # "Good man!" as a cheer, not "a good guy" as a description.
    r"\b(?:what an? (?:legend|hero|star|gent|diamond|gem)"
    r"|(?<!\ba )(?<!\bthe )(?<!\byour )(?<!\bhis )(?<!\bher )(?<!\bmy )(?:top|good|great) (?:man|lad|bloke|woman|lady|lass|fella|guy)"
    r"|(?:absolute|total|proper|real|local|true) (?:legend|hero|star|gent|diamond|gem)|well done|fair play to|hats off to"
    r"|(?:has|have) my (?:respect|thanks|admiration)|credit to (?:him|her|them)|so proud of|such a (?:kind|lovely|generous|brave))\b"
)
# An accusation the comment knocks down: "falsely accused of theft", "accused of bullying
# but the investigation cleared her". Read on canonical text, where no allegation word was
# found.
KNOCKED_DOWN = (
    r"\b(?:falsely|wrongly|wrongfully|unfairly) (?:accused|arrested|charged|convicted|blamed|jailed|suspected|sacked|suspended)\b"
    r"|\b(?:accus\w+|allegations?|alleged|complaints?|claims?)\b(?:[^.!?]{0,80}?)\b(?:cleared (?:her|him|them|me|us)|cleared of|found (?:no|nothing)|no case to answer|no further action"
    r"|thrown out|unfounded|baseless|not guilty|acquitted|were false|was false|were untrue|was untrue|proved false|proven false)\b"
    # "Seen the rumour that Cllr Tolley owns the field ... He doesn't, I looked it up. Stop
    # spreading rubbish."
    r"|\b(?:stop|quit|please stop) spreading (?:rubbish|lies|rumours|nonsense|misinformation|fake news|gossip|this)\b"
)
# Labels for someone's views or politics: in a comment, opinion a reader can judge
# (a court holds "racist" or "fascist" to be comment), and abuse if anything, not libel.
# A whole-comment model must not put them in the libel category on their own.
VIEWS = (
    r"\b(?:racists?|racism|bigots?|bigoted|fascists?|fascism|nazis?|homophob\w*|transphob\w*|misogyn\w*"
    r"|sexists?|antisemit\w*|anti semit\w*|islamophob\w*|xenophob\w*|apologists?|extremists?|communists?"
    r"|marxists?|leninists?|trots?|trotskyists?|traitors?|snowflakes?|woke|hypocrites?|hypocrisy)\b"
)
# A comment that says it is satire or parody ("#satire", "PARODY:", "this is a spoof"): a
# reader does not take it as a statement of fact. The words must announce it, so "the
# satire festival fund" excuses nothing. Read over the original, lowercased.
SATIRE = (
    r"(?:^|[\s(\[])(?:satire|parody|spoof)\s*[:\])-]|#(?:satire|parody|spoof)\b"
    r"|\b(?:this is|it s|it's|its|this is just|just) (?:a |an )?(?:satire|parody|spoof)\b|\b(?:spoof|parody|satire|satirical) account\b"
)
# A comment about a story on screen or in print, whose people are characters: "Watched Line
# of Duty last night, Ted Hastings is definitely bent".
FICTION = (
    r"\b(?:(?:last night s|the|this|next|latest|final|first) episode|storyline|plot twist|box set|boxset|netflix"
    r"|iplayer|spoilers?|season finale|series finale"
    r"|line of duty|eastenders|coronation street|corrie|emmerdale|hollyoaks|midsomer murders|happy valley"
    r"|peaky blinders|breaking bad|the sopranos|the wire|game of thrones|the archers"
    # "Just finished a crime novel set in a fictional council where the mayor murders ...".
    r"|(?:the|that|this) (?:film|movie|novel|sitcom)|(?:a|an)(?: crime| detective| spy)? (?:novel|thriller"
    r"|whodunn?it|sitcom|movie)|murder mystery|crime drama|fictional)\b"
)
# Money given to a party or a campaign: lawful fundraising, whatever access it buys, is
# criticism of politics; bribery needs the money to go to the person for a decision.
FUNDRAISING = (
    r"\bdonations? (?:\w+ ){0,3}(?:to|for) (?:the|his|her|their|a|an) (?:\w+ ){0,2}(?:party|parties|campaign|fighting fund)\b"
    r"|\bparty (?:donors?|donations?|fundraising|fundraisers?|coffers)\b|\bfundraising (?:dinners?|events?|lunch\w*|balls?)\b"
    r"|\bparty s fundraising\b|\bdonors? who pay for\b"
)
# Declaring an interest is what the code of conduct asks of a councillor: "Cllr Reid
# declared a conflict of interest and left the room for the vote" tells of proper conduct,
# as do standing back from a decision and being cleared after referring oneself.
PROPER_CONDUCT = (
    r"(?<!never )(?<!not )(?<!\bt )\b(?:declared|declares|declaring) (?:a |an |his |her |their |my )?(?:\w+ ){0,2}(?:conflict of interest|interests?)\b"
    r"|\bleft the (?:room|meeting|chamber) (?:for|before|during) (?:the |that )?(?:vote|item|debate|discussion|decision)\b"
    # "stepped back from the planning decision", "recused himself", "didn't take part in the
    # vote", "declared he's a member of the golf club".
    r"|\bst(?:epped|epping|eps|ood|ands|anding) (?:back|aside|down) (?:from|as)\b|\brecus(?:ed|es|ing) (?:himself|herself|themselves|myself)\b"
    r"|\b(?:didn t|did not|won t|will not|wouldn t|would not|not to) (?:take part|vote|speak) (?:in|on) (?:the |that |this )?(?:\w+ )?(?:vote|debate|decision|discussion|item|hearing|application)\b"
    r"|\bdeclared (?:that )?(?:he|she|they) (?:s|is|was|are|were) (?:a )?(?:member|friend|neighbour|governor|trustee|director|shareholder)\b"
    # "referred himself to the standards committee ... found he'd done nothing wrong".
    r"|\breferr(?:ed|ing|s) (?:himself|herself|themselves) to\b|\bfound (?:that )?(?:he|she|they) (?:had |d )?done nothing wrong\b"
)
# Words that, as the predicate of "X is/was ...", judge a thing ("this is theft") unless X is a person.
PREDICATE_WORDS = (
    r"(?:criminal|a crime|theft|robbery|a scam|scam|a con(?! (?:man|men|artists?|merchants?))|a rip off|fraud|a fraud|fraudulent|corrupt|corruption"
    r"|a cover up|a stitch up|a racket|bent|crooked|a lie|lies|a fiddle|a slush fund)"
)
COPULA_BEFORE = r"(\S+) (?:is|was|are|were|s|re|be|been|being|looks|seems|sounds) (?:\w+ ){0,2}$"
# A party, a council or a government as the subject: criticism of an institution, not libel
# of a person ("Your party has lied to this town").
INSTITUTION_SUBJECT = (
    r"\b(?:(?:your|the|this|our|their|his|her|that|whole|bloody) (?:\w+ )?(?:party|parties|council|government|administration"
    r"|authority|lot|department|regime|establishment|system|mob)"
    # "Cllr Reid's party has lied", "Reid's cabinet misled": the body she belongs to ("her
    # lot" are her people, who may be few).
    r"|(?<= s )(?:(?:labour|tory|conservative|green|reform|lib dem|ruling|whole) )?(?:party|government"
    r"|administration|cabinet|council|regime|executive)"
    r"|labour|tories|tory party|conservatives|lib dems|liberal democrats|reform uk|greens|snp|ukip|plaid|westminster|politicians"
    r"|democrats|dems|republicans|gop|congress|parliament|the senate|the house|the commons|the lords|whitehall"
    r"|the (?:home office|treasury|dwp|hmrc|nhs|police|met|civil service|cabinet|media|press))"
    # "the party you represent has been lying": the party, whoever belongs to it.
    r"(?: (?:you|u|he|she|they|we|i) (?:represent|represents|lead|leads|belong to|belongs to|stand for"
    r"|stood for|support|supports|voted for|vote for|joined|are in|re in|is in|s in))?"
    r"(?: (?:has|have|had|is|are|was|were|s|ve|just|always|all|keep|kept|also|again|both|been)){0,3} $"
)
# An animal just before the act: "Cllr Reid's dog stole my sandwich", "the seagulls nicked
# my chips". No person did it.
ANIMAL_SUBJECT = (
    r"\b(?:\w+ s|his|her|their|your|my|our|the|that|a|next door s) (?:\w+ )?(?:dogs?|cats?|pupp(?:y|ies)|kittens?"
    r"|parrots?|horses?|ponies|pony|goats?|seagulls?|gulls?|squirrels?|foxes|fox|magpies?|cockapoo|labrador"
    r"|spaniel|terrier|jack russell|greyhound|hamster|rabbit|ferret|cockerel|chickens?)"
    r"(?: (?:has|had|is|was|just|always|keeps?|kept|also|again|s)){0,2}"
    # "My cat is the only drug dealer in this house", "the dog's a right thief"
    r"(?: (?:a|an|the|the only|such a|a right|a real|a proper|a little|the biggest))? $"
)
# Comments that answer someone with a label: "Says the [label]", "Pretty rich coming from a
# [label]". The person accused is the one replied to.
# Words a reply may open with before it answers: "lol says the thief", "oh, this from ...".
INTERJECTIONS = "lol|lmao|lmfao|haha|ha|oh|ooh|well|wow|and|but|erm|um|pmsl|yeah"
ADDRESSEE_FORM = (
    # "Lol this from a convicted shoplifter": an interjection may come first.
    rf"^(?:(?:{INTERJECTIONS}) )*(?:says|said|this from|coming from|rich coming from|(?:a )?bit rich from|rich from)\b|\b(?:rich|funny|ironic|interesting|hilarious|laughable|priceless)"
    r" (?:that )?(?:coming )?from\b(?= (?:a|an|the|someone|somebody|him|her|you|u)\b)|\b(?:rich|funny|ironic|interesting|hilarious|laughable|priceless)"
    r" (?:that )?coming from\b|\b(?:says|said|asks|quoth) the\b|\bcoming from (?:a|an|the|someone who)\b|\bspoken like (?:a|an|the|a true)\b"
    r"|\btakes one to know one\b|\bsays (?:the )?(?:man|woman|guy|bloke|lad|lady|one|person) who\b"
    # "Hark at the expenses fiddler", "Big words from someone who ...", "Pot, kettle,
    # fraudster": retorts to the person replied to. ("Oh look, the benefit cheat is back"
    # may point at someone else: for review, as a label pointed at no one named.)
    r"|\bhark at\b(?= (?:the|him|her|this|that|mr|mrs|miss|ms|cllr|councillor)\b)"
    r"|^(?:\w+ )?(?:big|strong|brave|bold|fine|wise|tough) (?:words|talk) from\b|\bpot (?:calling the )?kettle\b"
    # "Lecturing us on honesty, from a man who fiddled his expenses".
    r"|^(?:\w+ )?(?:lecturing|lectures|preaching|moralising|a lecture|lessons?|advice) (?:\w+ ){0,5}from\b(?= (?:a|an|someone|somebody|the man|the woman)\b)"
)
# Words that carry no meaning of their own around a bare label: "You absolute crook!".
FILLER = (
    "you u ur your a an the what such absolute utter total complete dirty filthy little lying "
    "fucking bloody proper right massive big old just another typical oh wow lol haha mate pal "
    "nice try good one cheers thanks ok okay sure yeah"
)
# People described by their trade or place rather than named: "the tattoo artist on Bath
# Street", "the treasurer of the residents' association", "two suspended taxi drivers".
OCCUPATIONS = (
    r"tattoo artists?|head(?= at )|head ?masters?|head ?mistress(?:es)?|deputy heads?|principals?|taxi drivers?|cabbies|cab drivers?|bus drivers?|teachers?|head ?teachers?|vicars?|priests?|imams?|rabbis?"
    r"|coach(?:es)?|vets?|(?:mini ?bus|van|lorry|delivery) drivers?|doctors?|gps?|nurses?|dentists?|detectives?|police officers?|coppers?|pcsos?|bobbies|landlords?|landlady|builders?"
    r"|plumbers?|electricians?|shopkeepers?|shop owners?|owners?|publicans?|barbers?|hairdressers?|estate agents?|solicitors?|lawyers?"
    r"|accountants?|trustees?|governors?|candidates?|mps?|msps?|agents?|wardens?|scout leaders?|cubs? leaders?|brownie leaders?|guide leaders?|youth leaders?|childminders?"
    r"|campaigners?|campaign leaders?|organi[sz]ers?|founders?|fundraisers?|social workers?|bin men|binmen|postm[ae]n|butchers?|bakers?|mechanics?|tradesm[ae]n|contractors?"
    r"|security guards?|bouncers?|doorm[ae]n|carers?|care workers?|foster carers?|cleaners?|caretakers?|receptionists?|lollipop (?:lady|man)|lifeguards?"
    r"|managers?|chefs?|bar staff|barm[ae]n|barmaids?|treasurers?|clerks?|paramedics?|midwi(?:fe|ves)|pharmacists?|nann(?:y|ies)|babysitters?|tutors?"
    r"|reporters?|journalists?|editors?|tenants?|lodgers?|occupants?|occupiers?|physios?|physiotherapists?|osteopaths?|chiropractors?|masseurs?|massage therapists?|opticians?|beauticians?|therapists?|counsellors?"
    r"|(?:driving |swimming |football |dance )?instructors?|(?:driving )?examiners?|surveyors?|assessors?|personal trainers?|stewards?|traffic wardens?|neighbou?rs?|next door neighbou?rs?|gardeners?|handym[ae]n|roofers?|scaffolders?"
    r"|groundsm[ae]n|park keepers?|park rangers?|dinner lad(?:y|ies)|bursars?|vergers?|tattooists?|dog walkers?|window cleaners?"
    r"|dog groomers?|breeders?|bailiffs?|janitors?|porters?|gamekeepers?|ticket inspectors?|driving inspectors?"
    r"|(?:desk |custody |police )?sergeants?|sarge|(?:special |police )?constables?|police inspectors?|posties?"
    r"|farmers?|fisherm[ae]n|skippers?|harbour ?masters?|ice cream m[ae]n"
    r"|(?:man|woman|bloke|lad|guy|fella|lady|chap|family|couple) (?=who |that |at |on |from |in |with |w |wi |fae |across |next door|down |outside |opposite |behind |near |by the )"
    r"|drivers? (?=of the |on the |for )"
)

# Who a wrong was done by, and whether anyone was. "I was sexually assaulted years ago" and
# "to have your content stolen" name a victim only; "... assaulted by Cllr Reid" names the
# wrongdoer, "by a fellow student" does not. The writer's own state ("I am so drunk") is
# no allegation either.
# "deserves to be violently attacked", "to have your content stolen": the victim, not the
# wrongdoer, is named.
PASSIVE = (
    # "was raped", "have been murdered and raped", "girls r raped", "get full blown raped",
    # "was gang raped":
    # the one the wrong is done to, with up to three adverbs and one earlier wrong between.
    r"\b(?:be|been|being|bein|was|were|got|get|gets|getting|gettin|is|are|r|am)\s+"
    # "needs to be pack raped", "almost got mf raped":
    r"(?:(?:never|not|just|already|also|all|ever|once|twice|both|then|later|often|full|blown|gang|pack"
    r"|statutory|mf|fucking|effing|bloody|\w+ly) ){0,3}"
    # "being mutilated, raped and oppressed", "are raped, gang raped"
    # "is being beaten dragged disrobed and raped":
    r"(?:(?:\w+ed|beaten|stolen|shot|hit) (?:(?:and|or|and then|then) )?(?:(?:\w+ly|gang) )?){0,4}$"
    # "had my bike stolen", "We had a parcel stolen off our step"
    r"|\b(?:had|have|has|having|get|got|getting) (?:my|your|his|her|its|our|their|the|a|an|some|two|three) (?:\w+ ){0,4}$"
)
# Acts that make an allegation when done to a person named right after them ("He
# assaulted Jane Smith"); the scorer checks that a name follows.
ACT_ON = (
    # Not "attacked", "abused" or "shot": as often words, insults or photographs.
    r"\b(?:(?:sexually|physically|violently|brutally) )?(?:assaulted|raped|murdered|killed|stabbed"
    r"|strangled|molested|groped|punched|stalked|beat up|poisoned|kidnapped)\b"
)
# Where "killed Chelsea" or "murdered Shakira's song" is a game or a performance.
ACT_ON_PLAY = (
    r"\b(?:match|game|games|goals?|scored|score|season|league|derby|final|cup|pitch|karaoke|song"
    r"|songs|set|gig|cover|round|race|debate|quiz|election|poll|polls|vote|votes|at the ballot)\b"
)
VICTIM = (
    r"(?:\w+ )?(?:assaulted|attacked|groped|harassed|robbed|stolen|nicked|pinched|abused|molested"
    r"|vandali[sz]ed|torched|keyed|broken into|graffitied"
    r"|stalked|hacked|blackmailed|burgled|raped|stabbed|punched|beaten|mugged|scammed|defrauded"
    r"|conned|swindled|flashed|strangled|choked|kicked|slapped|battered|murdered|killed|extorted"
    r"|groomed)\b"
)
# The same wrongs in the present, done to whoever follows: "he murders people for fun",
# "she scams people".
VICTIM_NOW = (
    r"(?:\w+ )?(?:assaults|attacks|gropes|harasses|robs|abuses|molests|stalks|blackmails|rapes"
    r"|stabs|mugs|scams|defrauds|cons|swindles|strangles|beats|murders|kills|extorts|grooms)\b"
)
BY_SOMEONE = (
    r" (?:by|at the hands of) (?!(?:a|an|some|someone|somebody|one of|other|others|the other|strangers?|people|men|boys|lads|kids|youths"
    r"|thieves|persons? unknown|the council|the government)\b)"
)
SELF = (
    r"(?:^|\s)(?:i|we)(?: (?:am|m|was|were|got|get|ve|have|had|been|so|really|very|totally|absolutely|d|would|could|nearly|almost"
    r"|just|a|bit|completely|still|feel|felt|being|all|both|getting|proper))+ $"
)

# The names of offences, which a comment can discuss without accusing anyone ("corruption
# in politics"), and the words that lay one at someone's door: right before it ("is
# fraud", "pure corruption"), within three words ("guilty of", "his"), or after it ("by").
OFFENCE_NOUN = (
    r"(?:corruption|bribery|fraud|theft|harassment|sexual (?:assault|assaults|harassment)|perjury"
    r"|child abuse|domestic abuse|tax evasion|money laundering|electoral fraud|vote rigging|cover ups?"
    r"|homicides?|manslaughter|attempted murder|burglary|burglaries|robbery|robberies|muggings?"
    r"|stabbings?|arson|vandalism|break ins?|dr(?:ink|unk) driving|grooming|shoplifting|fly tipping"
    r"|anti ?social behaviour|car crime|knife crime|drug dealing|benefits? fraud|insurance fraud"
    r"|tax fraud|mortgage fraud|identity theft)"
)
LINK_BEFORE = (
    "of for with committed commit commits committing guilty his her their your my s is was "
    "its it this that thats pure blatant outright sheer textbook classic plain obvious clear "
    "total absolute"
)
LINK_NEAR = (
    "of for committed commit commits committing guilty his her their your masterminded orchestrated"
    " organised organized plotted planned complicit implicated embroiled instigated ran behind"
)
LINK_AFTER = (
    r" (?:by|from|at the hands of) (?!(?:the )?(?:left|right|media|liberals|democrats|dems|tories|labour)\b)"
    # "grooming girls online": the offence done, with whom it was done to.
    r"| (?:girls|boys|kids|children|teenagers|young|underage|vulnerable|her|him|them|a (?:girl|boy|child))\b"
)
# "Fraud, plain and simple.": the offence alone before a stop is a verdict on what came before.
# "Electoral fraud plain and simple."
VERDICT_END = (
    r"\s*(?:[,.!?;:—–-]|$|(?:plain and simple|pure and simple|nothing (?:more|less)|end of)\b)"
)
# "Classic catchment fraud.", "Safeguarding cover up.": a verdict may name the kind of offence
# in a word or two first. These words start something else: a topic, a denial, a campaign.
NOT_A_VERDICT_WORD = (
    "the a an no not any anti against about on of in at for to from more less some stop tackle "
    "tackling tackled fight fighting fought prevent preventing report reported reporting zero "
    "and or but re than like as with rising rise rises falling fall falls what which where who "
    "whose how why when"
)

# What a politician said or did in office: "lied" about these is argument about a record.
POLITICAL_SPEECH = (
    r"\b(?:promis\w*|pledge\w*|manifesto|said|says|claimed|claims|told (?:us|residents|the)|"
    r"announced|voted?|votes|election|campaign\w*|cuts?|budget|policy|policies|consultation|leaflets?"
    r"|newsletters?|speech|speeches|interview|debate|hustings|press release|tweets?|figures"
    r"|numbers|statistics|stats|costs?|scheme|plans?|ballot|ballot box|re ?election|vote (?:you|him|her|them) out"
    r"|(?:lied|lying|lies) to (?:us|residents|voters|everyone|people|local people|this (?:town|ward|village|borough|city|council)"
    r"|the (?:public|town|ward|residents|voters|people))"
    # What a council runs: lying "about the library" is argument about a record.
    r"|(?:lied|lying|lies) (?:\w+ ){0,3}about (?:the |our )?(?:\w+ ){0,3}(?:library|libraries|roads|potholes|bins|bin collections"
    r"|parking|housing|schools?|school places|park|parks|buses|bus lane|bus service|pool|leisure centre|high street|green belt"
    r"|bypass|council tax|flood defences|cycle lanes?|traffic|planning|local plan|regeneration|nhs|hospital|crime figures))\b"
)
# Lying to the police, a court or an inquiry is an allegation of a crime, not argument (an
# auditor or an investigator only when lied to: not "the auditor's figures prove it").
OFFICIAL_LIE = (
    r"\b(?:police|court|judge|oath|inquiry|tribunal|ombudsman|hmrc|complaints?|inquest)\b"
    r"|\b(?:to|before|with) (?:the |an? |his |her |their )?(?:\w+ )?(?:auditors?|investigat\w*)\b"
)

# An all-lowercase hashtag can't be split at capitals: look for a stem inside it.
JOINED_TAG: dict[str, str] = {
    "corrupt": "bribery or corruption",
    "crook": "bribery or corruption",
    "bent": "bribery or corruption",
    "liar": "dishonesty or a cover-up",
    "lying": "dishonesty or a cover-up",
    "fraud": "fraud",
    "paedo": "abuse of children",
    "nonce": "abuse of children",
    "thie": "theft",
    "stdspreader": "sexual misconduct",
}

# A wink at a named person ("Cllr Lee and the new Range Rover 😉") is innuendo only with a
# topic that invites the reader to supply wrongdoing: sudden money and where it came from.
# The wink is read from the original (emoji do not survive canonical text).
WINK = r"[🤔😉😏👀🙄🤫💰💷💸]|\*(?:wink|cough|ahem)\*|\b(?:cough cough|ahem)\b"
SUGGESTIVE = (
    r"\b(?:new (?:car|range rover|bmw|merc\w*|audi|porsche|tesla|extension|conservatory|kitchen|house"
    r"|villa|holiday|boat|watch|motor)|where (?:the|his|her|all the|that) money (?:came|comes|went|goes)"
    r"|how (?:can|could|did|does) (?:he|she|they) afford|brown envelopes?|backhanders?|paid for it)\b"
    r"|\b(?:son|daughter|brother|sister|wife|husband|mate|mates|pal|pals|friends?|cousin|partner|in law|family|company|firm|business)(?: s)? (?:\w+ ){0,2}(?:got|gets|won|owns|landed|was given|runs)\b"
    # A favour to someone's own: "every time her cousin puts in for planning it sails
    # through", "his grandson got into St Aldhelm's over 40 kids on the waiting list".
    rf"|\b(?:{KIN_AND_IN_LAWS}|grandson|granddaughter|missus|fella)(?: s)? (?:\w+ ){{0,5}}(?:sails? through|sailed through|got into|jump(?:ed|s|ing)? the (?:\w+ )?(?:queue|list)|skipped the (?:\w+ )?(?:queue|list)|written off|bumped (?:up|from))\b"
    # Money that never arrived: "how much actually reached the hospice", "the hospice got
    # £1,500. Where's the rest", "the account was £14k short when he stepped down".
    r"|\b(?:how much|only|nothing|not a penny|none of it|a fraction) (?:(?:of it|£ ?\d[\d,.]*k?|\d[\d,.]*k?) )?(?:\w+ )?(?:reached|got to|made it to|arrived at|went to) the (?:hospice|charity|school|club|kids|fund|appeal|food ?bank)\b"
    r"|\bwhere s the rest\b|\b\d[\d,.]*(?:k| grand| thousand) short\b"
    # Wealth a wage cannot explain: "paid for that extension on a part time wage", "paid off
    # his mortgage the same year the contract was signed", "a new hot tub and a caravan".
    r"|\bon (?:a|his|her|their) (?:\w+ ){0,2}(?:wage|salary|pension)\b|\bpaid off (?:his|her|their) mortgage\b"
    r"|\b(?:new|brand new) (?:hot tub|caravan|motorhome|detached|bungalow|(?:4|5|four|five) bed\w*|jacuzzi|jet ski)\b"
    r"|\b(?:bought|buy|buys|paid for) (?:\w+ ){1,4}(?:with|in|for) (?:cash|readies)\b"
    r"|\bwho s paying\b|\bwho (?:is|was) paying\b|\bwho paid\b|\b(?:job|directorship|consultancy|seat on the board) (?:with|at|for) the (?:developer|firm|company|contractor|builder)s?\b"
    r"|\b(?:the )?same (?:developer|builder|firm|company|contractor)\b|\b(?:now )?drives? (?:a|an|round in a) (?:new |brand new )?(?:range rover|porsche|bmw|merc\w*|tesla|audi|bentley)\b"
    r"|\bcontract went to\b|\bon (?:a|his|her) (?:councillor s )?allowance\b"
    # Praise said with a roll of the eyes: "SUCH an honest man 🙄", "the most honest man. Not."
    r"|\b(?:such an?|so|very|really|the most|ever so|totally|a totally|a very|an absolutely) (?:honest|trustworthy|upstanding|law abiding|honourable|honorable|principled|transparent)\b"
)

# A decision, a vote or a policy is a thing even when it is someone's ("your decision is
# criminal"); a company or a charity that is someone's is not ("his charity is a scam").
ACTS = (
    "decision decisions vote votes voting policy policies plan plans scheme schemes budget "
    "budgets cuts cut proposal proposals closure closures choice choices handling record"
)
# A sentence about a whole group: "Every X is a ...", "they're all ...".
GROUP = (
    r"^\W*(?:every|all|most|these|those|each)\b"
    r"|\b(?:are all|all are|re all|every one of them|every single one)\b"
)
# "It's a scam" about what someone did is hyperbole only with these words.
HYPERBOLE_PREDICATE = r"(?:\w+ ){0,2}(?:criminal|a crime|a scandal|a scam|scam|a slush fund|a con(?! (?:man|men|artists?))|a rip off|a racket|a stitch up|robbery)\b"
# Charges said of one person as a label: "Awan the liar", "#thief".
PERSON_LABELS = (
    "liar|thief|crook|fraud|fraudster|paedo|paedophile|pedo|pedophile|nonce|groomer|rapist"
    "|abuser|con ?man|criminal|bully|perv|pervert|thug|drunk|drunkard|alcoholic|junkie|druggie"
    "|crackhead|cokehead|cheat|swindler|scammer|bigamist|wife ?beater|molester|stalker|forger"
    "|perjurer"
)
# The offices a hashtag can name: "#CorruptCouncillor".
TAG_PERSON = "councillor cllr mayor mp leader chair chairman clerk treasurer officer minister"
# The bare exchange words that fundraising explains: "in return for donations".
EXCHANGE = r"in (?:return|exchange) for(?: \w+)*"

# Spellings of Scots and of text-speak that the rules read as standard English before they
# look for an allegation ("he wisnae there", "selling mair than chips oot the back"), a
# negative as the canonical text writes "wasn't" ("wasn t"); the reason still quotes the
# commenter's own words. Only words with one meaning are here: not
# "ken" (a name too), "dug" (dog, and the past of dig) or "aw" (all, and "aww").
SPELLINGS: dict[str, str] = {
    "wi": "with",
    "wiv": "with",
    "w": "with",
    "mair": "more",
    "oot": "out",
    "aboot": "about",
    "fae": "from",
    "frae": "from",
    "tae": "to",
    "intae": "into",
    "oan": "on",
    "doon": "down",
    "roon": "round",
    "whit": "what",
    "wisnae": "wasn t",
    "wasnae": "wasn t",
    "werenae": "weren t",
    "didnae": "didn t",
    "dinnae": "don t",
    "doesnae": "doesn t",
    "cannae": "can t",
    "couldnae": "couldn t",
    "wouldnae": "wouldn t",
    "widnae": "wouldn t",
    "shouldnae": "shouldn t",
    "isnae": "isn t",
    "hasnae": "hasn t",
    "havnae": "haven t",
    "havenae": "haven t",
    "naebody": "nobody",
    "naething": "nothing",
    "nae": "no",
    "hoose": "house",
    "polis": "police",
    "heidie": "head teacher",
    "janny": "janitor",
    "lassie": "girl",
    "lassies": "girls",
    "wean": "kid",
    "weans": "kids",
    "ye": "you",
    "yer": "your",
    "telt": "told",
    "gie": "give",
    "gied": "gave",
    "kens": "knows",
    "greetin": "crying",
    "n": "and",
    "bk": "back",
}
