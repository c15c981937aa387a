"""The first-run wizard, walked as a new user would: joining a real hub on 127.0.0.1 (over TLS, with its
certificate pinned), hosting a new chain on this PC, and trying the demo; a wrong code, an unreachable
hub and a wrong certificate said in the user's language; Cancel leaves nothing behind."""

from __future__ import annotations

import asyncio
import socket
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWizard
from websockets.asyncio.client import connect

import desktop.app
from core.db import open_sqlite
from core.models import Store
from core.protocol import Hello, Welcome, encode, format_code, hub_decoder, new_code_secret
from desktop.config import config_path, read_config
from desktop.devices.fake_usb import FakeHidScanner, FakePrinter, FakeUsbBackend
from desktop.devices.hardware import KEY_HID, KEY_PAPER, KEY_PRINTER
from desktop.first_run import start_hosted_hub, wants_first_run
from desktop.i18n import Translations, error_text
from desktop.local_hub import HUB_FILE, LocalHub, create_chain
from desktop.wizard import FirstRunWizard
from desktop.wizard_pages import HOST, JOIN, LANGUAGE, PRINTER_PAGE, SCANNER_PAGE, STORE, WELCOME
from hub.auth import list_devices, load_tls
from hub.enrollment import issue_code
from hub.store import HubStore
from sync_client.credentials import MemoryStore
from tests.sync_client.certs import make_certificate

PRINTER_IDS = "0416:5011"


@pytest.fixture
def tls_hub(tmp_path: Path) -> Iterator[tuple[str, Path, str]]:
    """A real hub serving wss:// on 127.0.0.1 with one store: (url, its folder, certificate SHA-256)."""
    folder = tmp_path / "chain-hub"
    store_id = create_chain(folder, "Lam Family Stores", "Red Market")
    assert store_id == "STORE-1"
    cert, key, sha = make_certificate(tmp_path / "certs")
    hub = LocalHub(folder / HUB_FILE, 0, tls=load_tls(cert, key))
    url = hub.start()
    assert url.startswith("wss://")
    yield url, folder, sha
    hub.stop()


def new_code(folder: Path, sha: str | None) -> str:
    store = HubStore.open(folder / HUB_FILE)
    try:
        return issue_code(store.db, "STORE-1", "till", cert_sha256=sha).code
    finally:
        store.close()


@pytest.fixture(autouse=True)
def settings_put_back() -> Iterator[None]:
    """Finish saves the language and the devices in the (test) settings: the next test starts without."""
    yield
    settings = QSettings()
    for key in (KEY_PRINTER, KEY_PAPER, KEY_HID, "ui/language"):
        settings.remove(key)


@pytest.fixture
def wizard(
    qtbot, qapp, tmp_path: Path
) -> Iterator[tuple[FirstRunWizard, MemoryStore, FakePrinter, FakeHidScanner]]:
    """The wizard over a test keyring and the fake USB printer and scanner the other tests use."""
    translations = Translations(qapp)
    translations.switch("en")
    keyring = MemoryStore()
    printer, scanner = FakePrinter(kernel_driver=True), FakeHidScanner()
    backend = FakeUsbBackend([printer, scanner])
    w = FirstRunWizard(tmp_path / "data", translations, lambda: keyring, backend_factory=lambda: backend)
    w.show()
    yield w, keyring, printer, scanner
    if w.result() == 0 and w.isVisible():
        w.reject()  # stops anything it started
    if w.result_ is not None and w.result_.hub is not None:
        w.result_.hub.stop()
    shiboken6.delete(w)  # as run_first_run does (desktop/first_run.py)


def next_page(qtbot, w: FirstRunWizard, expected: int) -> None:
    w.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: w.currentId() == expected, timeout=2000)


