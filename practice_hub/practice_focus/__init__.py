"""Practice-focus articles."""
