"""Composition root: parses arguments, opens the database, starts sync (and the demo chain), builds
the screens and the window. Nothing else in the app constructs services.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import msgspec
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from core.aio import favour_latency, settled
from core.db import Database, open_sqlite
from core.demo_chain import DEMO_PINS
from core.errors import DomainError
from core.handover import demo_facts as handover_demo_facts
from core.private_files import private_dir
from core.replica import Till, init_replica, outbox_status, replica_state, unsent_records
from core.staff import Permission, Role, StaffMember
from core.stock import StoreColumn, store_column
from desktop.bridge import SyncBridge
from desktop.config import DeviceConfig, config_path, read_config, write_config
from desktop.context import AppContext
from desktop.devices.hardware import CounterHardware, demo_backend
from desktop.devices.wedge import WedgeScanner
from desktop.i18n import (
    LANGUAGES,
    Translations,
    error_text,
    save_language,
    saved_language,
    system_language,
)
from desktop.logfile import since_start
from desktop.main_window import RAIL_ORDER, SCREEN_NAMES, MainWindow
from desktop.paths import default_data_dir
from desktop.splash import close_splash, current_splash, make_qapp, splash_hidden
from desktop.status import freshness_text
from desktop.support import CrashReporter, Diagnostics, attach_help
from desktop.tasks import TaskRunner
from desktop.views.base import Screen
from desktop.views.counter import CounterScreen
from desktop.views.counter_demo import stage_demo_sale
from desktop.views.enrollment import EnrollmentCodePanel, enrol_again, ensure_enrolled
from desktop.views.handover import HandoverScreen
from desktop.views.placeholder import ComingSoonScreen
from desktop.views.repairs import RepairsScreen
from desktop.views.repairs_banner import proposal_text
from desktop.views.repairs_watch import DeviceTroubleWatch
from desktop.views.settings import SettingsScreen
from desktop.views.shifts import ShiftsScreen
from desktop.views.stock import StockScreen
from desktop.views.stocktake import StocktakeScreen
from desktop.views.sync_details import SyncDetailsDialog
from desktop.views.transfers import TransfersScreen
from sync_client.client import ConnectionState

log = logging.getLogger(__name__)
APP_VERSION = "0.1.0"


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="main.py", description="Store-manager desktop app")
    p.add_argument("--demo", action="store_true", help="run the demo chain (embedded hub, simulated stores)")
    p.add_argument("--hub", help="hub address, e.g. wss://backoffice:8765 (saved for next time)")
    p.add_argument(
        "--enroll", action="store_true", help="connect this computer to a chain's hub with a manager's code"
    )
    p.add_argument("--store", help="this device's store id (with --hub)")
    p.add_argument("--device-id", help="this device's id (default: generated once)")
    p.add_argument("--data-dir", type=Path, help="folder for the local database and settings")
    p.add_argument("--db", type=Path, help="local database file (default: in the data folder)")
    p.add_argument("--lang", choices=LANGUAGES, help="language of the interface")
    p.add_argument("--screen", choices=SCREEN_NAMES, help="screen to show first")
    p.add_argument("--screenshot", type=Path, help="save a PNG of the window once data has loaded, then exit")
    p.add_argument("--screenshot-timeout", type=float, default=45.0)
    p.add_argument("--log-level", default="WARNING", help="DEBUG, INFO, WARNING, ERROR or CRITICAL")
    p.add_argument(
        "--reset-demo",
        action="store_true",
        help="with --demo: start the demo afresh (deletes only the files the demo made)",
    )
    p.add_argument(
        "--self-test", action="store_true", help="check this installation, print the results, exit"
    )
    p.add_argument(
        "--first-run",
        action="store_true",
        help="with no settings yet: the set-up wizard (as installed apps do)",
    )
    return p.parse_args(argv)


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
SCREENSHOT_FORMATS = ("png", "jpg", "jpeg", "bmp")


def argument_problem(args: argparse.Namespace) -> str | None:
    """A translated one-line message for arguments the app cannot use (checked before anything starts)."""
    if args.log_level.upper() not in LOG_LEVELS:
        return error_text("app.bad_log_level", {"level": args.log_level, "levels": ", ".join(LOG_LEVELS)})
    if args.db is not None and args.db.is_dir():
        return error_text("app.db_is_folder", {"path": args.db})
    shot: Path | None = args.screenshot
    if shot is not None:
        if shot.suffix.lower().lstrip(".") not in SCREENSHOT_FORMATS:
            return error_text(
                "app.screenshot_format", {"path": shot, "formats": ", ".join(SCREENSHOT_FORMATS)}
            )
        folder = shot.parent
        while not folder.exists() and folder != folder.parent:  # it is created later: check what is there
            folder = folder.parent
        if shot.is_dir() or not folder.is_dir() or not os.access(folder, os.W_OK):
            return error_text("app.screenshot_unwritable", {"path": shot})
    return None


@dataclass
class Setup:
    """What the composition root decided: where data lives, which hub, which device."""

    data_dir: Path
    db_path: Path
    demo: bool
    hub_url: str | None
    device_id: str
    store_id: str | None
    resources: list[object] = field(default_factory=list)
    token: str = ""  # from the OS keyring (or the demo's memory); never written to the data folder
    pin: str | None = None  # SHA-256 of the hub's certificate, learnt at enrollment
    role: str = "till"  # till | office (a manager's device may create enrollment codes)


def resolve_setup(args: argparse.Namespace) -> Setup:
    data_dir: Path = args.data_dir or default_data_dir()
    # Sales and members' details live here: owner-only (core/private_files.py).
    with contextlib.suppress(OSError):
        private_dir(data_dir)
    # A damaged config.json stops the start with a message (DomainError "config.damaged"): guessing
    # would make this computer the demo, or a new device, with its unsent sales left behind.
    config = DeviceConfig() if args.demo and not args.hub else read_config(data_dir)  # the demo needs none
    if args.hub:
        config = msgspec.structs.replace(
            config,
            hub_url=args.hub,
            store_id=args.store or config.store_id,
            device_id=args.device_id or config.device_id or f"till-{uuid.uuid4().hex[:12]}",
        )
        try:
            private_dir(data_dir)
            write_config(data_dir, config)
        except OSError:
            log.warning("could not save %s", config_path(data_dir))
    demo = args.demo or not (config.hub_url or args.enroll)
    if demo:
        from desktop.demo import own_till

        till = own_till()
        demo_dir = data_dir / "demo"
        return Setup(
            data_dir, args.db or demo_dir / "till.sqlite3", True, None, till.device_id, till.store_id
        )
    return Setup(
        data_dir,
        args.db or data_dir / "replica.sqlite3",
        False,
        config.hub_url,
        # --enroll: a new enrollment, whatever this computer was before (the first-run dialog)
        "" if args.enroll else config.device_id or f"till-{uuid.uuid4().hex[:12]}",
        config.store_id or None,
        pin=config.pin or None,
        role=config.role,
    )


def open_replica(setup: Setup) -> tuple[Database, Till]:
    """Open the local database and this device's identity; DomainError on a bad path or file."""
    db = open_sqlite(setup.db_path)
    with db.write() as s:
        till = init_replica(s, setup.device_id, setup.store_id)
        if setup.demo and replica_state(s).last_seq == 0:  # the demo's own till, made afresh: its shift
            handover_demo_facts(s, till)
    return db, till


