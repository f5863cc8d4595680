"""Small pieces of wording shared by several content types' pages."""

from __future__ import annotations


def duration_text(minutes: int) -> str:
    """90 -> '1 hour 30 minutes'."""
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour{'s' if hours != 1 else ''}")
    if rest or not hours:
        parts.append(f"{rest} minute{'s' if rest != 1 else ''}")
    return " ".join(parts)
