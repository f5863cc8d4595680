"""The review report for `hub check --reviews`: what is overdue and what falls due soon."""

from __future__ import annotations

from datetime import timedelta

from .hub import Hub


def review_findings(hub: Hub):
    """(status, item) for every item overdue or due within the warning window, soonest first."""
    window = hub.today + timedelta(days=hub.settings.review_warning_days if hub.settings else 30)
    rows = []
    for item in hub.reviewed_items():
        due = item.next_review
        if due < hub.today:
            rows.append(("overdue", item))
        elif due <= window:
            rows.append(("due soon", item))
    return sorted(rows, key=lambda row: (row[1].next_review, row[1].source_path))


def review_report(hub: Hub) -> str:
    rows = review_findings(hub)
    days = hub.settings.review_warning_days if hub.settings else 30
    if not rows:
        return f"Reviews: nothing is overdue or due in the next {days} days (as of {hub.today:%d %B %Y})."
    lines = [f"Reviews as of {hub.today:%d %B %Y} (overdue, or due in the next {days} days):"]
    for status, item in rows:
        owner = getattr(item, "owner", None) or (hub.settings.team if hub.settings else "the hub's team")
        line = item.line("last_reviewed")
        lines.append(
            f"{item.source_path}:{line}: {status}: '{item.title}' was due for review on {item.next_review:%d %B %Y} (owner: {owner})"
            if status == "overdue"
            else f"{item.source_path}:{line}: {status}: '{item.title}' is due for review on {item.next_review:%d %B %Y} (owner: {owner})"
        )
    overdue = sum(1 for status, _ in rows if status == "overdue")
    lines.append(f"{overdue} overdue, {len(rows) - overdue} due soon.")
    return "\n".join(lines)
