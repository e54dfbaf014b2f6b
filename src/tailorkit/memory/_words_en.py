"""The English words the extraction rules share: what drinks, diets, relations and body parts are called,
the dates and future tenses that make a plan, and how the object of a rule is cleaned of the words around
it."""

from __future__ import annotations

import re
from collections.abc import Callable

from tailorkit.text import index_terms

__all__ = [
    "AGE_WORD_EN",
    "BODY",
    "CARS_EN",
    "CAT_BREEDS_EN",
    "CHANGE_EN",
    "CONDITIONS",
    "DATE_EN",
    "DAYS",
    "DIETS",
    "DOG_BREEDS_EN",
    "DRINKS",
    "DRUGS_EN",
    "FUTURE_EN",
    "HOME_KIT_EN",
    "LEFT",
    "MATERIAL_EN",
    "OCCUPATIONS",
    "PETS",
    "PLACE_NAME_EN",
    "RELATIONS",
    "SET_OFF_FEELINGS",
    "SET_OFF_WHEN",
    "SUBJECTS_EN",
    "WORK_HOURS",
    "allergen",
    "as_named",
    "clean",
    "day_cased",
    "drink_of",
    "message_plain",
    "plain",
    "set_off_by",
    "third_person",
]

BODY = (
    "knees?|(?:lower |upper )?back|stomach|heart|hips?|shoulders?|wrists?|ankles?|eyes|eyesight|hearing|"
    "joints|neck|feet|foot|legs?|arms?|hands?|fingers?|thumb|toes?|elbows?|acl|meniscus|hamstrings?|"
    "achilles(?: tendon)?|calf|calves|ribs?|collarbone|spine|jaw|teeth|tooth|skin|lungs?|chest|throat|"
    "groin|rotator cuff|ligaments?|tendons?|disc"
)
"""Parts of the body a condition or an injury is of ("my knees are bad", "I tore my ACL")."""
CONDITIONS = (
    r"(?:(?:type [12]|gestational|mild|severe|chronic|bad|borderline|early[- ]onset|clinical|seasonal|"
    r"really bad|quite bad|pretty bad|terrible|awful|dreadful|horrendous|horrible) )*"
    r"(?:asthma|diabetes|pre-?diabetes|adhd|autism|dyslexia|dyspraxia|dyscalculia|epilepsy|arthritis|"
    r"(?:high|low) blood pressure|hypertension|high cholesterol|heart disease|a heart (?:condition|murmur)|"
    r"ibs|crohn'?s(?: disease)?|colitis|co?eliac(?: disease)?|gout|migraines?|anxiety|depression|ptsd|ocd|"
    r"bipolar(?: disorder)?|insomnia|sleep apno?ea|eczema|psoriasis|acne|rosacea|hay ?fever|tinnitus|"
    r"vertigo|fibromyalgia|chronic fatigue(?: syndrome)?|burnout|burn-out|(?-i:ME(?:/CFS)?|CFS|MS(?! (?:Word|Office|Teams|Excel|Paint|Access|Outlook|Edge|DOS)))|long covid|lupus|multiple sclerosis|"
    r"parkinson'?s(?: disease)?|cancer|kidney disease|an(?:a)?emia|a thyroid (?:problem|condition)|"
    r"hypothyroidism|hyperthyroidism|an? (?:under|over)active thyroid|pcos|endometriosis|gerd|acid reflux|"
    r"sciatica|scoliosis|glaucoma|cataracts|osteoporosis|ha?emophilia|sickle cell(?: disease)?|copd|"
    r"a pacemaker|a slipped disc|a hernia|hearing loss|dementia|allergies|food allergies|panic attacks|"
    r"an? (?:bad |slight |mild |severe )?(?:stammer|stutter)|(?:really |very |super )?sensitive (?:teeth|skin|gums|eyes)|"
    r"anxiety attacks|nosebleeds|cold sores|heartburn|(?:motion|travel|car|sea|air|altitude) ?sick(?:ness)?|tennis elbow|"
    r"golfer's elbow|runner's knee|frozen shoulder|shin splints|carpal tunnel|a weak bladder|"
    # an injury of a part of the body: "a sprained ankle", "a broken wrist"
    r"(?:an? )?(?:sprained|twisted|broken|fractured|pulled|strained|torn|dislocated) (?:left |right )?"
    r"(?:ankle|wrist|knee|arm|leg|foot|toe|finger|thumb|hamstring|calf|shoulder|elbow|rib|collarbone|back|"
    r"neck|muscle|ligament|hip)s?|"
    # what the user is getting over: "a knee operation", "hip surgery", "a stroke"
    r"(?:an? )?(?:\w+ ){0,2}?(?:operations?|op|surgery|surgeries|replacements?|reconstruction|repair|transplant|fracture|stroke|heart attack|concussion|"
    r"c-section|miscarriage|(?:nervous |mental )breakdown|breakdown(?= (?:last|this|in \d{4}|a few|two|three|four|five|"
    r"several|some)\b))(?=\s*$|\s*[,.;!?]|\s+(?:on|in|last|this|a|an|\d+|and|but|so|which|when|after|"
    r"from|at|for|recently|yesterday|ago|two|three|four|five|six|several|some)\b)|"
    r"(?!diagnosis\b|prognosis\b)\w+(?:itis|osis)|\w+(?:[ -]\w+)? (?:disorder|syndrome|disease|deficiency))"
)
"""Conditions a user lives with ("I have type 1 diabetes", "I suffer from migraines", "I was diagnosed
with coeliac disease"): named ones and those a word's ending names ("tendinitis", "... syndrome")."""

