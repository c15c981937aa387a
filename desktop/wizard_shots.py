"""``python -m desktop.wizard_shots DIR [LANG ...]``: a PNG of each first-run wizard page (offscreen),
in each language, to check for missing glyphs and cut text. ``python -m desktop.screenshots`` takes
them with the app's other pictures.

The pages are shown as a user would see them part-way: a code traded (with the pinned certificate),
a hub started, the demo's fake printer and scanner found. Nothing is sent anywhere.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEventLoop, QTimer

from desktop.i18n import LANGUAGES, Translations
from desktop.splash import make_qapp

SAMPLE_PIN = "3f9c2b7e41d0a8c5e6f7a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6"


def _settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def take(out: Path, lang: str) -> list[Path]:
    """The pages in ``lang``, saved in ``out``; the paths saved."""
    from desktop.devices.hardware import demo_backend
    from desktop.local_hub import LocalHub
    from desktop.wizard import FirstRunWizard
    from desktop.wizard_pages import (
        HOST,
        JOIN,
        LANGUAGE,
        PRINTER_PAGE,
        SCANNER_PAGE,
        STORE,
        WELCOME,
        HostedChain,
    )
    from sync_client.credentials import MemoryStore
    from sync_client.enrollment import Enrollment

    qapp = make_qapp(sys.argv[:1])
    translations = Translations(qapp)
    translations.switch(lang)
    backend = demo_backend()[0]
    keyring = MemoryStore()
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as data:
        wizard = FirstRunWizard(Path(data), translations, lambda: keyring, backend_factory=lambda: backend)
        wizard.resize(820, 600)
        enrollment = Enrollment("till-mo-sen-1a2b3c4d", "MO-SEN", "till", "", SAMPLE_PIN)
        wizard.join.hub.setText("wss://backoffice:8765")
        wizard.join.code.setText("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ")
        shots = [
            ("welcome", WELCOME),
            ("join-error", JOIN),
            ("join", JOIN),
            ("host", HOST),
            ("language", LANGUAGE),
            ("store", STORE),
            ("printer", PRINTER_PAGE),
            ("scanner", SCANNER_PAGE),
        ]
        for name, page_id in shots:
            wizard.welcome._choice = "host" if name == "host" else "join"
            if name == "join-error":
                from core.errors import DomainError

                wizard.join.failed(DomainError("sync.hub_unreachable"), "wss://backoffice:8765")
            elif name == "join":
                wizard.join.enrolled(enrollment, "wss://backoffice:8765")
            elif name == "host":
                host = wizard.host
                chinese = lang == "zh_Hant"
                host.chain.setText("林記商店" if chinese else "Lam Family Stores")
                host.store.setText("紅街市店" if chinese else "Red Market shop")
                folder = Path(data) / "hub"
                host.started(
                    HostedChain(
                        LocalHub(folder / "hub.sqlite3"),
                        "ws://127.0.0.1:8765",
                        folder,
                        host.chain.text(),
                        host.store.text(),
                        enrollment,
                    )
                )
            wizard.setStartId(page_id)
            wizard.restart()
            wizard.show()
            if name == "scanner":
                _settle(300)
                wizard.scanner.show_scan("9587101000012", "EAN-13", "hid-keyboard")
                wizard.scanner.show_scan("MO-SEN-0042", "", "wedge-timing")
            _settle(400 if name in ("printer", "scanner") else 150)
            target = out / f"wizard-{name}-{lang}.png"
            wizard.grab().save(str(target))
            saved.append(target)
        wizard.hosted = None  # never started: nothing to stop
        wizard.reject()
        shiboken6.delete(wizard)  # see desktop/first_run.py
    translations.remove()
    return saved


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(args[0] if args else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    for lang in args[1:] or ["zh_Hant", "en"]:
        if lang not in LANGUAGES:
            print(f"unknown language {lang}", file=sys.stderr)
            return 2
        for path in take(out, lang):
            print(f"{path}: ok")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
