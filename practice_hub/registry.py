"""Every content type the hub has: one line each.

Adding a content type means adding its folder (model, checks, views, templates,
outputs and a ``declare.py`` with its ``TYPE``) and a line here. The loader,
the views and the engine read this list and nothing else.
"""

from .examples.declare import TYPE as EXAMPLES
from .glossary.declare import TYPE as GLOSSARY
from .guides.declare import TYPE as GUIDES
from .library.declare import TYPE as LIBRARY
from .packs.declare import TYPE as PACKS
from .pathways.declare import TYPE as PATHWAYS
from .practice_focus.declare import TYPE as PRACTICE_FOCUS
from .quizzes.declare import TYPE as QUIZZES
from .training.declare import TYPE as TRAINING

#: In loading order: a type comes after the types its checks refer to.
CONTENT_TYPES = (GLOSSARY, GUIDES, LIBRARY, QUIZZES, TRAINING, PACKS, PATHWAYS, EXAMPLES, PRACTICE_FOCUS)
