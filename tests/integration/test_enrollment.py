"""Enrolled devices and a locked-down hub, through the real hub and real clients over real sockets on
127.0.0.1: codes traded once, expiry, revocation, per-store authorisation, pinned certificates, and
tokens that never reach the disk outside the keyring."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from websockets.asyncio.client import connect

from core.catalogue import ProductUpserted
from core.db import Database, open_sqlite
from core.errors import DomainError
from core.models import Event, Product, StockBalance
from core.protocol import Error, Hello, encode, hub_decoder, parse_code, secret_hash
from core.replica import Till, emit, init_replica, outbox_status
from core.stock import BasketLine, record_sale
from desktop.demo import seed_hub
from hub.__main__ import main as hub_main
from hub.auth import list_devices, load_tls
from hub.enrollment import issue_code
from hub.server import HubServer
from hub.store import HubStore
from sync_client.client import Backoff, SyncClient
from sync_client.enrollment import enroll
from tests.integration import harness
from tests.integration.harness import running_chain, wait_for
from tests.sync_client.certs import make_certificate

SKU = "PF-0001"


@asynccontextmanager
async def tls_hub(root: Path, cert_name: str = "hub", db: Path | None = None) -> AsyncIterator[HubServer]:
    """A hub serving wss:// on 127.0.0.1 with a fresh self-signed certificate."""
    cert, key, _ = make_certificate(root / "certs", cert_name)
    store = HubStore.open(db or root / "hub.sqlite3")
    server = HubServer(store, "127.0.0.1", 0, tls=load_tls(cert, key))
    await server.start()
    try:
        yield server
    finally:
        await server.stop()
        store.close()


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    status = hub_main(list(argv))
    return status, capsys.readouterr().out


def new_replica(root: Path, device_id: str, store_id: str | None) -> Database:
    db = open_sqlite(root / f"{device_id}.sqlite3")
    with db.write() as s:
        init_replica(s, device_id, store_id)
    return db


def hub_event_ids(store: HubStore, device_id: str) -> set[str]:
    with store.db.read() as s:
        return set(s.scalars(select(Event.event_id).where(Event.device_id == device_id)))


def device_events(db: Database) -> dict[str, str]:
    """event id -> status of this device's own events."""
    with db.read() as s:
        return {e.event_id: e.status for e in s.scalars(select(Event).where(Event.status != "remote"))}


async def stop_task(task: asyncio.Task[None]) -> None:
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