def build_screens(ctx: AppContext) -> list[Screen]:
    screens: list[Screen] = []
    for name in RAIL_ORDER:
        if name == "counter":
            screens.append(CounterScreen(ctx))
        elif name == "stock":
            screens.append(StockScreen(ctx))
        elif name == "stocktake":
            screens.append(StocktakeScreen(ctx))
        elif name == "settings":
            screens.append(SettingsScreen(ctx))
        elif name == "handover":
            screens.append(HandoverScreen(ctx))
        elif name == "transfers":
            screens.append(TransfersScreen(ctx))
        elif name == "repairs":
            screens.append(RepairsScreen(ctx))
        elif name == "shifts":
            screens.append(ShiftsScreen(ctx))
        else:
            screens.append(ComingSoonScreen(ctx, name))
    return screens


class App:
    """Everything one running app owns, so it can be started by main() or by a test and stopped cleanly."""

    def __init__(self, qapp: QApplication, setup: Setup, translations: Translations) -> None:
        self.qapp = qapp
        self.setup = setup
        self.translations = translations
        self.demo = None
        hub_url = setup.hub_url
        # Started by main.py: the slow parts (seeding, migrating) run off the GUI thread behind the
        # start-up window; started by a test: in line.
        self.splash = current_splash()
        try:
            if setup.demo:
                from desktop.demo import DemoChain

                self.demo = DemoChain(setup.db_path.parent, own_db=setup.db_path)
                hub_url = (
                    self.demo.start() if self.splash is None else self.splash.run(self.demo.start, "demo")
                )
            self._build(setup, hub_url)
        except BaseException:
            close_splash()  # the error message that follows must not hide behind it
            if self.demo is not None:  # a failed start leaves nothing running behind it
                self.demo.stop()
            raise

    def _build(self, setup: Setup, hub_url: str | None) -> None:
        if self.splash is None:
            self.db, self.till = open_replica(setup)
        else:
            log.info("start-up: app loaded after %.2f s", since_start() or 0.0)
            self.db, self.till = self.splash.run(lambda: open_replica(setup), "database")
            log.info("start-up: database open after %.2f s", since_start() or 0.0)
            self.splash.show_step("screens")
            self.qapp.processEvents()
        self.tasks = TaskRunner()
        # Keyboard-wedge scanners: scans go to the shown screen, never into whichever field has focus.
        self.scanner = WedgeScanner()
        # Printer and USB scanner; the demo plays them with a fake pyusb backend (desktop/devices/).
        self.hardware = CounterHardware(
            self.scanner,
            self.tasks,
            demo=demo_backend() if setup.demo else None,
            # Job ids that reached the printer, kept across restarts: a retry never prints twice.
            journal_path=setup.db_path.parent / "printed-jobs.txt",
        )
        self.ctx = AppContext(
            self.db,
            self.till,
            self.tasks,
            self.translations,
            setup.data_dir,
            hub_url or "",
            setup.demo,
            hardware=self.hardware,
        )
        self.bridge = SyncBridge(self.db, hub_url, APP_VERSION) if hub_url else None
        if self.bridge is not None:  # this device's credentials: the keyring's, or the demo's in memory
            demo_token = self.demo.credentials.get(setup.device_id) if self.demo is not None else None
            self.bridge.client.token = demo_token or setup.token
            self.bridge.client.pin = setup.pin
        self._refusal_shown = False
        self.screens = build_screens(self.ctx)
        self.window = MainWindow(self.screens)
        self.scanner.setParent(self.window)
        self.scanner.install(self.qapp)
        self.scanner.scanned.connect(lambda code, _symbology: self.window.current_screen().on_scan(code))
        self.hardware.usb_scanned.connect(lambda code, _symbology: self.window.current_screen().on_scan(code))
        self.hardware.start_hid()
        self.help = attach_help(self.window, setup.data_dir, self.diagnostics)
        self._add_enrollment_panel(setup, hub_url)
        self._wire()
        if self.bridge is not None:
            self.bridge.start()
        self._load_store_name()

    def screen(self, name: str) -> Screen:
        return self.window.screens[name]

    def diagnostics(self) -> Diagnostics:
        setup, till = self.setup, self.till
        return Diagnostics(
            APP_VERSION,
            setup.data_dir,
            setup.db_path,
            self.ctx.hub_url,
            setup.demo,
            till.device_id,
            till.store_id or "",
            setup.role,
            self.translations.lang,
        )

    def _add_enrollment_panel(self, setup: Setup, hub_url: str | None) -> None:
        """A manager's device (the demo's own is one) gets Settings, Enrol a device."""
        self.enrollment_panel: EnrollmentCodePanel | None = None
        if self.bridge is None or not hub_url or (setup.role != "office" and not setup.demo):
            return
        panel = EnrollmentCodePanel(
            self.tasks, hub_url, self.till.device_id, self.bridge.client.token, setup.pin, self.till.store_id
        )
        settings = self.screen("settings")
        assert isinstance(settings, SettingsScreen)
        settings.tabs.addTab(panel, "")
        panel.retranslate()
        self.enrollment_panel = panel

    def _on_refused(self, state: ConnectionState) -> None:
        """Refused for good (removed by a manager, unknown, another certificate): said plainly, once,
        and kept in the status bar, instead of retrying in silence."""
        if state.status != "refused":
            return
        message = error_text(state.error_code or "sync.auth_failed")
        self.window.sync_status.connection.setText("● " + message)
        self.window.sync_status.connection.setToolTip(message)
        if not self._refusal_shown:
            self._refusal_shown = True
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("App", "This device cannot sync"),
                message,
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            if not self.setup.demo:  # a manager's new code brings this computer back as a new device
                again = box.addButton(
                    QCoreApplication.translate("App", "Enrol this computer again…"),
                    QMessageBox.ButtonRole.ActionRole,
                )
                again.clicked.connect(self._enrol_again)
            box.open()

    def _enrol_again(self) -> None:
        if enrol_again(self.window, self.setup.data_dir, self.setup.hub_url or "", self.tasks):
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("App", "This device cannot sync"),
                QCoreApplication.translate(
                    "App",
                    "This computer is enrolled again. Store Manager closes now: start it again to sync.",
                ),
            )
            self.qapp.quit()

    def _wire(self) -> None:
        stock = self.screen("stock")
        counter = self.screen("counter")
        settings = self.screen("settings")
        assert isinstance(stock, StockScreen) and isinstance(counter, CounterScreen)
        assert isinstance(settings, SettingsScreen)
        counter.sale_recorded.connect(lambda changes: changes and stock.apply_changes(changes, remote=False))
        counter.sale_recorded.connect(lambda _c: self.refresh_outbox())
        counter.set_connection(False, *freshness_text(None)[::2])
        settings.language_chosen.connect(self.switch_language)
        counter.signed_in_changed.connect(settings.lock_rules)  # the store's rules are a manager's
        settings.staff.changed.connect(lambda _c: self.refresh_outbox())
        settings.rule_posted.connect(lambda _c: self.refresh_outbox())
        settings.staff.signed_in_changed_elsewhere.connect(self._signed_in_changed_elsewhere)
        self._wire_stocktake(stock)
        handover = self.screen("handover")
        handover.recorded.connect(self.refresh_outbox)  # type: ignore[attr-defined]
        self._wire_transfers(stock)
        self._wire_repairs(counter)
        self.window.sync_status.outbox.clicked.connect(self.show_sync_details)
        self.window.confirm_close = self.confirm_close
        stock.set_connection(None)
        if self.bridge is not None:
            counter.sale_recorded.connect(lambda _c: self.bridge.nudge())  # type: ignore[union-attr]
            settings.staff.changed.connect(lambda _c: self.bridge.nudge())  # type: ignore[union-attr]
            settings.rule_posted.connect(lambda _c: self.bridge.nudge())  # type: ignore[union-attr]
            self.bridge.changes_arrived.connect(settings.remote_changes)
            handover.recorded.connect(lambda: self.bridge.nudge())  # type: ignore[attr-defined,union-attr]
            self.bridge.changes_arrived.connect(handover.remote_changes)  # type: ignore[attr-defined]
            self.bridge.outbox_changed.connect(handover.outbox_moved)  # type: ignore[attr-defined]
            self.bridge.changes_arrived.connect(settings.staff.remote_changes)
            self.bridge.changes_arrived.connect(lambda changes: stock.apply_changes(changes, remote=True))
            self.bridge.changes_arrived.connect(lambda changes: changes.stores and self._load_store_name())
            self.bridge.state_changed.connect(self.window.sync_status.set_state)
            self.bridge.state_changed.connect(stock.set_connection)
            self.bridge.outbox_changed.connect(self.window.sync_status.set_outbox)
            self.bridge.rejected.connect(lambda _r: self.refresh_outbox())
            # The Counter: other stores' figures and freshness, this store's tasks, refused requests.
            self.bridge.state_changed.connect(
                lambda st: counter.set_connection(st.status == "online", *freshness_text(st)[::2])
            )
            self.bridge.changes_arrived.connect(counter.remote_changes)
            self.bridge.changes_arrived.connect(self.screen("shifts").apply_changes)  # type: ignore[attr-defined]
            self.bridge.rejected.connect(counter.refused)
            self.bridge.outbox_changed.connect(counter.outbox_moved)  # a hold granted: said at once
            self.bridge.state_changed.connect(self._on_refused)
        if self.setup.demo:  # the demo's till opens signed in as its cashier (PINs in the user guide)
            counter.demo_pin = DEMO_PINS["cashier"]
            counter.sign_in_with(counter.demo_pin, quiet=True)
        self.refresh_outbox()

    def _signed_in_changed_elsewhere(self, member: StaffMember | None) -> None:
        """A manager elsewhere changed whoever is signed in here: deactivated, they are signed out;
        otherwise their new role and limit apply from the next thing they do."""
        counter = self.screen("counter")
        assert isinstance(counter, CounterScreen)
        if member is not None:
            counter.staff = member
            return
        name = counter.staff.name if counter.staff is not None else ""
        counter.toggle_sign_in()  # signs out
        counter.say(
            QCoreApplication.translate("App", "%1 was deactivated by a manager and is signed out.").replace(
                "%1", name
            ),
            ok=False,
        )

    def _wire_stocktake(self, stock: StockScreen) -> None:
        """Stock opens the Stocktake screen; a count, an approval or an import moves the stock shown,
        fills the outbox and wakes the sync."""
        stocktake = self.screen("stocktake")
        assert isinstance(stocktake, StocktakeScreen)
        stock.stocktake_requested.connect(lambda: self.window.show_screen("stocktake"))
        stocktake.back_requested.connect(lambda: self.window.show_screen("stock"))
        for fact in (stocktake.stock_changed, stock.catalogue_imported):
            fact.connect(lambda changes: stock.apply_changes(changes, remote=False))
            fact.connect(lambda _c: self.refresh_outbox())
            if self.bridge is not None:
                fact.connect(lambda _c: self.bridge.nudge())  # type: ignore[union-attr]

    def _wire_transfers(self, stock: StockScreen) -> None:
        """A step taken on Transfers (or a request made on Stock) moves the stock shown and wakes the
        sync; other stores' steps and the hub's refusals reach the screen."""
        transfers = self.screen("transfers")
        assert isinstance(transfers, TransfersScreen)
        transfers.stock_changed.connect(lambda changes: stock.apply_changes(changes, remote=False))
        transfers.stock_changed.connect(lambda _c: self.refresh_outbox())
        stock.transfer_requested.connect(transfers.remote_changes)  # a request made on Stock is listed
        stock.transfer_requested.connect(lambda _c: self.refresh_outbox())
        if self.bridge is not None:
            transfers.stock_changed.connect(lambda _c: self.bridge.nudge())  # type: ignore[union-attr]
            stock.transfer_requested.connect(lambda _c: self.bridge.nudge())  # type: ignore[union-attr]
            self.bridge.changes_arrived.connect(transfers.remote_changes)
            self.bridge.rejected.connect(transfers.refused)

    def _wire_repairs(self, counter: CounterScreen) -> None:
        """Repairs: an engineer signing in sees it first; a failing printer or scanner proposes a
        ticket there (and says so on the Counter); tickets fill the outbox and wake the sync."""
        repairs = self.screen("repairs")
        assert isinstance(repairs, RepairsScreen)
        self.trouble = DeviceTroubleWatch(APP_VERSION, parent=self.window)
        self.hardware.device_error.connect(self.trouble.record)
        self.trouble.proposed.connect(repairs.propose)
        self.trouble.proposed.connect(lambda p: counter.say(proposal_text(p), ok=False))
        counter.signed_in_changed.connect(repairs.signed_in_changed)
        counter.signed_in_changed.connect(self._engineer_to_repairs)
        repairs.changed.connect(lambda _c: self.refresh_outbox())
        if self.bridge is not None:
            repairs.changed.connect(lambda _c: self.bridge.nudge())  # type: ignore[union-attr]
            self.bridge.changes_arrived.connect(repairs.remote_changes)

    def _engineer_to_repairs(self) -> None:
        member = self.ctx.signed_in.member
        if member is not None and member.role is Role.ENGINEER:
            self.window.show_screen("repairs")

    def refresh_outbox(self) -> None:
        """Count what waits for the hub (a local sale, offline or not, shows up at once)."""
        self.ctx.usecases.read(outbox_status, then=self.window.sync_status.set_outbox)

    def show_sync_details(self) -> None:
        self.ctx.usecases.read(
            unsent_records,
            self.till.device_id,
            then=lambda records: SyncDetailsDialog(records, self.window).exec(),
        )

    def confirm_close(self) -> bool:
        """Quitting with records not yet in the hub is allowed (they are safe here) but never silent."""
        status = self.window.sync_status.status
        pending = status.pending if status is not None else 0
        return pending == 0 or self.ask_quit(pending)

    def ask_quit(self, pending: int) -> bool:
        text = QCoreApplication.translate(
            "App",
            "%n record(s) have not reached the hub yet. They are safe on this computer and will be sent "
            "the next time it is online. Quit anyway?",
            "",
            pending,
        )
        answer = QMessageBox.question(
            self.window, QCoreApplication.translate("App", "Records not yet sent"), text
        )
        return answer == QMessageBox.StandardButton.Yes

    def _load_store_name(self) -> None:
        store_id = self.till.store_id

        def done(store: StoreColumn | None) -> None:
            name = store_id or ""
            if store is not None:  # named in the language shown now, even if it changed meanwhile
                name = store.name(self.translations.lang)
            self.window.set_store_label(name)
            settings = self.screen("settings")
            assert isinstance(settings, SettingsScreen)
            settings.set_store_name(name)
            if self.enrollment_panel is not None:
                self.enrollment_panel.set_store_name(name)

        self.ctx.usecases.read(store_column, store_id, then=done)

    def switch_language(self, lang: str) -> None:
        self.translations.switch(lang)
        save_language(lang)
        self._load_store_name()

    def show(self, screen: str | None) -> None:
        if screen in ("devices", "staff"):
            settings = self.window.show_screen("settings")
            assert isinstance(settings, SettingsScreen)
            if screen == "devices":
                settings.show_devices()
            else:
                settings.show_staff()
        elif screen == "engineer":
            repairs = self.window.show_screen("repairs")
            assert isinstance(repairs, RepairsScreen)
            repairs.tabs.setCurrentIndex(1)
        elif screen:
            self.window.show_screen(screen)
        self.window.show()
        close_splash()
        if (elapsed := since_start()) is not None:
            log.info("start-up: main window shown %.2f s after start", elapsed)

    def close(self) -> None:
        self.qapp.removeEventFilter(self.scanner)
        self.hardware.shutdown()
        if self.bridge is not None:
            self.bridge.stop()
        if self.demo is not None:
            self.demo.stop()
        self.tasks.shutdown()
        self.db.dispose()


