"""The examples in the pure modules' docstrings run and give what they show."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "eventdb",
    "eventdb.errors",
    "eventdb.dates",
    "eventdb.records",
    "eventdb.textio",
    "eventdb.resolve",
    "eventdb.resolve.grammar",
    "eventdb.resolve.result",
    "eventdb.resolve.vocab",
    "eventdb.resolve.packs",
    "eventdb.resolve.packs.en",
    "eventdb.resolve.packs.pt",
    "eventdb.resolve.packs.es",
    "eventdb.resolve.families.holidays",
    "eventdb.resolve.packs.holidays_build",
    "eventdb.extract",
    "eventdb.extract.core",
    "eventdb.extract.patterns",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    """Every docstring example in the module passes, and the module has some."""
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted > 0
