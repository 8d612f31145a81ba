"""Helpers shared by eventdb's benchmarks: the phrase set, the scorer and the peer parsers.

Nothing here is part of the ``eventdb`` package; ``bench/*.py`` scripts put ``bench/`` on
``sys.path`` by being run from it, and import ``peers.<module>``.
"""
