"""Publish extras: files written after MkDocs has built the pages."""
from __future__ import annotations

from pathlib import Path

from .model import Hub


def publish_all(hub: Hub, site_dir: Path) -> None:
    """Write every extra into the built site. Each publisher adds its own files."""
    for publisher in PUBLISHERS:
        publisher(hub, site_dir)


from .feed import publish_feed  # noqa: E402
from .pack_zip import publish_pack_zips  # noqa: E402
from .quiz_export import publish_quiz_exports  # noqa: E402
from .training_feeds import publish_training_feeds  # noqa: E402

PUBLISHERS: list = [publish_quiz_exports, publish_training_feeds, publish_pack_zips, publish_feed]