def through_devices(qtbot, w: FirstRunWizard, printer: FakePrinter, scanner: FakeHidScanner) -> None:
    """Language (Português, live), Store, Printer (a test print), Scanner (a scan read), Finish."""
    page = w.language_page
    page.buttons["pt"].click()
    qtbot.waitUntil(lambda: page.title() == "Idioma", timeout=2000)  # applied at once
    assert w.welcome.join.text() == "Juntar-me ao hub da minha cadeia"  # every page, not just this one
    page.buttons["en"].click()
    qtbot.waitUntil(lambda: page.title() == "Language", timeout=2000)
    next_page(qtbot, w, STORE)
    next_page(qtbot, w, PRINTER_PAGE)
    qtbot.waitUntil(lambda: w.printer.listed, timeout=5000)
    assert w.printer.printer.currentData() == PRINTER_IDS  # the printer found is offered first
    with qtbot.waitSignal(w.hardware.printer.done, timeout=10_000):
        w.printer.test.click()
    assert printer.writes and printer.writes[0].startswith(b"\x1b@")  # the test page reached it
    assert w.printer.result.text() == "Printed. Did a test page come out?"
    next_page(qtbot, w, SCANNER_PAGE)
    assert w.button(QWizard.WizardButton.FinishButton).isVisible()  # the last page: Finish, no Next
    assert not w.button(QWizard.WizardButton.NextButton).isVisible()
    qtbot.waitUntil(lambda: w.scanner.hid.count() == 2, timeout=5000)
    w.scanner.hid.setCurrentIndex(1)
    w.scanner.hid.activated.emit(1)  # read the USB scanner directly
    scanner.type_code("9587101000012")
    qtbot.waitUntil(lambda: w.scanner.scans.count() == 1, timeout=5000)
    assert w.scanner.scans.item(0).text().startswith("9587101000012")
    w.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=2000)


def test_joining_a_real_hub_pins_its_certificate_and_saves_the_store(
    qtbot, wizard, tls_hub, tmp_path
) -> None:
    w, keyring, printer, scanner = wizard
    url, folder, sha = tls_hub
    assert w.currentId() == WELCOME
    w.welcome.join.click()
    assert w.currentId() == JOIN and w.button(QWizard.WizardButton.NextButton).isVisible()
    assert not w.button(QWizard.WizardButton.NextButton).isEnabled()  # not before the hub said yes
    w.join.hub.setText(url)
    w.join.code.setText(new_code(folder, sha))
    w.join.test.click()
    qtbot.waitUntil(lambda: w.join.enrollment is not None, timeout=10_000)
    assert "counter PC of store STORE-1" in w.join.status.text()
    shown_pin = w.join.pin.text().replace("\n", "").replace(":", "").lower()
    assert sha in shown_pin  # the fingerprint it pinned, for the manager to compare
    next_page(qtbot, w, LANGUAGE)
    next_page(qtbot, w, STORE)
    assert w.store.store.text() == "STORE-1"
    w.back()
    assert w.currentId() == LANGUAGE
    through_devices(qtbot, w, printer, scanner)

    assert w.result_ is not None and w.result_.mode == "join" and w.result_.hub is None
    config = read_config(tmp_path / "data")
    assert (config.hub_url, config.store_id, config.role, config.pin) == (url, "STORE-1", "till", sha)
    assert keyring.get(config.device_id)  # the token is in the keyring, and nowhere in the file
    assert keyring.get(config.device_id) not in config_path(tmp_path / "data").read_text()
    assert QSettings().value(KEY_PRINTER) == PRINTER_IDS  # the app prints where the test page did
    hub = HubStore.open(folder / HUB_FILE)
    try:
        assert config.device_id in {d.device_id for d in list_devices(hub.db)}
    finally:
        hub.close()


@pytest.mark.parametrize("problem", ["wrong code", "wrong certificate", "unreachable"])
def test_a_failed_join_is_said_in_the_user_s_language_and_stays_on_the_page(
    qtbot, wizard, tls_hub, problem
) -> None:
    w, keyring, _printer, _scanner = wizard
    url, folder, sha = tls_hub
    w.translations.switch("zh_Hant")
    w.welcome.join.click()
    if problem == "wrong code":
        code, expected = format_code(new_code_secret(), sha), error_text("enroll.code_invalid")
    elif problem == "wrong certificate":
        code = format_code(new_code_secret(), "ab" * 32)  # names another hub's certificate
        expected = error_text("sync.certificate_mismatch", {"seen": sha})
    else:
        with socket.socket() as s:  # a port nothing listens on
            s.bind(("127.0.0.1", 0))
            url = f"wss://127.0.0.1:{s.getsockname()[1]}"
        code, expected = new_code(folder, sha), ""
    w.join.hub.setText(url)
    w.join.code.setText(code)
    w.join.test.click()
    qtbot.waitUntil(lambda: w.join.test.isEnabled() and w.join.status.text() != "", timeout=10_000)
    if expected:
        assert w.join.status.text() == expected
    else:
        assert url in w.join.status.text()  # says which address did not answer
    assert any("\u4e00" <= ch <= "\u9fff" for ch in w.join.status.text())  # 中文, not the English source
    assert not w.button(QWizard.WizardButton.NextButton).isEnabled()
    w.next()
    assert w.currentId() == JOIN and w.join.enrollment is None and keyring._tokens == {}