DRINKS = frozenset(
    [
        "coffee",
        "tea",
        "water",
        "juice",
        "milk",
        "beer",
        "wine",
        "soda",
        "cola",
        "matcha",
        "espresso",
        "latte",
        "cappuccino",
        "kombucha",
        "smoothies",
        "smoothie",
        "lemonade",
        "cocoa",
        "chocolate",
        "whisky",
        "whiskey",
        "vodka",
        "gin",
        "rum",
        "sake",
        "decaf",
        "oat",
    ]
)
_AFTER_A_DRINK = frozenset(
    {"with", "without", "and", "or", "but", "in", "from", "at", "on", "for", "to", "after", "before", "over",
     "than", "instead", "any", "all", "most", "every", "when", "whenever", "if", "because", "first"}
)  # fmt: skip
"""Words that may follow a drink's name when the phrase is about the drink ("tea over coffee any day")."""


def drink_of(obj: str) -> str | None:
    """The drink ``obj`` names ("coffee", "oat milk", "tea with honey": its first word), or None when
    a drink's word only begins another thing ("water sports", "coffee shops")."""
    words = obj.lower().split()
    if not words or words[0] not in DRINKS:
        return None
    return words[0] if len(words) == 1 or words[1] in DRINKS or words[1] in _AFTER_A_DRINK else None


