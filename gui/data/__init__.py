"""The data panel: built-in sets, imports with previews, normalisation, and painting points."""
