"""Workshop packs: session plans, notes, handouts and one download each."""