DIETS = {
    "vegetarian": "vegetarian",
    "vegan": "vegan",
    "pescatarian": "pescatarian",
    "gluten-free": "gluten-free",
    "keto": "keto",
    "halal": "halal",
    "kosher": "kosher",
    "lactose intolerant": "lactose intolerant",
    "diabetic": "diabetic",
}
DOG_BREEDS_EN = (
    "labradors?|greyhounds?|spaniels?|terriers?|poodles?|beagles?|collies?|"
    "retrievers?|huskies|husky|dachshunds?|pugs?|bulldogs?|chihuahuas?|alsatians?|german shepherds?|"
    "whippets?|lurchers?|corgis?|shih tzus?|cockapoos?|labradoodles?|schnauzers?|boxers?|rottweilers?|"
    "dobermans?|dalmatians?"
)
CAT_BREEDS_EN = "maine coons?|ragdolls?|siamese"
PETS = (
    "dogs?|pupp(?:y|ies)|cats?|kittens?|rabbits?|bunn(?:y|ies)|hamsters?|guinea pigs?|gerbils?|rats?|mice|"
    "parrots?|budgies?|tortoises?|turtles?|snakes?|lizards?|geckos?|horses?|pon(?:y|ies)|ferrets?|goldfish|"
    f"chickens?|hens?|{DOG_BREEDS_EN}|{CAT_BREEDS_EN}"
)
"""Animals a household keeps, by kind or breed ("a rescue greyhound", "two cats")."""
OCCUPATIONS = (
    "nurse|doctor|physician|surgeon|dentist|pharmacist|midwife|paramedic|vet|veterinarian|therapist|"
    "psychologist|psychiatrist|counsell?or|social worker|caregiver|carer|teacher|lecturer|professor|tutor|"
    "student|undergrad|grad student|PhD student|engineer|developer|programmer|coder|designer|architect|"
    "lawyer|attorney|solicitor|barrister|judge|paralegal|accountant|auditor|bookkeeper|consultant|manager|"
    "analyst|scientist|researcher|economist|banker|trader|writer|author|journalist|reporter|editor|"
    "translator|interpreter|artist|illustrator|animator|musician|singer|composer|dancer|actor|actress|"
    "photographer|filmmaker|chef|cook|baker|butcher|waiter|waitress|bartender|barista|driver|pilot|"
    "flight attendant|mechanic|electrician|plumber|carpenter|builder|farmer|gardener|firefighter|"
    "police officer|officer|soldier|nanny|cleaner|cashier|clerk|receptionist|secretary|librarian|"
    "security guard|porter|caretaker|care worker|warehouse worker|picker|packer|forklift driver|courier|postie|"
    "delivery driver|bus driver|"
    "salesperson|realtor|estate agent|marketer|freelancer|entrepreneur|founder|CEO|intern|retiree|"
    "pensioner|coach|personal trainer|trainer|hairdresser|barber|technician|administrator|civil servant|"
    "priest|pastor|vicar|rabbi|imam|chaplain|curate|minister|homemaker|housewife|househusband|stay-at-home (?:mom|mum|dad|parent)|\\w+ologist|"
    "sculptor|tailor|seamstress|welder|roofer|decorator|painter and decorator|bricklayer|joiner|"
    "locksmith|blacksmith|shopkeeper|zookeeper|housekeeper|gamekeeper|groundskeeper|innkeeper|\\w*therapist|dietitian|nutritionist|florist|postman|postwoman|"
    "fisherman|lifeguard|surveyor|childminder|teaching assistant|chiropractor|optometrist|"
    "groomer|dog walker|beekeeper|labourer|laborer|plasterer|tiler|scaffolder|glazier|stonemason|upholsterer|"
    "jeweller|jeweler|cabbie|landscaper|sommelier|stylist|influencer|youtuber|streamer|blogger|vlogger|podcaster|"
    "doula|handyman|miner|crossing guard|dinner lady|lollipop lady|youth worker|support worker|steward|stewardess|"
    "conductor|dispatcher|hygienist|butler|concierge|chauffeur|farmhand|shepherd|sailor|ranger|warden|"
    "bouncer|doorman|bailiff|auctioneer|dealer|croupier|roadie|DJ|locum|GP|"
    "\\w+ician|\\w+grapher"
)
"""Jobs said after "a" or "an" ("I'm a nurse", "my husband is a doctor"), as alternatives of a pattern."""
RELATIONS = (
    "daughter|son|wife|husband|partner|girlfriend|boyfriend|mother|mum|mom|father|dad|brother|sister|"
    "grandmother|grandma|grandfather|grandpa|granny|nan|nana|grandad|granddad|granddaughter|grandson|baby|kid|child|"
    "aunt|uncle|niece|nephew|cousin|stepdaughter|stepson|little boy|little girl|boy|girl|dog|cat|puppy|boss|friend|"
    "best friend|colleague"
)
CARS_EN = (
    r"Fiat|Ford|Toyota|Prius|Honda|VW|Volkswagen|Tesla|BMW|Audi|Mercedes|Kia|Hyundai|Nissan|Renault|Peugeot|"
    r"Citro[eë]n|Vauxhall|Opel|Skoda|Volvo|Mazda|Mini|Land Rover|Range Rover|Subaru|Suzuki|Dacia|Polestar|BYD|"
    r"Lexus|Porsche|Jaguar|Chevy|Chevrolet|Dodge|Jeep|Yaris|Corolla|Qashqai|Fiesta|Corsa"
)
"""Makes (and a few models) a car is known by: what "I have a ..." names as a car (not "I have a Labrador",
"a Golf lesson")."""
HOME_KIT_EN = (
    r"car|oven|dishwasher|microwave|lift|elevator|tv|television|garden|yard|balcony|bath|bathtub|washing machine|"
    r"tumble dryer|dryer|freezer|wi-?fi|internet|driving licen[cs]e|licen[cs]e|printer|smartphone|laptop|desk|"
    r"hob|stove|fridge|bike|bicycle|shower|parking|heating|air ?con(?:ditioning)?|garage|computer|kitchen|"
    r"outdoor space|outside space|gas|gas hob|gas supply|credit card|bank account"
)
"""What a home or a household may lack ("We don't have an oven", "no garden"): what advice has to do without."""