def stage_staff_page(app: App) -> None:
    """A picture of Settings → Staff: the demo's till signs in its store manager instead of the cashier."""
    counter = app.screen("counter")
    assert isinstance(counter, CounterScreen)
    counter.demo_pin = DEMO_PINS["store_manager"]

    def manager_please() -> None:
        if counter.staff is not None and not counter.staff.can(Permission.MANAGE_STAFF):
            counter.sign_in_with(DEMO_PINS["store_manager"], quiet=True)

    counter.signed_in_changed.connect(manager_please)
    manager_please()


def take_screenshot_when_ready(app: App, path: Path, timeout: float) -> None:
    """Poll until the shown screen has data and sync has caught up, then save the window and quit."""
    waited = {"ms": 0}
    settle = {"left": 8}  # ~0.8 s more once ready, so a live flash or two shows

    def tick() -> None:
        waited["ms"] += 100
        screen = app.window.current_screen()
        state = app.bridge.state if app.bridge is not None else None
        synced = state is None or state.caught_up or state.status == "offline"
        ready = screen.is_ready() and synced and app.tasks.pending == 0
        if ready:
            settle["left"] -= 1
        if (ready and settle["left"] <= 0) or waited["ms"] >= timeout * 1000:
            if not ready:
                log.warning("screenshot taken before data finished loading")
            try:  # the format follows the suffix (checked in argument_problem)
                path.parent.mkdir(parents=True, exist_ok=True)
                ok = app.window.grab().save(str(path))
            except OSError:
                ok = False
            if not ok:
                print(error_text("app.screenshot_unwritable", {"path": path}), file=sys.stderr)
            app.qapp.exit(0 if ok else 1)
            return
        QTimer.singleShot(100, tick)

    QTimer.singleShot(100, tick)