def test_hosting_the_chain_starts_a_hub_on_the_chosen_port_and_enrols_this_pc_as_its_till(
    qtbot, wizard, tmp_path
) -> None:
    w, keyring, printer, scanner = wizard
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    w.welcome.host.click()
    assert w.currentId() == HOST
    w.host.folder.setText(str(tmp_path / "our-hub"))
    w.host.start.click()
    assert "chain's name" in w.host.status.text()  # the names are needed first
    w.host.chain.setText("Lam Family Stores")
    w.host.store.setText("Red Market")
    w.host.port.setValue(port)
    w.host.start.click()
    qtbot.waitUntil(lambda: w.hosted is not None, timeout=15_000)
    assert f"ws://127.0.0.1:{port}" in w.host.status.text()
    next_page(qtbot, w, LANGUAGE)
    next_page(qtbot, w, STORE)
    assert w.store.store.text() == "Red Market"
    w.back()
    through_devices(qtbot, w, printer, scanner)

    assert w.result_ is not None and w.result_.mode == "host" and w.result_.hub is not None
    config = read_config(tmp_path / "data")
    assert config.hub_url == f"ws://127.0.0.1:{port}" and config.store_id == "STORE-1"
    assert Path(config.hub_db) == (tmp_path / "our-hub" / HUB_FILE).resolve()  # started again next time
    token = keyring.get(config.device_id)
    assert token

    async def hello() -> object:  # this PC, as the hub's enrolled till, is welcomed on the chosen port
        async with connect(config.hub_url) as ws:
            await ws.send(encode(Hello(id=1, device_id=config.device_id, store_id="STORE-1", token=token)))
            return hub_decoder.decode(await asyncio.wait_for(ws.recv(), 5))

    assert isinstance(asyncio.run(hello()), Welcome)

    w.result_.hub.stop()  # the app closes; at its next start the hub starts again, on the same port
    again = start_hosted_hub(tmp_path / "data")
    assert again is not None
    try:
        assert isinstance(asyncio.run(hello()), Welcome)
    finally:
        again.stop()


def test_hosting_on_a_port_in_use_says_so_and_leaves_nothing_behind(qtbot, wizard, tmp_path) -> None:
    w, keyring, _printer, _scanner = wizard
    w.translations.switch("pt")
    w.welcome.host.click()
    folder = tmp_path / "our-hub"
    w.host.folder.setText(str(folder))
    w.host.chain.setText("Lam")
    w.host.store.setText("Red Market")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        w.host.port.setValue(port)
        w.host.start.click()
        qtbot.waitUntil(lambda: w.host.start.isEnabled(), timeout=15_000)
    assert w.host.status.text() == f"A porta {port} está a ser usada por outro programa: escolha outra porta."
    assert w.hosted is None and not w.button(QWizard.WizardButton.NextButton).isEnabled()
    assert not (folder / HUB_FILE).exists() and keyring._tokens == {}  # a second try starts clean


def test_trying_the_demo_finishes_at_once_and_writes_nothing(qtbot, wizard, tmp_path) -> None:
    w, keyring, _printer, _scanner = wizard
    assert not w.button(QWizard.WizardButton.NextButton).isVisible()  # one of the three, clicked
    w.welcome.demo.click()  # nothing to set up: straight into the demo
    assert not w.isVisible() and w.result() == QWizard.DialogCode.Accepted
    assert w.result_ is not None and w.result_.mode == "demo"
    assert not config_path(tmp_path / "data").exists() and keyring._tokens == {}


