"""The hub's content model: every file read, checked and cross-referenced.

Nothing in this package imports MkDocs, so the check runs on its own and the
model would survive a move to another site generator.
"""
from .findings import Finding
from .hub import Hub, load_hub

__all__ = ["Finding", "Hub", "load_hub"]
