"""Training: the catalogue, the sessions, their pages and calendar feeds."""
