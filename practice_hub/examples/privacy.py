"""Find details in a text that could identify a child or a family.

``find_identifying_details(text, line_offset)`` is the reusable core: it knows
nothing about the hub, takes any text (a whole Markdown file, a YAML value)
and returns every suspect detail with its line and the text found. The named
check that runs it over examples and practice-focus articles, with the
reviewed allow-list, is in examples/checks.py.

The rules are data, in one place: examples/data/privacy-rules.yml (the
patterns, word lists and kinds), first-names.txt and places.txt beside it.
``rules()`` reads them into plain values; the build publishes exactly those
values for the share form's script (assets/privacy.js), which runs the same
steps as this module, so the form and ``hub check`` find the same things.
tests/test_privacy.py runs a corpus through both and requires identical
findings.

What it looks for: email addresses and social media handles; phone numbers
(candidates parsed by the phonenumbers library); postcodes; vehicle
registrations; dates of birth and exact dates; NHS numbers (Modulus 11),
National Insurance numbers, case and record references in the formats
councils' systems use, and other long numbers; street addresses; schools,
hospitals, clinics, clubs and churches by name; towns and villages (from
GeoNames); first names from the list, and any capitalised word in a place
only a name takes ("Kacper, who is six", "called Zephyr"); titles with a
surname ("Mrs Hughes").

Names and places that are also ordinary words (Will, May, Grace, Hope; Bath,
Street) are flagged only where they read as a name or a place. The role words
the hub uses (Mum, Dad, Nan, Grandma, Child A) are never names.

A checker like this finds likely problems; it cannot prove a text is
anonymous. A person still approves every example.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import phonenumbers
import yaml

DATA = Path(__file__).resolve().parent / "data"
RULES_FILE = DATA / "privacy-rules.yml"
NAMES_FILE = DATA / "first-names.txt"
PLACES_FILE = DATA / "places.txt"
#: The browser's copy of the rules, published by the build (examples/declare.py) beside the scripts.
BUNDLE_NAME = "privacy-rules.js"


# --- the rules, as plain values ----------------------------------------------------------


def _word_list(path: Path) -> tuple[list[str], list[str]]:
    """(every entry, the entries marked 'word') from a list file: one a line, '#' comments."""
    plain, words = [], []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.endswith(" word"):
            words.append(line[: -len(" word")].strip())
        else:
            plain.append(line)
    return sorted(set(plain) | set(words)), sorted(set(words))


def _phone_metadata() -> dict:
    """What the browser needs of the phonenumbers library's metadata: for every country calling
    code, its number pattern, possible lengths (and local-only lengths), national prefix for
    parsing and its transform rule; with the home region's code and international prefix."""
    countries = {}
    for code in sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE):
        region = phonenumbers.region_code_for_country_code(code)
        meta = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(code, region)
        if meta is None or meta.general_desc is None or not meta.general_desc.national_number_pattern:
            continue
        countries[str(code)] = {
            "pattern": meta.general_desc.national_number_pattern,
            "lengths": list(meta.general_desc.possible_length),
            "local": list(meta.general_desc.possible_length_local_only or ()),
            "prefix": meta.national_prefix_for_parsing or "",
            "transform": meta.national_prefix_transform_rule or "",
        }
    return countries


def _expand(pattern: str, pieces: dict[str, str]) -> str:
    return re.sub(r"\{([A-Z_]+)\}", lambda m: pieces[m.group(1)], pattern)


@lru_cache(maxsize=1)
def rules() -> dict:
    """Every rule of the check as plain values (JSON-ready): what the browser is given."""
    raw = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    pieces = raw["pieces"]
    patterns = [{**rule, "pattern": _expand(rule["pattern"], pieces)} for rule in raw["patterns"]]
    names, word_names = _word_list(NAMES_FILE)
    places, word_places = _word_list(PLACES_FILE)
    region = raw["phone"]["region"]
    home = phonenumbers.PhoneMetadata.metadata_for_region(region)
    return {
        "version": raw["version"],
        "kinds": raw["kinds"],
        "priority": raw["priority"],
        "patterns": patterns,
        "birth": {key: _expand(value, pieces) for key, value in raw["birth"].items()},
        "types": {"school": pieces["SCHOOL_TYPE"], "institution": pieces["INSTITUTION_TYPE"]},
        "role_words": raw["role_words"],
        "generic": raw["generic"],
        "courts": raw["courts"],
        "names": {**raw["names"], "list": names, "words": word_names},
        "places": {**raw["places"], "list": places, "words": word_places},
        "phone": {"home": str(home.country_code), "idd": home.international_prefix, "countries": _phone_metadata()},
    }