DRUGS_EN = (
    r"blood thinners|insulin|antidepressants|steroids|statins|beta[- ]blockers|warfarin|metformin|lithium|"
    r"immunosuppressants|antibiotics|levothyroxine|thyroxine|ramipril|amlodipine|sertraline|omeprazole|"
    r"atorvastatin|simvastatin|lisinopril|losartan|bisoprolol|aspirin|clopidogrel|apixaban|rivaroxaban|"
    r"prednisolone|prednisone|methotrexate|gabapentin|melatonin|"
    r"(?:heart|blood pressure|thyroid) (?:meds|medication|pills|tablets)"
)
"""Medicines a user says they are on or take by name ("I'm on metformin", "I take blood thinners")."""
SUBJECTS_EN = (
    r"(?:maths?|mathematics|algebra|geometry|calculus|trigonometry|trig|statistics|stats|probability|fractions|"
    r"decimals|percentages|equations|times tables|long division|mental maths|physics|chemistry|biology|science|"
    r"history|geography|economics|accounting|english|grammar|spelling|punctuation|essays?|essay writing|"
    r"reading comprehension|french|spanish|german|italian|latin|mandarin|chinese|japanese|korean|arabic|"
    r"vocab(?:ulary)?|verbs?|verb conjugations?|conjugations?|tenses|pronunciation|coding|programming|"
    r"music theory|sight[- ]reading)"
)
"""What a learner studies and may find hard ("geometry kills me"), as alternatives of a pattern."""
HARD_EN = (
    r"(?:really |very |quite |so |a bit |pretty |super |always |still |an absolute |a total |a real )?"
    r"(?P<how>hard|difficult|tough|tricky|impossible|a (?:real |big )?struggle|a (?:real |big )?challenge|"
    r"a (?:total |real )?nightmare|exhausting|stressful)"
)
"""How something is said to be hard for someone ("really hard", "a nightmare", "a real struggle"), as in
"Phone calls are hard for me" and "times tables are a nightmare for my son"."""
DATE_EN = re.compile(
    r"\b(?:tomorrow|tonight|today|next (?:week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)|this (?:week|weekend|month|year|summer|winter|spring|autumn|fall)|on (?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)|in (?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december|\d+ (?:days|weeks|months))|(?:january|february|march|april|may|"
    r"june|july|august|september|october|november|december) \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? "
    r"of \w+|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?|(?:from|until|till|through) (?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|the \d{1,2}(?:st|nd|rd|th))"
    # "from Friday to Monday": the whole span
    r"(?: (?:to|till|until|through) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))?"
    # "on the 28th", "at the end of the month", "by the end of March", "in two weeks", "in a fortnight"
    r"|on the \d{1,2}(?:st|nd|rd|th)(?=\s*(?:$|[,.;!?)]|(?:of|at|and|so|but|when|because|for|to|in|from|until|"
    r"till|I|we|then)\b))"  # a day of the month, not "on the 14th floor"
    r"|(?:at |by )?the (?:end|start|beginning|middle) of (?:the |this |next )?"
    r"(?:month|week|year|term|january|february|march|april|may|june|july|august|september|october|november|"
    r"december)|in (?:a|one|two|three|\d+) (?:days?|weeks?|months?)|in a fortnight"
    # "I'm moving to Dublin in the new year", "we're getting married in the spring"
    r"|in the new year|(?:in|over) the (?:spring|summer|autumn|fall|winter)|after christmas)\b",
    re.IGNORECASE,
)
FUTURE_EN = re.compile(
    r"\b(?:will|'ll|going to|gonna|plan(?:ning)? to|start(?:s|ing)?|begin(?:s|ning)?|have an?|'ve got (?:an?|my)|"
    r"have got (?:an?|my)|"
    # a household member's: "my daughter has a test on Friday", "my son's got his driving test next week"
    r"(?:daughter|son|wife|husband|partner|mum|dad|mom|kid|child|youngest|eldest) (?:has|'s got|has got) "
    r"(?:an?|his|her|their)|"
    r"(?:am|is|are|'m|'s|'re) (?:(?:currently|now|also|still|busy) )?(?:(?:re-)?\w+ing|away|off|on (?:a|an|my|our|the|"
    r"holiday|leave|vacation))|flying|"
    # where the user is for a while: "I'm in Lisbon for work until Friday", "we're in Cornwall this week"
    r"(?:am|'m|are|'re) (?:currently |now |still )?(?:in|at) (?!(?-i:Year|Grade|Form)\b)(?-i:[A-Z])[\w'-]*(?= (?:.*\b)?(?:until|till|til|this|"
    r"for the (?:week|weekend)|over the)\b)|"
    r"moving|visiting|leaving|due|turns|turning)\b"
    # what is booked for a day: "my GCSE maths exam is on June 5th", "my interview's next Tuesday"
    r"|\b(?:my|our) (?:[\w'-]+ ){0,3}?(?:exams?|tests?|mocks?|finals|appointment|interview|surgery|operation|flight|"
    r"wedding|party|match|race|deadline|meeting|presentation|trip|holiday|check-?up|scan|audition|birthday|"
    r"anniversary|graduation|recital|concert|"
    r"viewing|court date|due date)(?:'s| is| are)\b",
    re.IGNORECASE,
)
CHANGE_EN = re.compile(r"\b(?:switched|changed|moved|now|anymore|no longer|these days|nowadays)\b", re.I)
_TAIL = re.compile(
    r"\s*(?:\b(?:very much|so much|a lot|a bit|anymore|any more|these days|nowadays|right now|at the moment|now|"
    r"too|as well|"
    r"really|at all|lately|recently|instead|every day|daily|in the morning|completely|entirely|totally|"
    r"altogether|for good|lol|lmao|haha|hahaha|tbh|tho|though|btw)\b\s*)+$",
    re.IGNORECASE,
)
_WHEN_TAIL = re.compile(
    # (not "this year": when a goal is to be reached; nor "since my knee operation": why, which the memory says)
    r"\s+(?:last (?:spring|summer|autumn|fall|winter|year|month|week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"|in the new year|(?:a|one|two|three|\d+) (?:years?|months?|weeks?) ago|and (?:I )?(?:don't|do not) miss (?:it|them))"
    r"(?=\s*$|\s+(?:and|now|any ?more)\b)",
    re.IGNORECASE,
)
"""When, said after a thing given up ("smoking last spring", "alcohol in the new year and don't miss it"): no
part of what it is."""
_LEAD = re.compile(
    # (not what times the doing: "eating after 7pm")
    r"^(?:the|a|an|some|to|drinking|eating|watching|reading|playing|listening to)\s+"
    r"(?!(?:and|or|out|after|before|past|late|at)\b)",
    re.I,
)


_PRONOUNS = frozenset(
    {"it", "them", "that", "this", "those", "these", "one", "ones", "either", "all of it", "all of them",
     "any of it", "any of them", "it all", "them all"}
)  # fmt: skip
"""Objects that name nothing on their own ("so I avoid it"): what they stand for is in another clause,
which the rules read by itself."""


_CONTRACTED = re.compile(
    r"\b(?:(?P<i>im|ive)|(?P<neg>dont|doesnt|didnt|cant|wont|isnt|arent|wasnt|werent|havent|hasnt|"
    r"shouldnt|couldnt|wouldnt))\b|(?<![\w.'-])(?P<me>i)(?=\s|'(?:m|ve|d|ll)\b|$)",
    re.IGNORECASE,
)


PLACE_NAME_EN = r"(?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}"
"""A place's name as typed: up to three capitalised words, "the" before ("Toronto", "the UK", "New York")."""
AGE_WORD_EN = (
    r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen"
)
"""A child's age in digits or words ("9", "six")."""


def plain(sentence: str) -> str:
    """``sentence`` as the rules read it: curly apostrophes straight ("I’m", as phones type it), a
    contraction typed without its apostrophe restored ("im allergic to nuts", "i dont eat pork"), the
    pronoun "i" as "I", and the short forms of texting in full ("b4", "yrs", "kids r 3", "w my statins",
    "rn", "2 wks", "my gf")."""
    text = sentence.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")

    def restore(m: re.Match[str]) -> str:
        word = m.group()
        if m.group("me"):  # "i live in leeds", as phones and quick typists write it
            return "I"
        if m.group("i"):
            return "I'm" if word.lower() == "im" else "I've"
        return word[:-1] + "'" + word[-1]  # "dont" -> "don't", "cant" -> "can't"

    text = _CONTRACTED.sub(restore, text)
    # the short forms of texting: "b4 coffee", "3 yrs", "kids r 3 and 5", "no grapefruit w my statins"
    text = _TEXTED.sub(lambda m: _TEXTED_AS[m.group().lower()], text)
    text = _KIN_BARE.sub(r"\1 is ", text)  # "my husbands a gamer": "my husband is a gamer"
    # "my kid's got a nut allergy", "my mum's 85", "my partner's in a wheelchair": "'s" after someone of
    # the user's is "has" before "got"/"been", "is" before what they are (not "my mum's car")
    text = _KIN_HAS.sub(r"\1 has ", text)
    text = _KIN_IS.sub(r"\1 is ", text)
    for learned, standard in _LEARNER:
        text = learned.sub(standard, text)
    # "I'm gluten free", "dairy free": the diet as it is written with a hyphen
    return _FREE_OF.sub(r"\1-free", text)


_FREE_OF = re.compile(
    r"\b(gluten|dairy|sugar|nut|meat|alcohol|caffeine|egg|soy|wheat|lactose|grain|salt|peanut|fodmap) free\b",
    re.I,
)


def message_plain(message: str) -> str:
    """``message`` with what it says in one clause of two things said as the rules read them, before it is
    cut into sentences (each sentence is read for one thing): a child named by their age ("My 9-year-old
    daughter loves horses" as "My daughter is 9. My daughter loves horses", "I have a six-year-old" as "My
    child is six"), where the user comes from and where they live ("I'm from Brazil but live in Lisbon
    now" as "I'm originally from Brazil. I live in Lisbon now")."""
    for said, standard in _AGED_CHILD:
        message = said.sub(standard, message)
    return _FROM_THEN_HOME.sub(r"I'm originally from \g<origin>. I live in \g<where>", message)


_FROM_THEN_HOME = re.compile(
    rf"(?:\bI(?:'m| am) (?:originally )?|^(?i:originally) )from (?P<origin>{PLACE_NAME_EN}),? "
    r"(?:(?:but|and|though) (?:I |I'm |I am )?(?:now |currently )?(?:live|living|based|settled)"
    r"|(?:but |and )?(?:now|currently)(?: (?:live|living|based|settled))?) in "
    rf"(?P<where>{PLACE_NAME_EN})"
)
"""Where the user comes from, then where they live, in one clause."""


_YEARS_OLD = rf"(?P<age>{AGE_WORD_EN})[- ]years?[- ]old"
_AGED_KIN = r"daughter|son|boy|girl|kid|child|grandson|granddaughter|niece|nephew|stepson|stepdaughter"
_AGED_DOES = (
    r"(?=(?:really |also |just |absolutely |totally |still |always |easily )?(?:loves?|likes?|hates?|adores?|"
    r"enjoys?|gets?|is|has|can't|cannot|won't|doesn't|refuses|wants|needs|goes|plays|reads|watches|"
    r"scares)\b)"
)
_AGED_CHILD: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    # "My 9-year-old daughter loves horses", "my six year old gets scared easily": the child and their
    # age, then what they do ("My daughter is 9 and loves horses")
    (
        re.compile(rf"\b(?P<my>my|our) {_YEARS_OLD}(?: (?P<who>{_AGED_KIN}))? {_AGED_DOES}", re.I),
        lambda m: (
            lambda who: f"{m.group('my')} {who} is {m.group('age')}. {m.group('my').capitalize()} {who} "
        )((m.group("who") or "child").lower()),
    ),
    # "I have a six-year-old daughter", "We've got a 4 year old": the child and their age
    (
        re.compile(
            rf"\b(?:I|we)(?: have(?: got)?|'ve got|'ve) an? {_YEARS_OLD}(?: (?P<who>{_AGED_KIN}))?"
            r"(?=\s*$|\s*[,.;!?]|\s+(?:and|but|so|who)\b)",
            re.I,
        ),
        lambda m: f"my {(m.group('who') or 'child').lower()} is {m.group('age')}",
    ),
    # "I have a daughter who is 6", "I've got a son who's eleven"
    (
        re.compile(
            rf"\b(?:I|we)(?: have(?: got)?|'ve got|'ve) an? (?P<who>{_AGED_KIN}) who(?:'s| is) "
            rf"(?P<age>{AGE_WORD_EN})(?: years? old)?(?=\s*$|\s*[,.;!?]|\s+(?:and|but|so)\b)",
            re.I,
        ),
        lambda m: f"my {m.group('who').lower()} is {m.group('age')}",
    ),
]
"""A child named by their age, said as the rules read it."""


