"""How typed answers are compared: forgiving of case, spacing and punctuation.

The same rule is written in docs/assets/hub/quiz.js; tests hold the two to it.
"""

from __future__ import annotations

import re
import unicodedata


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^\w\s]|_", " ", text)
    return " ".join(text.split())