def bundle() -> bytes:
    """The rules for the browser: a script that sets ``window.HubPrivacyRules`` (published as assets/hub/privacy-rules.js)."""
    body = json.dumps(rules(), ensure_ascii=True, separators=(",", ":"), sort_keys=True)
    return f"/* The identifying-details check's rules, made from practice_hub/examples/data/ by the build: do not edit. */\nwindow.HubPrivacyRules={body};\n".encode()


class _Compiled:
    """The rules with their patterns compiled and their lists as sets."""

    def __init__(self, data: dict):
        self.kinds = data["kinds"]
        self.priority = {kind: index for index, kind in enumerate(data["priority"])}
        flags = lambda rule: re.ASCII | (re.IGNORECASE if "i" in rule.get("flags", "") else 0)
        self.patterns = [(rule, re.compile(rule["pattern"], flags(rule))) for rule in data["patterns"]]
        birth = data["birth"]
        self.dob = re.compile(birth["dob"], re.ASCII | re.IGNORECASE)
        self.date_of_birth = re.compile(birth["date_of_birth"], re.ASCII | re.IGNORECASE)
        self.born = re.compile(birth["born"], re.ASCII | re.IGNORECASE)
        self.sentence_end = re.compile(birth["sentence_end"], re.ASCII)
        self.part_date = re.compile(birth["part_date"], re.ASCII)
        self.full_dates = [compiled for rule, compiled in self.patterns if rule["kind"] == "exact-date" and rule.get("check") == "numeric-date"]
        self.role_words = frozenset(data["role_words"])
        self.generic = frozenset(data["generic"])
        self.courts = frozenset(data["courts"])
        n = data["names"]
        self.names = frozenset(n["list"])
        self.word_names = frozenset(n["words"])
        self.calendar_words = frozenset(n["calendar_words"])
        self.months = frozenset(n["months"])
        self.days = frozenset(n["days"])
        self.seasons = frozenset(n["seasons"])
        self.determiners = frozenset(n["determiners"])
        self.date_words = frozenset(n["date_words"])
        self.called = re.compile("(?:" + n["called"] + r")\Z", re.ASCII | re.IGNORECASE)
        self.apposition = re.compile(n["apposition"], re.ASCII)
        self.not_surnames = (
            frozenset(n["not_surnames"]) | self.role_words | self.months | self.days | {w.capitalize() for w in self.determiners | self.date_words}
        )
        self.relations = frozenset(n["relations"])
        self.never_names = frozenset(n["never_names"]) | self.role_words | self.months | self.days | self.seasons
        p = data["places"]
        self.places = frozenset(p["list"])
        self.word_places = frozenset(p["words"])
        self.place_before = frozenset(p["before"])
        self.place_longest = int(p["longest"])
        self.phone_home = data["phone"]["home"]
        self.phone_countries = data["phone"]["countries"]
        self.type_words = {kind: re.compile("(?:" + pattern + ")", re.ASCII) for kind, pattern in data["types"].items()}
        self.family_relations = frozenset(n["family_relations"])


@lru_cache(maxsize=1)
def _compiled() -> _Compiled:
    return _Compiled(rules())


# --- findings ------------------------------------------------------------------------------

#: Each kind: what it is called in a finding, and what to do instead (from the rules file).
KINDS: dict[str, tuple[str, str]] = {kind: (label, advice) for kind, (label, advice) in rules()["kinds"].items()}
#: Words for people that the hub uses instead of names. Never flagged.
ROLE_WORDS = frozenset(rules()["role_words"])


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


_ODD_SPACES = re.compile("[\u00a0\u2007\u202f]")


def find_identifying_details(text: str, line_offset: int = 0) -> list[IdentifyingDetail]:
    """Every detail in ``text`` that could identify a person, in order.

    ``line_offset`` is added to each line number, so a caller scanning part of
    a file (say, a page body starting on line 12) passes 11 and gets the
    file's own line numbers.
    """
    rules_ = _compiled()
    text = _ODD_SPACES.sub(" ", text)
    candidates: list[tuple[int, int, str]] = []
    for scanner in (_patterns, _births, _names, _towns):
        candidates.extend(scanner(rules_, text))
    kept: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(candidates, key=lambda c: (rules_.priority[c[2]], c[0], -(c[1] - c[0]))):
        if start < end and not any(start < k_end and k_start < end for k_start, k_end, _ in kept):
            kept.append((start, end, kind))
    return [
        IdentifyingDetail(text.count("\n", 0, start) + 1 + line_offset, start, end, kind, " ".join(_words(text[start:end])))
        for start, end, kind in sorted(kept)
    ]


