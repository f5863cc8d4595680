"""Find details in a text that could identify a child or a family.

``find_identifying_details(text, line_offset)`` is the reusable core: it knows
nothing about the hub, takes any text (a whole Markdown file, a YAML value)
and returns every suspect detail with its line and the text found. The named
check that runs it over examples and practice-focus articles, with the
reviewed allow-list, is in macros/checks/examples.py.

What it looks for, each with its own kind:

- email addresses; UK phone numbers (mobile, landline, +44); UK postcodes;
- dates of birth ("DOB", "born 3 March 2019", a date near "birthday") and
  other exact dates (a day, month and year);
- NHS numbers (10 digits passing the Modulus 11 check), National Insurance
  numbers, and other long numbers that may be case or record references;
- street addresses ("12 Elm Road", "Flat 3", "lives on Elm Road", estates);
- school names ("Oakfield Primary School", "St Anne's Academy");
- likely personal names, from the list of common UK first names in
  examples/data/first-names.txt, and titles with a surname ("Mrs Hughes").

Names that are also ordinary words (Will, May, Grace, Hope, Summer) are
flagged only where they read as a name: with a capital in the middle of a
sentence (not after "the", "a", "in" and the like), before a surname, or
after "called" or "named". The role words the hub uses (Mum, Dad, Nan,
Grandma, the child, Child A) are never names.

A checker like this finds likely problems; it cannot prove a text is
anonymous. A person still approves every example.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

NAMES_FILE = Path(__file__).resolve().parent / "data" / "first-names.txt"

#: Each kind: what it is called in a finding, and what to do instead.
KINDS: dict[str, tuple[str, str]] = {
    "email": ("an email address", "remove it; people write to the hub's mailbox, never to a person"),
    "phone": ("a phone number", "remove it"),
    "postcode": ("a postcode", "remove it, or name only the county or the service"),
    "date-of-birth": ("a date of birth", "give the child's age instead, for example 'aged 7'"),
    "exact-date": ("an exact date", "give the month or the season instead, for example 'in the spring'"),
    "nhs-number": ("an NHS number", "remove it"),
    "ni-number": ("a National Insurance number", "remove it"),
    "reference-number": ("a long number that could be a case, NHS or record reference", "remove it"),
    "address": ("a street address", "say 'at home' or 'in the family's street' instead"),
    "school": ("a school's name", "say 'the child's school' or 'a primary school' instead"),
    "place": ("a named place (a church, school or hospital?)", "describe the kind of place instead, for example 'a local church'"),
    "name": ("a person's name", "use a role instead: Mum, Dad, Grandma, the child, Child A, the social worker"),
}

#: When two finds overlap, the kind earlier in this list is kept.
PRIORITY = ["email", "nhs-number", "ni-number", "phone", "postcode", "date-of-birth", "address", "school", "exact-date", "place", "name", "reference-number"]


@dataclass(frozen=True, order=True)
class IdentifyingDetail:
    """One suspect detail: its line (counting from 1 + line_offset), kind and the text found."""

    line: int
    start: int
    end: int
    kind: str
    text: str

    @property
    def label(self) -> str:
        return KINDS[self.kind][0]

    @property
    def advice(self) -> str:
        return KINDS[self.kind][1]

    def __str__(self) -> str:
        return f"{self.line}: {self.label}: '{self.text}'"


def find_identifying_details(text: str, line_offset: int = 0) -> list[IdentifyingDetail]:
    """Every detail in ``text`` that could identify a person, in order.

    ``line_offset`` is added to each line number, so a caller scanning part of
    a file (say, a page body starting on line 12) passes 11 and gets the
    file's own line numbers.
    """
    candidates: list[tuple[int, int, str]] = []
    for scanner in _SCANNERS:
        candidates.extend(scanner(text))
    kept: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(candidates, key=lambda c: (PRIORITY.index(c[2]), c[0], -(c[1] - c[0]))):
        if start < end and not any(start < k_end and k_start < end for k_start, k_end, _ in kept):
            kept.append((start, end, kind))
    return [
        IdentifyingDetail(text.count("\n", 0, start) + 1 + line_offset, start, end, kind, " ".join(text[start:end].split()))
        for start, end, kind in sorted(kept)
    ]


# --- contact details and numbers ------------------------------------------------

_EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# A UK number as people write it: +44 or 0, then groups of digits with spaces or hyphens.
_PHONE = re.compile(r"(?<![\w+])(?:\+44[ -]?(?:\(0\)[ -]?)?|\(?0)\d{2,5}\)?[ -]?\d{3,4}(?:[ -]?\d{3,4})?(?!\d)")
_TEN_DIGITS = re.compile(r"(?<![\d+])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\d])")
_LONG_NUMBER = re.compile(r"(?<![\d.,£$])\d{7,}(?![\d])")
_REFERENCE = re.compile(
    r"\b(?:case|ref(?:erence)?|record|client|person|file|ID)\.?(?:(?:[ \t]+(?:no\.?|number|ID))?[ \t]*[:#][ \t]*|[ \t]+(?:no\.?|number|ID)[ \t]*)[A-Z]{0,3}\d{4,}\b"
    r"|\b(?:case|ref(?:erence)?|record|client|file)[ \t]+[A-Z]{0,3}\d{5,}\b",
    re.IGNORECASE,
)
# National Insurance: two letters, six digits, a letter A to D. HMRC rules out some prefixes, but a
# number in that shape is flagged whatever its prefix: the example on the form (QQ) is flagged too.
_NI = re.compile(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
_POSTCODE = re.compile(r"\b[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b")


# Each scanner first asks whether its pattern could match at all: a test that every match
# passes (an '@' for an email, three digits in a row for a long number), which is far quicker
# than the pattern itself. Most texts have no email address, school or street in them.
_TWO_DIGITS = re.compile(r"\d\d")
_FOUR_DIGITS = re.compile(r"\d{4}")
_TEN_DIGITS_HINT = re.compile(r"\d{3}[ -]?\d{3}[ -]?\d{4}")
_SIX_DIGITS_HINT = re.compile(r"\d\d ?\d\d ?\d\d")
_POSTCODE_HINT = re.compile(r"\d[A-Z]{2}")
_ANY_DIGIT = re.compile(r"\d")


def _emails(text: str):
    if "@" not in text:
        return
    for m in _EMAIL.finditer(text):
        yield m.start(), m.end(), "email"


def _phones(text: str):
    if not _TWO_DIGITS.search(text):
        return
    for m in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if m.group().startswith("+"):
            national = digits[2:]
            if "(0)" in m.group():
                national = national[1:]
            ok = len(national) in (9, 10) and national[0] in "123578"
        else:
            ok = len(digits) in (10, 11) and digits[1] in "123578"
        if ok:
            yield m.start(), m.end(), "phone"


def nhs_number_is_valid(digits: str) -> bool:
    """The NHS number's Modulus 11 check: weights 10 to 2 on the first nine digits."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def _numbers(text: str):
    if not _ANY_DIGIT.search(text):
        return
    for m in _TEN_DIGITS.finditer(text) if _TEN_DIGITS_HINT.search(text) else ():
        digits = re.sub(r"\D", "", m.group())
        yield m.start(), m.end(), "nhs-number" if nhs_number_is_valid(digits) else "reference-number"
    if _SIX_DIGITS_HINT.search(text):  # each of these has six digits close together
        for m in _LONG_NUMBER.finditer(text):
            yield m.start(), m.end(), "reference-number"
        for m in _NI.finditer(text):
            yield m.start(), m.end(), "ni-number"
    for m in _REFERENCE.finditer(text) if _FOUR_DIGITS.search(text) else ():
        yield m.start(), m.end(), "reference-number"
    for m in _POSTCODE.finditer(text) if _POSTCODE_HINT.search(text) else ():
        yield m.start(), m.end(), "postcode"


