"""The glossary: plain-English terms and the names other services use."""