def drive_wizard(action: str) -> None:
    """From inside the app's own start: find the wizard once it shows and choose for the user."""

    def tick() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunWizard) and w.isVisible()]
        if not shown:
            QTimer.singleShot(20, tick)
            return
        if action == "cancel":
            shown[0].reject()
        else:
            shown[0].welcome.demo.click()

    QTimer.singleShot(0, tick)


@pytest.fixture
def in_process_start(monkeypatch) -> None:
    """``desktop.app.main`` in this process: its crash hooks are put back afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)


def test_the_app_s_first_run_into_the_demo(qapp, tmp_path, in_process_start) -> None:
    data, shot = tmp_path / "data", tmp_path / "shot.png"
    drive_wizard("demo")
    argv = ["--first-run", "--data-dir", str(data), "--screen", "stock", "--screenshot", str(shot)]
    assert desktop.app.main(argv) == 0
    assert shot.stat().st_size > 0  # the main window came up, with the demo chain's stock
    assert (data / "demo" / "hub.sqlite3").exists() and not config_path(data).exists()


def test_cancelling_the_first_run_exits_cleanly_and_writes_nothing(qapp, tmp_path, in_process_start) -> None:
    data = tmp_path / "data"
    drive_wizard("cancel")
    assert desktop.app.main(["--first-run", "--data-dir", str(data)]) == 0
    assert not config_path(data).exists() and not (data / "demo").exists()


def test_from_source_without_first_run_the_app_starts_the_demo_as_before(tmp_path) -> None:
    args = desktop.app.parse_args(["--data-dir", str(tmp_path)])
    assert not wants_first_run(args)
    assert wants_first_run(desktop.app.parse_args(["--data-dir", str(tmp_path), "--first-run"]))
    assert not wants_first_run(desktop.app.parse_args(["--data-dir", str(tmp_path), "--first-run", "--demo"]))


class SharedKeyring(MemoryStore):
    """The test's keyring for the app's own start: one store for the wizard and the app after it."""

    tokens: dict[str, str] = {}

    def __init__(self) -> None:
        super().__init__()
        self._tokens = SharedKeyring.tokens

    def probe(self) -> None:
        pass


def test_the_app_s_first_run_hosting_the_chain_goes_on_into_the_main_window(
    qapp, tmp_path, in_process_start, monkeypatch
) -> None:
    import desktop.views.enrollment
    import sync_client.credentials

    SharedKeyring.tokens = {}
    monkeypatch.setattr(sync_client.credentials, "KeyringStore", SharedKeyring)
    monkeypatch.setattr(desktop.views.enrollment, "KeyringStore", SharedKeyring)
    data, shot = tmp_path / "data", tmp_path / "shot.png"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]

    def tick() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunWizard) and w.isVisible()]
        if not shown:
            QTimer.singleShot(20, tick)
            return
        w = shown[0]
        if w.currentId() == WELCOME:
            w.welcome.host.click()
            w.host.folder.setText(str(tmp_path / "our-hub"))
            w.host.chain.setText("Lam Family Stores")
            w.host.store.setText("Red Market")
            w.host.port.setValue(port)
            w.host.start.click()
        if w.hosted is None:
            QTimer.singleShot(20, tick)
            return
        w.accept()  # Finish, the device pages skipped

    QTimer.singleShot(0, tick)
    argv = ["--first-run", "--data-dir", str(data), "--screen", "counter", "--screenshot", str(shot)]
    assert desktop.app.main([*argv, "--screenshot-timeout", "20"]) == 0
    assert shot.stat().st_size > 0  # the main window came up as the hosted chain's till
    replica = open_sqlite(data / "replica.sqlite3")
    try:  # and synced with the hub it hosts: the chain's first store came from there
        with replica.read() as s:
            assert s.get(Store, "STORE-1").name_en == "Red Market"
    finally:
        replica.dispose()
    config = read_config(data)
    assert config.hub_url == f"ws://127.0.0.1:{port}" and config.hub_db and config.store_id == "STORE-1"
    assert SharedKeyring.tokens.get(config.device_id)
    with socket.socket() as s:  # the app closed, and the hub it started with it
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as a server binds: past TIME_WAIT
        s.bind(("127.0.0.1", port))
        s.listen()
