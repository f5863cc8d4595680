"""Templates for text files an editor then edits (new pages and YAML entries), not for HTML.

No autoescaping: the output is Markdown and YAML. Text values go into YAML as JSON
strings (``yaml_str``), which YAML reads as double-quoted scalars, so a title with a
colon, a quote or a hash sign cannot change the file's meaning.
"""

from __future__ import annotations

import json
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined


def text_environment(folder: Path) -> Environment:
    env = Environment(loader=FileSystemLoader(folder), undefined=StrictUndefined, keep_trailing_newline=True, autoescape=False)
    env.filters["yaml_str"] = lambda value: json.dumps(str(value), ensure_ascii=False)
    return env
