"""Tool guides: one Markdown page per practice tool."""