_LEARNER: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    # "I no like the cold", "I not eat pork": "don't"
    (re.compile(r"\bI (?:no|not) (?=(?:like|eat|drink|want|use|wear|smoke|watch|need)\b)"), "I don't "),
    # "I cannot to drink alcohol", "I can't to eat nuts"
    (re.compile(r"\b(can't|cannot|can not) to (?=\w)", re.I), r"\1 "),
    # "I have an allergy to peanuts", "I've got an allergy to penicillin", "I have allergy for peanut"
    (
        re.compile(
            r"\bI(?: have(?: got)?|'ve got|'ve) (?:an? )?(?:(?P<how>severe|serious|bad|mild|slight) )?allerg(?:y|ies) "
            r"(?:to|for|of|on|against|with)\b",
            re.I,
        ),
        lambda m: (
            "I'm "
            + (
                {"bad": "severely ", "serious": "severely ", "slight": "mildly "}.get(
                    (m.group("how") or "").lower(), f"{m.group('how').lower()}ly " if m.group("how") else ""
                )
            )
            + "allergic to"
        ),
    ),
    # "My daughter has an allergy to eggs", "My boy is allergy of the nuts"
    (
        re.compile(
            r"\b((?:my|our) [\w-]+(?: [\w-]+)?) (?:has(?: got)?|'s got) (?:an? )?(?:severe |serious |bad |mild )?allerg(?:y|ies) "
            r"(?:to|for|of|on|against|with)\b|\b((?:I|my [\w-]+(?: [\w-]+)?)(?:'m| am| is|'s)) allergy "
            r"(?:to|for|of|on|against|with)\b",
            re.I,
        ),
        lambda m: f"{m.group(1)} is allergic to" if m.group(1) else f"{m.group(2)} allergic to",
    ),
    # "I am not eating pork because of my religion": what the user does not eat, with why
    (re.compile(r"\bI(?:'m| am) not (eat|drink)ing (?=[^,.;!?]+? because\b)"), r"I don't \1 "),
    # "I have not the driving licence": "I don't have a"
    (re.compile(r"\bI have not (?:the|a|an) (?=\w)"), "I don't have a "),
    # "I am living on the fourth floor", "I am working from home all days": what holds, said as going on
    (
        re.compile(r"\bI(?:'m| am) (living|working) (?=(?:in|on|at|from|with|by)\b)"),
        lambda m: f"I {m.group(1)[:-3].replace('liv', 'live')} ",
    ),
    # "I am scaring of the dogs", "I'm afraid from heights"
    (re.compile(r"\b(am|'m|is|are) (?:scaring|scary|scare) (?:of|from)\b", re.I), r"\1 scared of"),
    (re.compile(r"\bafraid from\b", re.I), "afraid of"),
    # "I drink only tea", "I eat only fish": "I only drink tea"
    (re.compile(r"\bI (drink|eat|use|wear|watch|read) only\b"), r"I only \1"),
    # "I am living in the fourth floor": on it
    (re.compile(r"\b(live|lives|living) in the (\w+) floor\b", re.I), r"\1 on the \2 floor"),
    # "working from the home": from home
    (re.compile(r"\bfrom the home\b(?! of\b)", re.I), "from home"),
]
"""What learners of English often say for what the rules know ("I no like", "I cannot to drink",
"allergy of", "scaring of"), in the standard form."""


