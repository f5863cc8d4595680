"""The MkDocs adapter: the hub plugin, the macros bridge, kept HTML and the theme fix-ups. The only part of the hub that imports MkDocs."""
