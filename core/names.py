"""What the chain names in three languages (stores, products): one rule for which name to show."""

from __future__ import annotations


class ThreeNames:
    """A mixin for anything with ``name_zh``, ``name_en`` and ``name_pt``: dataclasses, ORM rows."""

    __slots__ = ()

    def name(self, lang: str) -> str:
        """The name in ``lang`` (``zh_Hant``, ``pt``); English for any other language."""
        names = {"zh_Hant": self.name_zh, "pt": self.name_pt}  # type: ignore[attr-defined]
        return names.get(lang, self.name_en)  # type: ignore[attr-defined]
