"""How typed answers are compared: forgiving of case, accents, spacing, punctuation, the
words 'a', 'an' and 'the', and a small typo.

The same rule is written in practice_hub/quizzes/assets/quiz.js (``normalise`` and ``matches``);
tests/test_quizzes.py runs the same cases through both.
"""

from __future__ import annotations

import re
import unicodedata

ARTICLES = frozenset({"a", "an", "the"})


def normalise(text: str) -> str:
    """Lower case, accents and punctuation gone, 'a', 'an' and 'the' left out, single spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.category(c).startswith("M")).lower()
    text = re.sub(r"[^\w\s]|_", " ", text)
    return " ".join(word for word in text.split() if word not in ARTICLES)


def typos_allowed(answer: str) -> int:
    """How many letters may be wrong, missing or extra in a typed answer of this (normalised) length:
    none up to 4 letters (a typo there makes another word), one up to 8, two beyond."""
    return 0 if len(answer) <= 4 else 1 if len(answer) <= 8 else 2


def distance(a: str, b: str) -> int:
    """The number of letters to change, add or take away to turn ``a`` into ``b`` (Levenshtein)."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        current = [i]
        for j, y in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def matches(typed: str, accepted: list[str]) -> bool:
    """Whether a typed answer is one of the accepted answers (each already normalised), allowing a small typo."""
    answer = normalise(typed)
    return bool(answer) and any(distance(answer, a) <= typos_allowed(a) for a in accepted)
