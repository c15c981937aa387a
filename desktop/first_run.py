"""When the first-run wizard shows (desktop/wizard.py), and the hub a PC that hosts its chain starts.

Kept apart from the wizard so an ordinary start imports neither the wizard nor the hub.

The wizard shows on a start with no ``config.json`` and none of ``--demo`` / ``--enroll`` / ``--hub``,
when the app is installed (frozen) or started with ``--first-run``; from source without it the app
starts the demo as before (the README's ``make run``).
"""

from __future__ import annotations

import argparse
import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import shiboken6

from desktop.config import config_path, read_config
from desktop.i18n import Translations
from desktop.paths import default_data_dir

if TYPE_CHECKING:
    from desktop.local_hub import LocalHub

log = logging.getLogger(__name__)


@dataclass
class FirstRun:
    """How the wizard ended: ``mode`` join | host | demo; ``hub`` the hub this PC now runs (host)."""

    mode: str
    hub: LocalHub | None = None


def wants_first_run(args: argparse.Namespace) -> bool:
    """The wizard shows only on a first start of an installed app (or with ``--first-run``)."""
    if args.demo or args.enroll or args.hub:
        return False
    if not (args.first_run or getattr(sys, "frozen", False)):
        return False  # from source: the demo chain, as the README's `make run` promises
    data_dir: Path = args.data_dir or default_data_dir()
    path = config_path(data_dir)
    return not path.exists() and not path.is_symlink()


def run_first_run(args: argparse.Namespace, translations: Translations) -> FirstRun | None:
    """The wizard, modal, before the main window; None if cancelled (nothing was written)."""
    from desktop.splash import splash_hidden
    from desktop.wizard import FirstRunWizard
    from sync_client.credentials import KeyringStore

    data_dir: Path = args.data_dir or default_data_dir()
    wizard = FirstRunWizard(data_dir, translations, KeyringStore)
    try:
        with splash_hidden():
            wizard.exec()
        return wizard.result_
    finally:
        # Gone now: a wizard left to Python's cycle collector could outlive its Python half and then
        # crash on the next restyle or language change that reaches every widget.
        shiboken6.delete(wizard)


def start_hosted_hub(data_dir: Path) -> LocalHub | None:
    """On a PC that hosts its chain's hub, the hub starts with the app (off the GUI thread). A hub that
    cannot start is logged and the counter works offline; the status bar says so."""
    from desktop.splash import run_off_gui_thread

    try:
        config = read_config(data_dir)
    except Exception:
        return None
    if not config.hub_db:
        return None
    from desktop.local_hub import LocalHub

    hub = LocalHub(Path(config.hub_db), urlsplit(config.hub_url).port or 8765)
    try:
        run_off_gui_thread(hub.start)
    except Exception:
        log.exception("the hub this computer hosts did not start")
        hub.stop()
        return None
    return hub