# --- the patterns, and the checks they name --------------------------------------------------


def _digit_count(text: str) -> int:
    return sum(1 for c in text if "0" <= c <= "9")


def _patterns(r: _Compiled, text: str):
    digits = _digit_count(text)
    for rule, pattern in r.patterns:
        if digits < rule.get("hint_digits", 0) or ("hint" in rule and rule["hint"] not in text):
            continue
        if "hint_any" in rule and not any(h in text for h in rule["hint_any"]):
            continue
        group = rule.get("group", 0)
        for m in pattern.finditer(text):
            if m.group(group) is None:
                continue
            kind = _checked(r, rule, m.group(), m.group(rule.get("check_group", group)))
            if kind is None:
                continue
            start, end = m.start(group), m.end(group)
            if rule.get("check") == "institution":
                start = m.start() + _institution_start(r, m.group())
            yield start, end, kind


def _checked(r: _Compiled, rule: dict, whole: str, part: str) -> str | None:
    """The kind the match is reported as, or None where its check says it is not one."""
    check, kind = rule.get("check"), rule["kind"]
    if check is None:
        return kind
    if check == "phone":
        return kind if phone_is_possible(whole) else None
    if check == "nhs":
        return "nhs-number" if nhs_number_is_valid(re.sub(r"[^0-9]", "", whole)) else "reference-number"
    if check == "numeric-date":
        return kind if _plausible_numeric_date(whole) else None
    if check == "specific":
        words = _words(part)
        return kind if _specific(r, words[: len(words) - rule.get("drop_last", 0)]) else None
    if check == "not-a-court":
        words = _words(whole)
        return None if words[-1].rstrip(".") in ("Court", "Ct") and words[-2] in r.courts else kind
    if check == "institution":
        return kind if _institution_name(r, rule["kind"], whole) else None
    raise ValueError(f"unknown check {check!r} in {RULES_FILE.name}")


def phone_is_possible(candidate: str) -> bool:
    """Whether the phonenumbers library reads ``candidate`` (with the UK as home) as a number of the
    right length for its country that fits the country's number plan."""
    try:
        number = phonenumbers.parse(candidate, "GB")
    except phonenumbers.NumberParseException:
        return False
    if phonenumbers.is_possible_number_with_reason(number) != phonenumbers.ValidationResult.IS_POSSIBLE:
        return False
    country = _compiled().phone_countries.get(str(number.country_code))
    return country is not None and re.fullmatch(country["pattern"], phonenumbers.national_significant_number(number)) is not None


def nhs_number_is_valid(digits: str) -> bool:
    """The NHS number's Modulus 11 check: weights 10 to 2 on the first nine digits."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def _plausible_numeric_date(match: str) -> bool:
    parts = re.split(r"[/.-]", match)  # (the digits are ASCII: the patterns match only those)
    if len(parts) != 3 or len(parts[0]) > 2:
        return True  # the written-out and ISO forms are dates by construction
    first, second = int(parts[0]), int(parts[1])
    return (1 <= first <= 31 and 1 <= second <= 12) or (1 <= first <= 12 and 1 <= second <= 31)


def _words(text: str) -> list[str]:
    """Split on ASCII white space, as the browser does."""
    return [w for w in re.split(r"[ \t\n\r\f\v]+", text) if w]


def _clean(word: str) -> str:
    return re.sub(r"(?:['’]s|['’])$", "", word).strip(".")


def _specific(r: _Compiled, words: list[str]) -> bool:
    """Whether a name has a word that makes it specific: not generic, not a role word."""
    return any(w and w not in r.generic and w not in r.role_words and w[0].isupper() for w in (_clean(w) for w in words))


def _name_words(r: _Compiled, kind: str, whole: str) -> tuple[list[str], int]:
    """The words of a school's (or hospital's, club's) name before its type words, leading
    generic words dropped; and how many words were dropped."""
    words = _words(whole)
    dropped = 0
    while words and words[0] in r.generic and words[0] not in ("St", "Saint", "St."):
        words = words[1:]
        dropped += 1
    pattern = r.type_words[kind]
    type_start = next((i for i in range(len(words)) if pattern.fullmatch(" ".join(words[i:]))), len(words))
    return words[:type_start], dropped


def _institution_name(r: _Compiled, kind: str, whole: str) -> bool:
    return _specific(r, _name_words(r, kind, whole)[0])


def _institution_start(r: _Compiled, whole: str) -> int:
    """Where the name starts in the match, after any leading generic words ("At Oakfield ...")."""
    words = _words(whole)
    index = 0
    position = 0
    while index < len(words) and words[index] in r.generic and words[index] not in ("St", "Saint", "St."):
        position = whole.index(words[index], position) + len(words[index])
        index += 1
    return whole.index(words[index], position) if index < len(words) else 0


# --- dates of birth ---------------------------------------------------------------------------


def _first_longest(spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The span that starts first, and of those the longest ("2 June 2018", not "2 June")."""
    return min(spans, key=lambda span: (span[0], -span[1]))


