"""What every screen is given at construction (no app singleton to look services up in)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from core.db import Database
from core.replica import Till
from desktop.i18n import Translations
from desktop.tasks import TaskRunner


@dataclass(frozen=True)
class AppContext:
    db: Database
    till: Till
    tasks: TaskRunner
    translations: Translations
    data_dir: Path
    hub_url: str
    demo: bool = False

    @property
    def lang(self) -> str:
        return self.translations.lang

    def money(self, avos: int) -> str:
        return self.translations.money(avos)