# --- dates ------------------------------------------------------------------------

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_FULL_DATE = re.compile(
    rf"\b{_DAY}(?:[ \t]+of)?[ \t]+{_MONTH},?[ \t]+{_YEAR}\b"
    rf"|\b{_MONTH}[ \t]+{_DAY},?[ \t]+{_YEAR}\b"
    r"|\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b"
    r"|\b\d{1,2}([/.-])\d{1,2}\1(?:(?:19|20)\d{2}|\d{2})\b"
)
_DAY_MONTH = re.compile(rf"\b{_DAY}(?:[ \t]+of)?[ \t]+{_MONTH}(?![\w])")
_PART_DATE = re.compile(rf"{_DAY_MONTH.pattern}|\b{_MONTH}[ \t]+{_DAY}(?!\d)|\b{_MONTH},?[ \t]+{_YEAR}\b")
_DOB = re.compile(r"\b(?:d\.o\.b\b\.?|dob\b)", re.IGNORECASE)
_DATE_OF_BIRTH = re.compile(r"\bdate[ \t]+of[ \t]+birth\b", re.IGNORECASE)
_BIRTH_WORD = re.compile(r"\b(?:born|birthday)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n]\s")


def _plausible_numeric_date(match: str) -> bool:
    parts = re.split(r"[/.-]", match)
    if len(parts) != 3 or len(parts[0]) > 2:
        return True  # the written-out and ISO forms are dates by construction
    first, second = int(parts[0]), int(parts[1])
    return (1 <= first <= 31 and 1 <= second <= 12) or (1 <= first <= 12 and 1 <= second <= 31)