def _births(r: _Compiled, text: str):
    lower = text.lower()
    if "dob" not in lower and "d.o.b" not in lower and "birth" not in lower and "born" not in lower:
        return
    full = [m for pattern in r.full_dates for m in pattern.finditer(text) if _plausible_numeric_date(m.group())]
    dates = [(m.start(), m.end()) for m in full] + [(m.start(), m.end()) for m in r.part_date.finditer(text)]

    def near(end: int, limit: int) -> list[tuple[int, int]]:
        return [d for d in dates if 0 <= d[0] - end <= limit and not r.sentence_end.search(text[end : d[0]])]

    for m in r.dob.finditer(text):  # "DOB" on its own is a date of birth field; with a date after it, both together
        following = near(m.end(), 12)
        yield m.start(), max(m.end(), _first_longest(following)[1]) if following else m.end(), "date-of-birth"
    for m in r.date_of_birth.finditer(text):
        following = near(m.end(), 20)
        if following:
            yield m.start(), _first_longest(following)[1], "date-of-birth"
        elif re.match(r"[ \t]*[:=-]", text[m.end() :]):
            yield m.start(), m.end(), "date-of-birth"
    for m in r.born.finditer(text):
        for start, end in dates:
            after = 0 <= start - m.end() <= 40 and not r.sentence_end.search(text[m.end() : start])
            before = m.group().lower() == "birthday" and 0 <= m.start() - end <= 30 and not r.sentence_end.search(text[end : m.start()])
            if after:
                yield m.start(), end, "date-of-birth"
            elif before:
                yield start, m.end(), "date-of-birth"


# --- names ----------------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)*", re.ASCII)
_BLOCK_START = re.compile(r"\n[ \t]*(?:[-*+>|#]|\d+[.)])|\n[ \t]*\n", re.ASCII)
_SENTENCE_GAP = re.compile(r"[.!?:;\"“(\[]", re.ASCII)
_SURNAME = re.compile(r"(?:Mc|Mac|O['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?", re.ASCII)
_SPACES = re.compile(r"[ \t]+", re.ASCII)