_TEXTED_AS = {
    "b4": "before", "yr": "year", "yrs": "years", "ppl": "people", "bc": "because", "cuz": "because",
    "coz": "because", "tho": "though", "thru": "through", "w/": "with", "w": "with", "r": "are", "u": "you",
    "ur": "your", "pls": "please", "plz": "please", "hubby": "husband", "doc": "doctor", "rn": "right now",
    "atm": "at the moment", "wk": "week", "wks": "weeks", "hr": "hour", "hrs": "hours", "gf": "girlfriend",
    "bf": "boyfriend", "bday": "birthday", "tmrw": "tomorrow",
}  # fmt: skip
_TEXTED = re.compile(
    r"(?<![\w'/-])(?:b4|yrs?|ppl|bc|cuz|coz|tho|thru|w/|pls|plz|hubby|rn|atm|wks?|hrs?|gf|bf|bday|tmrw|"
    # (the doctor as the one who says: not "the Google doc")
    r"doc(?= (?:says|said|told|tells|wants|thinks|reckons|advised|put)\b)|"
    # (a letter alone only between words: "kids r 3", "no grapefruit w my statins", "thank u")
    r"(?<=[a-z] )(?<! a )(?<!the )(?:w|r|u|ur)(?= [a-z0-9]))(?![\w'/-])",
    re.IGNORECASE,
)
_KIN_BARE = re.compile(
    r"\b((?:my|our) (?:husband|wife|partner|son|daughter|mum|mom|dad|brother|sister|boss|baby|dog|cat|"
    r"boyfriend|girlfriend))s (?=(?:a|an|the|so|really|very|always|never|not|allergic|deaf|blind|vegan|"
    r"vegetarian|diabetic|autistic|pregnant|terrified|obsessed|into)\b)",
    re.IGNORECASE,
)
_KIN_HAS = re.compile(
    rf"\b((?:my|our) (?:{RELATIONS}|partner|husband|wife|parents|kids?))'s (?=(?:got|been)\b)", re.I
)
_KIN_IS = re.compile(
    rf"\b((?:my|our) (?:{RELATIONS}|partner|husband|wife|kid))'s (?=(?:in|on|a|an|\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|very|really|so|allergic|"
    r"vegan|vegetarian|diabetic|deaf|blind|autistic|dyslexic|pregnant|lactose|gluten|coeliac|celiac|terrified|"
    r"scared|afraid|obsessed|into|mad|crazy|severely|still|now|also|always|never|not)\b)",
    re.I,
)


