"""``python -m eventdb`` runs the command line."""

from .cli import main

main()