def offer_demo_afresh(message: str) -> bool:
    """A damaged demo: ask whether to start it afresh (only the demo's own files are deleted)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("App", "Store Manager cannot start"),
        message,
        QMessageBox.StandardButton.Close,
    )
    afresh = box.addButton(
        QCoreApplication.translate("App", "Start the demo afresh"), QMessageBox.ButtonRole.AcceptRole
    )
    box.exec()
    return box.clickedButton() is afresh


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.self_test:  # before any window, settings or data of the user's (desktop/selftest.py)
        from desktop.selftest import run_self_test

        return run_self_test()
    favour_latency()  # the sync thread's work reaches its loop and the screen sooner (core/aio.py)
    level = args.log_level.upper()
    logging.basicConfig(
        level=level if level in LOG_LEVELS else "WARNING",
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    qapp = make_qapp(sys.argv[:1])
    crashes = CrashReporter(qapp)  # an unhandled exception: to the log, a message, and carry on
    crashes.install()
    translations = Translations(qapp)
    translations.switch(args.lang or saved_language() or system_language())
    problem = argument_problem(args)
    if problem is not None:
        print(problem, file=sys.stderr)
        return 2
    from desktop.first_run import run_first_run, start_hosted_hub, wants_first_run

    hosted = None  # the chain's hub, on a PC that hosts it (desktop/first_run.py)
    if wants_first_run(args):
        first = run_first_run(args, translations)
        if first is None:
            return 0  # cancelled: nothing written
        args.demo, hosted = first.mode == "demo", first.hub
    try:
        setup = resolve_setup(args)
        hosted = hosted or (None if setup.demo else start_hosted_hub(setup.data_dir))
    except DomainError as exc:  # config.json damaged: nothing else has started yet
        close_splash()  # the message must not hide behind the start-up window
        message = error_text(exc.code, exc.params)
        print(message, file=sys.stderr)
        if not args.screenshot and qapp.platformName() != "offscreen":
            QMessageBox.critical(
                None, QCoreApplication.translate("App", "Store Manager cannot start"), message
            )
        return 2
    if setup.demo:
        from desktop.demo import DemoChain, DemoFiles

        if args.reset_demo or DemoFiles(setup.db_path.parent).predates_code():
            DemoChain(setup.db_path.parent, own_db=setup.db_path).start_afresh()
    try:
        if not setup.demo:  # a real counter: its key from the keyring, or the first-run enrollment
            with splash_hidden():
                enrolled = ensure_enrolled(setup)
            if enrolled is None:
                return 0
            setup = enrolled
        app = App(qapp, setup, translations)
    except DomainError as exc:
        code = exc.code
        if setup.demo and code in ("db.corrupt", "db.newer_schema"):  # the demo's own till file
            code = "demo.damaged"
        message = error_text(code, exc.params)
        print(message, file=sys.stderr)
        if not args.screenshot and qapp.platformName() != "offscreen":
            if code == "demo.damaged" and offer_demo_afresh(message):
                from desktop.demo import DemoChain

                DemoChain(setup.db_path.parent, own_db=setup.db_path).start_afresh()
                return main([*(sys.argv[1:] if argv is None else argv)])
            QMessageBox.critical(
                None, QCoreApplication.translate("App", "Store Manager cannot start"), message
            )
        return 2
    except TimeoutError:
        print("demo hub did not start", file=sys.stderr)
        return 2
    except Exception as exc:  # never a traceback in front of a cashier: a message, and the details in the log
        log.exception("start-up failed")
        message = error_text("app.unexpected", {"detail": type(exc).__name__})
        print(message, file=sys.stderr)
        if not args.screenshot and qapp.platformName() != "offscreen":
            QMessageBox.critical(
                None, QCoreApplication.translate("App", "Store Manager cannot start"), message
            )
        return 2
    app.show(args.screen)
    settled()  # start-up is over: its objects stay out of the garbage collector's way (core/aio.py)
    if args.screenshot:
        if setup.demo and args.screen == "counter":
            # A picture of the Counter mid-sale: two items in the basket, part paid by card.
            counter = app.screen("counter")
            assert isinstance(counter, CounterScreen)
            stage_demo_sale(counter)
        if setup.demo and args.screen == "staff":
            stage_staff_page(app)
        take_screenshot_when_ready(app, args.screenshot, args.screenshot_timeout)
    try:
        return qapp.exec()
    finally:
        app.close()
        if hosted is not None:
            hosted.stop()
