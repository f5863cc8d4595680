"""The resource library: downloadable templates and handouts."""
