"""Examples from practice, the identifying-details check, and the feed."""