def test_a_new_counter_enrols_once_with_a_code_and_syncs_over_pinned_tls(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    async def scenario() -> None:
        async with tls_hub(tmp_path) as server:
            seed_hub(server.store, tmp_path)
            assert server.url.startswith("wss://")
            status, out = cli(capsys, "--db", str(tmp_path / "hub.sqlite3"), "enroll", "--store", "MO-SEN")
            assert status == 0, out
            code = out.splitlines()[0]
            assert len(code.replace("-", "")) == 24  # the secret and the certificate's tag
            assert server.tls is not None and server.tls.sha256 in out

            enrolled = await enroll(server.url, code, label="counter 2")
            assert (enrolled.store_id, enrolled.role) == ("MO-SEN", "till")
            assert enrolled.cert_sha256 == server.tls.sha256  # pinned at enrollment

            with pytest.raises(DomainError) as again:
                await enroll(server.url, code)
            assert again.value.code == "enroll.code_used"

            db = new_replica(tmp_path, enrolled.device_id, enrolled.store_id)
            client = SyncClient(
                db, server.url, token=enrolled.token, pin=enrolled.cert_sha256, backoff=Backoff(0.05, 0.5)
            )
            task = asyncio.create_task(client.run())
            try:
                await wait_for(lambda: client.state.caught_up, 15, "the new counter to catch up")
                with db.write() as s:
                    record_sale(s, Till(enrolled.device_id, "MO-SEN"), [BasketLine(SKU, 1)])
                client.nudge()
                await wait_for(lambda: len(hub_event_ids(server.store, enrolled.device_id)) == 1, 5, "sale")
            finally:
                await stop_task(task)
                db.dispose()
            status, out = cli(capsys, "--db", str(tmp_path / "hub.sqlite3"), "devices")
            assert status == 0 and enrolled.device_id in out and "active" in out

    asyncio.run(scenario())


def test_an_expired_or_unknown_code_is_refused_and_enrols_nothing(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            seed_hub(chain.server.store, tmp_path)
            db = chain.server.store.db
            old = issue_code(db, "MO-SEN", now=datetime.now(UTC) - timedelta(days=2), ttl=timedelta(hours=24))
            with pytest.raises(DomainError) as expired:
                await enroll(chain.server.url, old.code)
            assert expired.value.code == "enroll.code_expired"
            with pytest.raises(DomainError) as unknown:
                await enroll(chain.server.url, "ABCD-EFGH-JKLM")
            assert unknown.value.code == "enroll.code_invalid"
            with pytest.raises(DomainError) as typo:
                await enroll(chain.server.url, "ABCD-EFGH-JK")
            assert typo.value.code == "enroll.code_format"
            assert [d.device_id for d in list_devices(db)] == []  # nobody got in

    asyncio.run(scenario())


def test_a_revoked_device_is_refused_and_its_queued_sales_were_acked_or_never_arrived(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            seed_hub(chain.server.store, tmp_path)
            a, till = chain.replica("till-a", "MO-SEN")
            ca = chain.connect("a", a)
            await wait_for(lambda: ca.state.caught_up, 15, "caught up")
            for _ in range(3):
                with a.write() as s:
                    record_sale(s, till, [BasketLine(SKU, 1)])
            ca.nudge()
            await wait_for(lambda: outbox_status_of(a).pending == 0, 5, "the first sales acked")

            status, out = cli(
                capsys, "--db", harness.HUB_DB or str(tmp_path / "hub.sqlite3"), "revoke", "till-a"
            )
            assert status == 0, out
            for _ in range(2):  # sold after the revocation, still connected
                with a.write() as s:
                    record_sale(s, till, [BasketLine(SKU, 1)])
            ca.nudge()
            await wait_for(lambda: ca.state.status == "refused", 5, "the till to hear it was removed")
            assert ca.state.error_code == "sync.device_revoked"
            await wait_for(lambda: chain.tasks[0].done(), 5, "the client to stop retrying")

            mine = device_events(a)
            at_hub = hub_event_ids(chain.server.store, "till-a")
            # From the hub's view nothing is lost: every event is in the hub and acked, or not there at all.
            assert at_hub == {e for e, st in mine.items() if st != "pending"}
            assert sum(st == "pending" for st in mine.values()) == 2

            async with connect(chain.server.url) as ws:  # its next connection is refused
                await ws.send(encode(Hello(device_id="till-a", token=chain.tokens["till-a"])))
                reply = hub_decoder.decode(await ws.recv())
            assert isinstance(reply, Error) and reply.code == "sync.device_revoked"

    asyncio.run(scenario())


def test_a_device_without_a_valid_token_is_refused_and_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="hub.server")

    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            seed_hub(chain.server.store, tmp_path)
            chain.replica("till-a", "MO-SEN")
            for device, token in [("stranger", ""), ("till-a", "not-its-token"), ("till-a", "")]:
                async with connect(chain.server.url) as ws:
                    await ws.send(encode(Hello(device_id=device, token=token)))
                    reply = hub_decoder.decode(await ws.recv())
                    assert isinstance(reply, Error) and reply.code == "sync.auth_failed"
                    await ws.wait_closed()
            # And the real client with a wrong token stops and says so instead of retrying forever.
            db = new_replica(tmp_path, "till-b", "MO-SEN")
            client = SyncClient(db, chain.server.url, token="guess", backoff=Backoff(0.05, 0.5))
            task = asyncio.create_task(client.run())
            try:
                await wait_for(task.done, 5, "the client to give up")
                assert (client.state.status, client.state.error_code) == ("refused", "sync.auth_failed")
            finally:
                await stop_task(task)
                db.dispose()

    asyncio.run(scenario())
    refused = [
        r.getMessage() for r in caplog.records if r.name == "hub.server" and "refused" in r.getMessage()
    ]
    assert len(refused) == 4 and all("sync.auth_failed" in m for m in refused)


def outbox_status_of(db: Database):  # type: ignore[no-untyped-def]
    with db.read() as s:
        return outbox_status(s)


def test_a_till_posting_for_another_store_gets_a_code_and_nothing_is_written(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            seed_hub(chain.server.store, tmp_path)
            a, _ = chain.replica("till-a", "MO-SEN")
            ca = chain.connect("a", a)
            await wait_for(lambda: ca.state.caught_up, 15, "caught up")
            with chain.server.store.db.read() as s:
                before = s.get(StockBalance, ("MO-TAI", SKU)).on_hand
                head = chain.server.store._head(s)
            with a.write() as s:  # a sale for Taipa rung up on a Senado till
                wrong = record_sale(s, Till("till-a", "MO-TAI"), [BasketLine(SKU, 1)])
                # and a catalogue change, which only a manager's device may post
                emit(s, "product.upserted", ProductUpserted(SKU, "改", "Changed", "Mudado", 1, [], "x"))
            ca.nudge()
            await wait_for(lambda: outbox_status_of(a).rejected == 2, 5, "both refused")
            with a.read() as s:
                reasons = sorted(e.reason for e in s.scalars(select(Event).where(Event.status == "rejected")))
            assert reasons == ["event.not_allowed", "event.wrong_store"]
            with chain.server.store.db.read() as s:
                assert s.get(StockBalance, ("MO-TAI", SKU)).on_hand == before
                assert s.get(Product, SKU).name_en != "Changed"
                assert chain.server.store._head(s) == head  # nothing logged
            assert hub_event_ids(chain.server.store, "till-a") == set()
            assert wrong is not None
            assert ca.state.status == "online"  # refused facts never stop the till

    asyncio.run(scenario())


def test_a_hub_with_another_certificate_gets_neither_the_code_nor_the_token(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="hub.server")

    async def scenario() -> None:
        async with (
            tls_hub(tmp_path / "real", "real") as real,
            tls_hub(tmp_path / "impostor", "impostor") as impostor,
        ):
            seed_hub(real.store, tmp_path / "real")
            code = issue_code(real.store.db, "MO-SEN", cert_sha256=real.tls.sha256).code  # type: ignore[union-attr]
            with pytest.raises(DomainError) as wrong:
                await enroll(impostor.url, code)
            assert wrong.value.code == "sync.certificate_mismatch"
            enrolled = await enroll(real.url, code)  # never sent to the impostor, so still unused

            db = new_replica(tmp_path, enrolled.device_id, "MO-SEN")
            client = SyncClient(
                db, impostor.url, token=enrolled.token, pin=enrolled.cert_sha256, backoff=Backoff(0.05, 0.5)
            )
            task = asyncio.create_task(client.run())
            try:
                await wait_for(lambda: client.state.status == "refused", 5, "the client to refuse the hub")
                assert client.state.error_code == "sync.certificate_mismatch"
                await wait_for(task.done, 5, "no retrying against a wrong certificate")
            finally:
                await stop_task(task)
                db.dispose()

    asyncio.run(scenario())
    refused = [
        r.getMessage() for r in caplog.records if r.name == "hub.server" and "refused" in r.getMessage()
    ]
    assert refused == []  # the impostor never saw a code or a hello to refuse


class HubThread:
    """A TLS hub on its own thread and loop, so a Qt test can wait on the GUI thread meanwhile."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.server: HubServer | None = None
        self._ready = threading.Event()
        self._stop: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread = threading.Thread(target=lambda: asyncio.run(self._main()), daemon=True)

    async def _main(self) -> None:
        self._loop, self._stop = asyncio.get_running_loop(), asyncio.Event()
        async with tls_hub(self.root) as server:
            seed_hub(server.store, self.root)
            self.server = server
            self._ready.set()
            await self._stop.wait()

    def __enter__(self) -> HubServer:
        self._thread.start()
        assert self._ready.wait(30), "hub did not start"
        assert self.server is not None
        return self.server

    def __exit__(self, *exc: object) -> None:
        assert self._loop is not None and self._stop is not None
        self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)


def test_the_first_run_dialog_enrols_and_tokens_never_reach_the_disk(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.tasks import TaskRunner
    from desktop.views.enrollment import EnrollmentDialog
    from sync_client.credentials import KeyringStore
    from tests.sync_client.test_credentials import DictKeyring

    data_dir = tmp_path / "data"
    keyring = KeyringStore(DictKeyring())
    with HubThread(tmp_path / "hub") as server:
        code = issue_code(server.store.db, "MO-SEN", cert_sha256=server.tls.sha256).code  # type: ignore[union-attr]
        tasks = TaskRunner()
        dialog = EnrollmentDialog(data_dir, "", keyring, tasks)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.hub.setText(server.url)
        dialog.code.setText("not a code")
        dialog.submit()
        assert "not an enrollment code" in dialog.status.text()  # told at once, nothing sent
        dialog.code.setText(code.lower())
        with qtbot.waitSignal(dialog.accepted, timeout=15_000):
            dialog.submit()
        enrolled = dialog.enrollment
        assert enrolled is not None and enrolled.store_id == "MO-SEN"
        token = keyring.get(enrolled.device_id)
        assert token == enrolled.token

        # The device syncs with what the dialog kept: the config and the keyring.
        config = json.loads((data_dir / "config.json").read_text(encoding="utf-8"))
        assert config["pin"] == server.tls.sha256 and config["device_id"] == enrolled.device_id  # type: ignore[union-attr]
        db = new_replica(data_dir, enrolled.device_id, config["store_id"])

        async def sync() -> None:
            client = SyncClient(db, config["hub_url"], token=token or "", pin=config["pin"])
            task = asyncio.create_task(client.run())
            try:
                await wait_for(lambda: client.state.caught_up, 20, "caught up")
                with db.write() as s:
                    record_sale(s, Till(enrolled.device_id, "MO-SEN"), [BasketLine(SKU, 1)])
                client.nudge()
                await wait_for(lambda: outbox_status_of(db).pending == 0, 5, "the sale acked")
            finally:
                await stop_task(task)

        asyncio.run(sync())
        db.dispose()
        tasks.shutdown()
    # Every file this left behind, the hub's included: the token is in none of them.
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "config.json" for p in files) and any(p.suffix == ".sqlite3" for p in files)
    assert all(token.encode() not in p.read_bytes() for p in files)
    assert any(secret_hash(token).encode() in p.read_bytes() for p in files)  # the hub's hash: the scan reads


def test_a_manager_device_gets_a_code_from_the_hub_and_a_till_does_not(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.tasks import TaskRunner
    from desktop.views.enrollment import EnrollmentCodePanel
    from hub.auth import enroll_device

    with HubThread(tmp_path) as server:
        sha = server.tls.sha256  # type: ignore[union-attr]
        manager = enroll_device(server.store.db, "office-sen", "MO-SEN", "office")
        till = enroll_device(server.store.db, "till-sen", "MO-SEN", "till")
        tasks = TaskRunner()
        panel = EnrollmentCodePanel(tasks, server.url, "office-sen", manager, sha, "MO-SEN")
        qtbot.addWidget(panel)
        panel.ask()
        qtbot.waitUntil(lambda: panel._issued is not None, timeout=15_000)
        code = panel.code.text()
        assert parse_code(code)[1] is not None  # names the certificate
        assert "MO-SEN" in panel.detail.text() and "once" in panel.detail.text()

        refused = EnrollmentCodePanel(tasks, server.url, "till-sen", till, sha, "MO-SEN")
        qtbot.addWidget(refused)
        refused.ask()
        qtbot.waitUntil(lambda: bool(refused.error.text()), timeout=15_000)
        assert refused.error.text().startswith("Only a manager's device")
        tasks.shutdown()


def test_the_app_of_a_removed_counter_says_so_and_offers_to_enrol_again(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QMessageBox
    from sqlalchemy import select as sql_select

    from desktop.app import App, Setup, make_qapp
    from desktop.i18n import Translations
    from hub.auth import enroll_device, revoke

    qapp = make_qapp([])
    translations = Translations(qapp)
    translations.switch("en")
    with HubThread(tmp_path / "hub") as server:
        token = enroll_device(server.store.db, "till-sen-1", "MO-SEN", "till")
        sha = server.tls.sha256  # type: ignore[union-attr]
        setup = Setup(
            tmp_path,
            tmp_path / "replica.sqlite3",
            False,
            server.url,
            "till-sen-1",
            "MO-SEN",
            token=token,
            pin=sha,
        )
        app = App(qapp, setup, translations)
        try:
            assert app.enrollment_panel is None  # a till creates no codes
            assert app.bridge is not None
            qtbot.waitUntil(lambda: app.bridge.state.caught_up, timeout=20_000)
            revoke(server.store.db, "till-sen-1")
            with app.db.write() as s:
                sku = s.scalar(sql_select(Product.sku).limit(1))
                record_sale(s, app.till, [BasketLine(sku, 1)])
            app.bridge.nudge()
            qtbot.waitUntil(lambda: app.bridge.state.status == "refused", timeout=10_000)
            qtbot.waitUntil(lambda: "removed from the chain" in app.window.sync_status.connection.text())
            boxes = [
                w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
            ]
            assert len(boxes) == 1 and "removed from the chain by a manager" in boxes[0].text()
            assert "Enrol this computer again…" in [b.text() for b in boxes[0].buttons()]
            boxes[0].close()
            assert outbox_status_of(app.db).pending == 1  # the sale stays on this computer, unsent
        finally:
            app.window.close()
            app.close()