_DAY_OR_MONTH = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b|(?:January|February|March|April|June|July|August|September|"
    r"October|November|December)\b"
)


def as_named(words: str) -> str:
    """``words`` as said inside a sentence: a capital that only began the sentence lowered ("Spiders
    freak me out": spiders), an acronym's kept ("ADHD")."""
    first, *rest = words.split(" ")
    if (first.isupper() and len(first) > 1) or any(w[:1].isupper() for w in rest):  # "ADHD", "Harry Potter"
        return words
    if _DAY_OR_MONTH.match(first):  # "Saturdays are off limits": a name
        return words
    return words[:1].lower() + words[1:]


def clean(phrase: str) -> str:
    """The object of a rule without the words around it that are not part of it; empty when nothing is
    left or only a pronoun (a memory "Avoids it" means nothing when read later)."""
    phrase = phrase.strip(" ,.;:!?\"'")
    for _ in range(3):
        phrase = _TAIL.sub("", _WHEN_TAIL.sub("", _LEAD.sub("", phrase))).strip(" ,.;:!?\"'")
    # "Yeah, I love to." names nothing either: no word of it says what; nor does what is of one day ("I love
    # the weather today": a remark, no taste)
    if phrase.lower() in _PRONOUNS or not index_terms(phrase) or _OF_ONE_DAY.search(phrase):
        return ""
    return phrase


ONE_DAY_EN = r"(?:today|tonight|yesterday|this (?:morning|afternoon|evening))"
"""The words that tie what is said to one day ("I love the weather today")."""
_OF_ONE_DAY = re.compile(rf"\b{ONE_DAY_EN}$", re.IGNORECASE)


