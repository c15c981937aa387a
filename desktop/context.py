"""What every screen is given at construction (no app singleton to look services up in)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from core.db import Database
from core.replica import Till
from core.staff import PinGuard
from desktop.i18n import Translations
from desktop.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.devices.hardware import CounterHardware
    from desktop.printing.service import PrintService


@dataclass(frozen=True)
class AppContext:
    db: Database
    till: Till
    tasks: TaskRunner
    translations: Translations
    data_dir: Path
    hub_url: str
    demo: bool = False
    hardware: CounterHardware | None = None  # receipt printer, USB scanner (Settings → Devices)
    pins: PinGuard = field(default_factory=PinGuard)  # wrong PINs in a row on this counter

    @property
    def printer(self) -> PrintService | None:
        """The receipt printer service: ``print_slip(job_id, slip, copy=..., kick_drawer=...)``."""
        return self.hardware.printer if self.hardware is not None else None

    @property
    def lang(self) -> str:
        return self.translations.lang

    def money(self, avos: int) -> str:
        return self.translations.money(avos)
