"""The Practice Learning Hub's engine.

Reading and the shared model are in core/; each content type has its own folder
(guides, glossary, library, quizzes, training, packs, pathways, examples,
practice_focus) with its model, checks, views, templates and outputs, declared
once in registry.py. loader.py loads and checks; build.py turns the checked
hub into pages and files; engine/ is the MkDocs adapter. Only engine/ imports MkDocs.
"""