MATERIAL_EN = (
    r"(?:(?:long|short|longer|shorter|online|video|youtube|written|practice|past) )?(?:videos?|lectures?|podcasts?|"
    r"flash ?cards?|textbooks?|worksheets?|quizzes|games|diagrams|pictures|audio|examples|"
    r"(?:practice )?(?:problems|questions)|exercises|notes|apps?|tutorials?|courses?|lessons|explanations|"
    r"papers|mind maps)"
)
"""What one learns with ("long videos", "flashcards", "past papers")."""

DAYS = (
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
    r"(?:(?:,? (?:and|or|to|through) |, | ?- ?)(?:mon|tues|wednes|thurs|fri|satur|sun)days?)*"
)
"""Days of the week named together ("Mondays and Wednesdays", "Tuesday to Thursday")."""


def day_cased(when: str) -> str:
    """A time of the week as a memory writes it: a day's name with its capital ("Sunday"), else lower case
    ("evenings after 8")."""
    return re.sub(
        r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b", lambda d: d.group().capitalize(), when.lower()
    )


LEFT = (
    r"teaching|nursing|lecturing|banking|accounting|consulting|engineering|retail|hospitality|law|medicine|"
    r"the (?:army|police|navy|force|band|team|choir|company|firm|job)|(?:my )?(?:course|degree|phd|apprenticeship)|"
    r"uni|university|college|school|"
    r"(?:my|our|the) (?:car|van|flat|house|allotment|membership|season ticket|parking permit|lease|room|stall)"
)
"""What one leaves as a job or a course, or gives up as one's own ("I quit teaching last month", "I gave up my
course", "I gave up my car"): no taste kept away from."""


WORK_HOURS = (
    r"9 to 5|nine to five|9-5|\d{1,2}(?::\d\d)? ?(?:am|pm)? ?(?:to|till|until|-) ?\d{1,2}(?::\d\d)? ?(?:am|pm)?"
    r"(?= |$|[,.;!?])"
)
"""Hours of work ("9 to 5", "8am to 4pm"), as an alternative of a pattern."""


def allergen(said: str) -> str:
    """What an allergy is to, as "allergic to" reads it: a nut of "a nut allergy" is nuts ("Allergic to
    nuts", "Son is allergic to peanuts"); egg, milk, shellfish as said."""
    return re.sub(
        r"\b((?:pea|tree |wal|hazel|brazil |pine |coco)?nut|almond|cashew|pistachio|strawberr(?=y\b))(y)?$",
        lambda m: f"{m.group(1)}ies" if m.group(2) else f"{m.group(1)}s",
        said,
        flags=re.I,
    )


_MODALS = (
    "can",
    "could",
    "will",
    "would",
    "must",
    "should",
    "might",
    "may",
    "shall",
    "can't",
    "cannot",
    "couldn't",
    "won't",
    "wouldn't",
    "shouldn't",
)


def third_person(phrase: str) -> str:
    """A habit said in the first person as a memory reads it: "watch films" -> "watches films", "also go
    swimming" -> "also goes swimming"; a verb in the past stays ("just started volunteering")."""
    adverb = re.match(
        r"(?:(?:just|also|still|now|often|always|sometimes|actually|really|even|only|never|usually|rarely|"
        r"seldom|mostly|mainly|normally|generally)\s+)+",
        phrase,
    )
    if adverb:
        return phrase[: adverb.end()] + third_person(phrase[adverb.end() :])
    verb, _, rest = phrase.partition(" ")
    low = verb.lower()
    if low.endswith("ed") or low in ("went", "got", "took", "began", "made", "did", *_MODALS):
        return phrase
    irregular = {"have": "has", "do": "does", "go": "goes", "be": "is", "don't": "doesn't"}
    if low in irregular:
        verb = irregular[low]
    elif re.search(r"(?:s|sh|ch|x|z|o)$", low):
        verb += "es"
    elif re.search(r"[^aeiou]y$", low):
        verb = verb[:-1] + "ies"
    elif not low.endswith("s"):
        verb += "s"
    return f"{verb} {rest}".strip()


SET_OFF_FEELINGS = r"anxious|stressed|nervous|panicky|overwhelmed|upset"
"""How a situation sets someone off ("gets anxious about maths tests"): a household member's, and the
clause that says so of one after a clause of theirs."""
SET_OFF_WHEN = r"(?:if|when|whenever|about|before|during) [^,.;!?]+"
"""What sets someone off, said after how ("... about exams", "... before presentations")."""


def set_off_by(when: str) -> str:
    """What ``when`` (``SET_OFF_WHEN``) says sets someone off, for the memory's key ("maths tests")."""
    return re.sub(r"^(?:about|before|during) ", "", when, flags=re.I)