def _title(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


def _base(token: str) -> tuple[str, bool]:
    """A word without its possessive ending, and whether it had one."""
    match = re.match(r"^(.*?)(?:['’]s|['’])$", token)
    return (match.group(1), True) if match and match.group(1) else (token, False)


def _starts_sentence(previous, gap: str) -> bool:
    """Whether the word after ``previous`` (separated by ``gap``) starts a sentence, heading, list item or quotation."""
    return previous is None or bool(_SENTENCE_GAP.search(gap)) or bool(_BLOCK_START.search(gap))


def _capitalised(word: str) -> bool:
    return "A" <= word[:1] <= "Z"


def _names(r: _Compiled, text: str):
    tokens = list(_WORD.finditer(text))
    for index, m in enumerate(tokens):
        if not _capitalised(m.group()):
            continue  # a name needs a capital letter: most words are passed over here, cheaply
        token, possessive = _base(m.group())
        parts = token.split("-")
        candidate = next((p for p in parts if _title(p) in r.names and _capitalised(p)), None)
        previous = tokens[index - 1] if index else None
        gap = text[previous.end() : m.start()] if previous else "\n"
        sentence_start = _starts_sentence(previous, gap)
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        next_gap = text[m.end() : following.start()] if following else ""
        after = text[m.end() : m.end() + 40]
        called = bool(r.called.search(text[max(0, m.start() - 40) : m.start()]))
        # "Kacper, who is six", "Zephyr (aged 4)", "Nia, Child A's sister": a word only a name takes there.
        apposition = (not possessive and r.apposition.match(after) is not None) or (
            not possessive
            and following is not None
            and re.fullmatch(r",[ \t]+", next_gap) is not None
            and _base(following.group())[0] in r.role_words
            and following.group() != _base(following.group())[0]
        )
        related = possessive and following is not None and _SPACES.fullmatch(next_gap) is not None
        relation = related and following.group().lower() in r.relations
        if candidate is None or token in r.role_words:
            # Not a listed name: flagged only where nothing but a name fits.
            unlisted = token not in r.never_names and token not in r.generic and token not in r.places and len(token) > 1 and token[1:].islower()
            if unlisted and (called or apposition or (related and following.group().lower() in r.family_relations)):
                yield m.start(), m.end(), "name"
            continue
        shouting = token.isupper() and len(token) > 1
        name = _title(candidate)
        prev_word = _base(previous.group())[0] if previous else ""
        surname = None
        if following and not possessive and _SPACES.fullmatch(next_gap):
            next_word = _base(following.group())[0]
            if _SURNAME.fullmatch(next_word) and next_word not in r.not_surnames and _title(next_word) not in r.names - r.word_names:
                surname = following
        end = surname.end() if surname else m.end()
        double_barrelled = len(parts) > 1 and all(_capitalised(p) for p in parts)  # "Daisy-Mae"
        if name not in r.word_names or double_barrelled:
            yield m.start(), end, "name"
            continue
        if shouting:
            continue
        # A name that is also an ordinary word: only where it reads as a name.
        role_apposition = (
            following is not None
            and re.fullmatch(r",[ \t]+", next_gap) is not None
            and (following.group().lower() in ("aged", "age") or _base(following.group())[0] in r.role_words)
        )
        if called or surname is not None or relation or role_apposition or apposition:
            yield m.start(), end, "name"
            continue
        if sentence_start:
            continue
        if (
            _capitalised(prev_word)
            and prev_word not in r.role_words
            and index >= 2
            and not _starts_sentence(tokens[index - 2], text[tokens[index - 2].end() : previous.start()])
        ):
            continue  # part of a longer proper name: "Christmas Eve", "the Social Work Bill"
        if prev_word.lower() in r.determiners:
            continue
        if name in r.calendar_words and _date_context(r, text, tokens, index):
            continue
        yield m.start(), end, "name"


def _date_context(r: _Compiled, text: str, tokens: list, index: int) -> bool:
    """Whether a month or season word at ``tokens[index]`` is being used as a time of year."""
    previous = tokens[index - 1].group().lower() if index else ""
    after = text[tokens[index].end() : tokens[index].end() + 12]
    if previous in r.date_words or re.match(r"[ \t]*,?[ \t]*(?:\d|half[ -]term|term|holiday|holidays|time|months?)", after, re.IGNORECASE | re.ASCII):
        return True
    before = text[max(0, tokens[index].start() - 12) : tokens[index].start()]
    if re.search(r"\d(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?\Z", before, re.ASCII):
        return True
    if previous in ("to", "and", "or", "till", "until"):  # "from March to May", "April and May"
        window = [t.group() for t in tokens[max(0, index - 4) : index - 1]]
        return any(w in r.months or w in r.seasons or w.isdigit() for w in window)
    return False


# --- towns, villages and areas ----------------------------------------------------------------


def _towns(r: _Compiled, text: str):
    tokens = list(_WORD.finditer(text))
    index = 0
    while index < len(tokens):
        m = tokens[index]
        if not _capitalised(m.group()) or m.group() in r.never_names or m.group() in r.generic:
            index += 1
            continue
        found = None
        for length in range(min(r.place_longest, len(tokens) - index), 0, -1):
            last = tokens[index + length - 1]
            if length > 1 and not all(_SPACES.fullmatch(text[tokens[i].end() : tokens[i + 1].start()]) for i in range(index, index + length - 1)):
                continue
            name = " ".join(_words(text[m.start() : last.end()]))
            base, possessive = _base(name)
            if name in r.places or (possessive and base in r.places):
                found = (length, name if name in r.places else base, last.end() - (len(name) - len(base) if name not in r.places else 0))
                break
        if found is None:
            index += 1
            continue
        length, name, end = found
        previous = tokens[index - 1] if index else None
        gap = text[previous.end() : m.start()] if previous else "\n"
        before_place = previous is not None and previous.group().lower() in r.place_before and _SPACES.fullmatch(gap) is not None
        in_proper_name = previous is not None and _capitalised(previous.group()) and not _starts_sentence(previous, gap)
        if before_place or (name not in r.word_places and not in_proper_name):
            yield m.start(), end, "town"
        index += length


def first_names() -> tuple[frozenset[str], frozenset[str]]:
    """(names, names that are also ordinary words), from examples/data/first-names.txt."""
    return _compiled().names, _compiled().word_names