def _first_longest(spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The span that starts first, and of those the longest ("2 June 2018", not "2 June")."""
    return min(spans, key=lambda span: (span[0], -span[1]))


def _dates(text: str):
    lower = text.lower()
    if not _ANY_DIGIT.search(text) and "dob" not in lower and "d.o.b" not in lower and "birth" not in lower:
        return  # every date has a digit; a bare "DOB" or "Date of birth:" field is flagged on its own
    full = [m for m in _FULL_DATE.finditer(text) if _plausible_numeric_date(m.group())]
    dates = [(m.start(), m.end()) for m in full] + [(m.start(), m.end()) for m in _PART_DATE.finditer(text)]
    for start, end in ((m.start(), m.end()) for m in full):
        yield start, end, "exact-date"
    for m in _DAY_MONTH.finditer(text):  # "on 3 March": a day, even without its year
        yield m.start(), m.end(), "exact-date"
    # "DOB" on its own is a date of birth field; with a date after it, both are flagged together.
    for m in _DOB.finditer(text) if "dob" in lower or "d.o.b" in lower else ():
        end = m.end()
        following = [d for d in dates if 0 <= d[0] - m.end() <= 12 and not _SENTENCE_END.search(text[m.end() : d[0]])]
        if following:
            end = max(end, _first_longest(following)[1])
        yield m.start(), end, "date-of-birth"
    for m in _DATE_OF_BIRTH.finditer(text) if "birth" in lower else ():
        following = [d for d in dates if 0 <= d[0] - m.end() <= 20 and not _SENTENCE_END.search(text[m.end() : d[0]])]
        colon = re.match(r"[ \t]*[:=-]", text[m.end() :])
        if following:
            yield m.start(), _first_longest(following)[1], "date-of-birth"
        elif colon:
            yield m.start(), m.end(), "date-of-birth"
    for m in _BIRTH_WORD.finditer(text) if "born" in lower or "birthday" in lower else ():
        for start, end in dates:
            after = 0 <= start - m.end() <= 40 and not _SENTENCE_END.search(text[m.end() : start])
            before = m.group().lower() == "birthday" and 0 <= m.start() - end <= 30 and not _SENTENCE_END.search(text[end : m.start()])
            if after:
                yield m.start(), end, "date-of-birth"
            elif before:
                yield start, m.end(), "date-of-birth"


# --- addresses, schools and places ----------------------------------------------

_CAP = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_STREET = r"(?:Road|Street|Avenue|Lane|Close|Drive|Way|Crescent|Court|Place|Terrace|Gardens|Grove|Row|Square|Hill|Rise|View|Walk|Mews|Green|Parade|Vale|Park|Yard|Wharf|Rd|St|Ave|Ln|Dr|Cres|Ct|Sq)"
_NUMBERED_STREET = re.compile(rf"(?<![\d£$.,])\b\d{{1,4}}[A-Za-z]?,?[ \t]+(?:{_CAP}[ \t]+){{1,3}}{_STREET}\b")
_NAMED_STREET = re.compile(
    rf"\b(?:on|in|at|to|off|from|near|along|down|up|of)[ \t]+((?:{_CAP}[ \t]+){{1,3}}(?:Road|Street|Avenue|Lane|Close|Drive|Crescent|Terrace|Gardens|Grove|Mews|Rd))\b"
)
_FLAT = re.compile(r"\b(?:Flat|Apartment|Apt\.?)[ \t]+\d+[A-Za-z]?\b")
_ESTATE = re.compile(rf"\b({_CAP}(?:[ \t]+{_CAP})?)[ \t]+[Ee]state\b")
_COURTS = {"Family", "Crown", "County", "High", "Youth", "Magistrates", "Magistrates'", "Supreme", "Appeal", "Appeals", "Coroner's", "Coroners"}
_SCHOOL_TYPE = r"(?:(?:Primary|Infant|Infants'?|Junior|Nursery|High|Secondary|Grammar|Special|Community|Middle|First|Upper|Free|Catholic|Methodist|Church[ \t]+of[ \t]+England|C[ \t]+of[ \t]+E|CE|RC|C\.E\.)[ \t]+)*(?:School|Academy|College|Nursery|Pre-?[Ss]chool)\b"
_SCHOOL = re.compile(r"\b(?:(?:St|Saint)\.?[ \t]+)?[A-Z][A-Za-z'’.-]*(?:[ \t]+(?:[A-Z][A-Za-z'’.-]*|of|and|the|&|upon|on)){0,4}?[ \t]+" + _SCHOOL_TYPE)
_SAINT = re.compile(r"\b(?:St|Saint)\.?[ \t]+[A-Z][a-z]+(?:['’]s)?")
#: Capitalised words that do not make a school's (or estate's) name specific.
_GENERIC = {
    "The",
    "A",
    "An",
    "At",
    "In",
    "On",
    "Of",
    "And",
    "To",
    "From",
    "With",
    "After",
    "Before",
    "During",
    "For",
    "By",
    "Our",
    "Their",
    "His",
    "Her",
    "My",
    "Your",
    "Its",
    "This",
    "That",
    "These",
    "Those",
    "Each",
    "Every",
    "Both",
    "When",
    "Then",
    "While",
    "We",
    "She",
    "He",
    "They",
    "It",
    "I",
    "Local",
    "Mainstream",
    "Special",
    "Virtual",
    "Forest",
    "Sunday",
    "Primary",
    "Secondary",
    "High",
    "Junior",
    "Infant",
    "Infants",
    "Nursery",
    "Middle",
    "First",
    "Upper",
    "Free",
    "Grammar",
    "Community",
    "Catholic",
    "Independent",
    "Residential",
    "Boarding",
    "Further",
    "Education",
    "Higher",
    "New",
    "Old",
    "Previous",
    "Current",
    "Summer",
    "Holiday",
    "Home",
    "Open",
    "Sixth",
    "Form",
    "Night",
    "Day",
    "Language",
    "Driving",
    "Music",
    "Dance",
    "Drama",
    "Art",
    "Sports",
    "Football",
    "Medical",
    "Nursing",
    "Police",
    "Social",
    "Work",
    "Early",
    "Years",
    "Child",
    "Children",
    "Family",
    "Practice",
    "Learning",
    "Leadership",
    "Training",
    "Signs",
    "Safety",
    "Wellbeing",
    "Council",
    "Housing",
    "Real",
    "Academy",
    "Trust",
    "Multi",
    "Church",
    "England",
    "St",
    "Saint",
    "Pupil",
    "Referral",
    "Alternative",
    "Provision",
    "Hospital",
    "Another",
    "One",
    "Two",
    "Same",
    "Other",
    "Whole",
    "Village",
    "Town",
    "City",
    "County",
    "State",
    "Private",
    "Faith",
    "Welsh",
    "English",
    "Scottish",
    "Irish",
    "College",
    "School",
    "Parents",
    "Parent",
    "Staff",
    "Teachers",
    "Teacher",
    "Head",
    "Headteacher",
    "Deputy",
}


def _specific(words: list[str]) -> list[str]:
    """The words of a name that make it specific: not generic, not role words, possessives dropped."""
    cleaned = [re.sub(r"(?:['’]s|['’])$", "", w).strip(".") for w in words]
    return [w for w in cleaned if w and w not in _GENERIC and w not in ROLE_WORDS and w[0].isupper()]


_NAMED_STREET_WORDS = ("Road", "Street", "Avenue", "Lane", "Close", "Drive", "Crescent", "Terrace", "Gardens", "Grove", "Mews", "Rd")


def _places(text: str):
    for m in _NUMBERED_STREET.finditer(text) if _ANY_DIGIT.search(text) else ():
        words = m.group().split()
        if words[-1].rstrip(".") in ("Court", "Ct") and words[-2] in _COURTS:
            continue
        yield m.start(), m.end(), "address"
    for m in _NAMED_STREET.finditer(text) if any(word in text for word in _NAMED_STREET_WORDS) else ():
        if _specific(m.group(1).split()[:-1]):
            yield m.start(1), m.end(1), "address"
    for m in _FLAT.finditer(text) if "Flat" in text or "Ap" in text else ():
        yield m.start(), m.end(), "address"
    for m in _ESTATE.finditer(text) if "state" in text else ():
        if _specific(m.group(1).split()):
            yield m.start(), m.end(), "address"
    for m in _SCHOOL.finditer(text) if "chool" in text or "Academy" in text or "College" in text or "Nursery" in text else ():
        words = m.group().split()
        # Drop leading generic words from what is shown ("At Oakfield Primary School" -> "Oakfield ...").
        while words and words[0] in _GENERIC and words[0] not in ("St", "Saint", "St."):
            words = words[1:]
        type_words = len(re.search(_SCHOOL_TYPE + "$", m.group()).group().split())
        name_words = words[: max(len(words) - type_words, 0)]
        if _specific(name_words):
            start = m.start() + m.group().index(words[0])
            yield start, m.end(), "school"
    for m in _SAINT.finditer(text) if "St" in text else ():
        yield m.start(), m.end(), "place"


# --- names ------------------------------------------------------------------------

#: Words for people that the hub uses instead of names. Never flagged.
ROLE_WORDS = {
    "Mum",
    "Mummy",
    "Mam",
    "Mom",
    "Mother",
    "Dad",
    "Daddy",
    "Father",
    "Nan",
    "Nana",
    "Nanna",
    "Nanny",
    "Gran",
    "Granny",
    "Grandma",
    "Grandmother",
    "Grandad",
    "Granddad",
    "Grandpa",
    "Grandfather",
    "Grampy",
    "Aunt",
    "Auntie",
    "Aunty",
    "Uncle",
    "Brother",
    "Sister",
    "Baby",
    "Child",
    "Children",
    "Carer",
    "Carers",
    "Stepdad",
    "Stepmum",
    "Cousin",
    "Parent",
    "Parents",
    "Foster",
}
_MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
_DAY_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
#: Ambiguous names that are also times of year: a date context ("in May", "May 2026") keeps them ordinary words.
_CALENDAR_WORDS = {"April", "May", "June", "August", "Summer", "Autumn"}
#: Words before an ordinary-word name that show it is being used as a word ("the Summer holidays", "a Rose").
_DETERMINERS = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "every",
    "each",
    "last",
    "next",
    "our",
    "their",
    "his",
    "her",
    "my",
    "your",
    "its",
    "some",
    "any",
    "no",
    # words after which a colour or quality is a rating, not a name ("rated Amber")
    "rated",
    "rating",
    "graded",
    "grade",
    "status",
    "level",
    "colour",
    "code",
}
_DATE_WORDS = {
    "in",
    "on",
    "by",
    "during",
    "since",
    "until",
    "till",
    "before",
    "after",
    "from",
    "of",
    "early",
    "late",
    "mid",
    "end",
    "start",
    "beginning",
    "through",
    "throughout",
    "this",
    "last",
    "next",
    "every",
    "each",
    "the",
    "between",
}
_CALLED = re.compile(r"(?:\b(?:called|named|calls?\s+(?:him|her|them)(?:self|selves)?|known\s+as|name\s+is|name\s+was|names\s+are)\s+)$", re.IGNORECASE)
#: Capitalised words that can follow a name-like word without being a surname.
_NOT_SURNAMES = (
    ROLE_WORDS
    | _MONTH_NAMES
    | _DAY_NAMES
    | {
        "I",
        "Day",
        "Days",
        "Term",
        "Holidays",
        "Holiday",
        "Half",
        "Bank",
        "School",
        "Road",
        "Street",
        "Team",
        "Service",
        "Services",
        "Council",
        "Court",
        "Plan",
        "Meeting",
        "Conference",
        "Signs",
        "Safety",
        "Social",
        "Early",
        "Help",
        "Lead",
        "Manager",
        "Practice",
        "The",
        "And",
        "Of",
        "A",
        "An",
        "Time",
        "Week",
        "Weekend",
        "Break",
        "Club",
        "Group",
        "Project",
        "Centre",
        "Fair",
        "Festival",
        "Camp",
        "Eve",
        "Morning",
        "Evening",
        "Night",
        "Garden",
        "Gardens",
        "House",
        "Home",
        "Hall",
        "Church",
        "Chapel",
        "Trust",
        "Charity",
        "Foundation",
        "Network",
        "Wellbeing",
        "Worker",
        "Workers",
        "Officer",
        "Nurse",
        "Visitor",
        "Health",
        "Review",
        "Panel",
        "Board",
        "Forum",
        "Partnership",
        "Programme",
        "Scale",
        "Goal",
        "Goals",
        "Statement",
    }
    | {w.capitalize() for w in _DETERMINERS | _DATE_WORDS}
)
#: Words after a possessive that show it belongs to a person ("Summer's mum", "Hope's school").
_RELATIONS = {
    "mum",
    "mummy",
    "mam",
    "dad",
    "daddy",
    "mother",
    "father",
    "nan",
    "nana",
    "gran",
    "granny",
    "grandma",
    "grandad",
    "brother",
    "brothers",
    "sister",
    "sisters",
    "aunt",
    "aunty",
    "auntie",
    "uncle",
    "cousin",
    "cousins",
    "teacher",
    "school",
    "class",
    "friend",
    "friends",
    "carer",
    "carers",
    "foster",
    "social",
    "family",
    "baby",
    "bedroom",
    "drawing",
    "nursery",
    "childminder",
    "dog",
    "house",
}
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)*")
_BLOCK_START = re.compile(r"\n[ \t]*(?:[-*+>|#]|\d+[.)])|\n[ \t]*\n")
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+[A-Z][A-Za-z'’-]+")


@lru_cache(maxsize=1)
def first_names() -> tuple[frozenset[str], frozenset[str]]:
    """(names, names that are also ordinary words), read from examples/data/first-names.txt."""
    plain, words = set(), set()
    for raw in NAMES_FILE.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].split()
        if not line:
            continue
        (words if line[1:] == ["word"] else plain).add(line[0])
    return frozenset(plain | words), frozenset(words)


def _base(token: str) -> tuple[str, bool]:
    """A word without its possessive ending, and whether it had one."""
    match = re.match(r"^(.*?)(?:['’]s|['’])$", token)
    return (match.group(1), True) if match and match.group(1) else (token, False)


def _names(text: str):
    names, word_names = first_names()
    tokens = list(_WORD.finditer(text))
    for m in _HONORIFIC.finditer(text) if any(title in text for title in ("Mr", "Ms", "Miss", "Mx", "Dr", "Prof")) else ():
        yield m.start(), m.end(), "name"
    for index, m in enumerate(tokens):
        if m.group().islower():
            continue  # a name needs a capital letter: most words are passed over here, cheaply
        token, possessive = _base(m.group())
        parts = token.split("-")
        candidate = next((p for p in parts if p.title() in names and (p[0].isupper())), None)
        if candidate is None or token in ROLE_WORDS:
            continue
        shouting = token.isupper() and len(token) > 1
        name = candidate.title()
        previous = tokens[index - 1] if index else None
        gap = text[previous.end() : m.start()] if previous else "\n"
        sentence_start = _starts_sentence(previous, gap)
        prev_word = _base(previous.group())[0] if previous else ""
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        next_gap = text[m.end() : following.start()] if following else ""
        surname = None
        if following and not possessive and re.fullmatch(r"[ \t]+", next_gap):
            next_word = _base(following.group())[0]
            if (
                re.fullmatch(r"(?:Mc|Mac|O['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?", next_word)
                and next_word not in _NOT_SURNAMES
                and next_word.title() not in names - word_names
            ):
                surname = following
        end = surname.end() if surname else m.end()
        double_barrelled = len(parts) > 1 and all(p[:1].isupper() for p in parts)  # "Daisy-Mae"
        if name not in word_names or double_barrelled:
            yield m.start(), end, "name"
            continue
        if shouting:
            continue
        # A name that is also an ordinary word: only where it reads as a name.
        called = bool(_CALLED.search(text[max(0, m.start() - 40) : m.start()]))
        relation = possessive and following is not None and following.group().lower() in _RELATIONS and re.fullmatch(r"[ \t]+", next_gap)
        # "Joy, aged 12," or "Hope, Child A's sister,": a name followed by who the person is.
        apposition = (
            following is not None
            and re.fullmatch(r",[ \t]+", next_gap) is not None
            and (following.group().lower() in ("aged", "age") or _base(following.group())[0] in ROLE_WORDS)
        )
        if called or surname is not None or relation or apposition:
            yield m.start(), end, "name"
            continue
        if sentence_start:
            continue
        lower_prev = prev_word.lower()
        if (
            prev_word[:1].isupper()
            and prev_word not in ROLE_WORDS
            and index >= 2
            and not _starts_sentence(tokens[index - 2], text[tokens[index - 2].end() : previous.start()])
        ):
            continue  # part of a longer proper name: "Christmas Eve", "the Social Work Bill"
        if lower_prev in _DETERMINERS:
            continue
        if name in _CALENDAR_WORDS and _date_context(text, tokens, index):
            continue
        yield m.start(), end, "name"


def _starts_sentence(previous, gap: str) -> bool:
    """Whether the word after ``previous`` (separated by ``gap``) starts a sentence, heading, list item or quotation."""
    return previous is None or bool(re.search(r"[.!?:;\"“]", gap)) or bool(_BLOCK_START.search(gap))


def _date_context(text: str, tokens: list, index: int) -> bool:
    """Whether a month or season word at ``tokens[index]`` is being used as a time of year."""
    previous = tokens[index - 1].group().lower() if index else ""
    after = text[tokens[index].end() : tokens[index].end() + 12]
    if previous in _DATE_WORDS or re.match(r"[ \t]*,?[ \t]*(?:\d|half[ -]term|term|holiday|holidays|time|months?)", after, re.IGNORECASE):
        return True
    before = text[max(0, tokens[index].start() - 12) : tokens[index].start()]
    if re.search(r"\d(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?$", before):
        return True
    if previous in ("to", "and", "or", "till", "until"):  # "from March to May", "April and May"
        window = [t.group() for t in tokens[max(0, index - 4) : index - 1]]
        return any(w in _MONTH_NAMES or w in ("Spring", "Summer", "Autumn", "Winter") or w.isdigit() for w in window)
    return False


_SCANNERS = [_emails, _phones, _numbers, _dates, _places, _names]
