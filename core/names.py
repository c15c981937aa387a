"""What the chain names in three languages (stores, products): one rule for which name to show."""

from __future__ import annotations

from typing import Protocol


class _Named(Protocol):
    @property
    def name_zh(self) -> str: ...
    @property
    def name_en(self) -> str: ...
    @property
    def name_pt(self) -> str: ...


class ThreeNames:
    """A mixin for anything with ``name_zh``, ``name_en`` and ``name_pt``: dataclasses, ORM rows."""

    __slots__ = ()

    def name(self: _Named, lang: str) -> str:
        """The name in ``lang`` (``zh_Hant``, ``pt``); English for any other language."""
        names = {"zh_Hant": self.name_zh, "pt": self.name_pt}
        return names.get(lang, self.name_en)
