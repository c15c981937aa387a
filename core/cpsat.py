"""OR-Tools' CP-SAT: ``available()`` says whether this installation has it (the counter edition of the
installed app leaves the roster planner out; installer/README.md); ``importable()`` comes before
``from ortools.sat.python import cp_model``.

``cp_model`` imports pandas at its top for its ``*_series`` helpers (variables indexed by a pandas
Index), which the roster solver never calls. The installed app leaves pandas out (18 MB of a folder
meant to stay near 200 MB, installer/README.md); where pandas cannot be imported, a stand-in module
with the three names ``cp_model`` and matplotlib look up (``Index``, ``Series``, ``DataFrame``) lets
``cp_model`` load. Nothing can be made of them: a call that needs real pandas says so instead of
computing something wrong. From source with pandas installed, the real pandas is used.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from functools import cache


class _NotBundled:
    def __init__(self, *_args: object, **_kwargs: object) -> None:
        raise ImportError("pandas is not part of this build; CP-SAT's *_series helpers need it")


def pandas_stand_in() -> types.ModuleType:
    module = types.ModuleType("pandas", "A stand-in: pandas is not part of this build (core/cpsat.py).")
    for name in ("Index", "Series", "DataFrame"):
        setattr(module, name, type(name, (_NotBundled,), {"__module__": "pandas"}))
    module.__stand_in__ = True  # type: ignore[attr-defined]
    return module


@cache
def available() -> bool:
    """OR-Tools is installed: the roster can be auto-planned here."""
    try:
        return importlib.util.find_spec("ortools.sat.python.cp_model") is not None
    except ImportError:  # no ortools package at all
        return False


@cache
def importable() -> None:
    """Make ``cp_model`` importable: the real pandas when there is one, else the stand-in."""
    try:
        importlib.import_module("pandas")
    except ImportError:
        sys.modules["pandas"] = pandas_stand_in()
