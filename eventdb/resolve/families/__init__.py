"""The resolver's phrase families, one module each, written once for every language."""
