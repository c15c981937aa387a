"""What every screen is given at construction (no app singleton to look services up in)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from core.db import Database
from core.replica import Till
from core.staff import PinGuard, StaffMember
from desktop.i18n import Translations
from desktop.tasks import TaskRunner
from desktop.usecases import UseCases

if TYPE_CHECKING:
    from desktop.devices.hardware import CounterHardware
    from desktop.printing.service import PrintService


class SignedIn:
    """Who is signed in at this counter (on the Counter screen); other screens read it."""

    def __init__(self) -> None:
        self.member: StaffMember | None = None


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
    signed_in: SignedIn = field(default_factory=SignedIn)

    @property
    def usecases(self) -> UseCases:
        """How screens run core's use cases (desktop/usecases.py); screens never use ``db`` directly."""
        return UseCases(self.db, self.tasks)

    @property
    def printer(self) -> PrintService | None:
        """The receipt printer service: ``print_slip(job_id, slip, copy=..., kick_drawer=...)``."""
        return self.hardware.printer if self.hardware is not None else None

    @property
    def lang(self) -> str:
        return self.translations.lang

    def money(self, avos: int) -> str:
        return self.translations.money(avos)
