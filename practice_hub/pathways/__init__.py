"""Induction pathways: what each role does in its first months."""
