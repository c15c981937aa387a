"""Secrets never reach a log at any level: with every logger at DEBUG, a device enrols with a one-time
code, a manager's device asks for a new code, the new till syncs and pushes a sale, and a cashier
types a wrong PIN; no enrollment code, token or PIN appears in any log line."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from core.db import open_sqlite
from core.errors import DomainError
from core.protocol import parse_code
from core.replica import init_replica, outbox_status
from core.staff import sign_in
from core.stock import BasketLine, record_sale
from desktop.demo import seed_hub
from hub.auth import enroll_device
from hub.enrollment import issue_code
from sync_client.client import Backoff, SyncClient
from sync_client.enrollment import enroll, request_code
from tests.integration.harness import running_chain, wait_for

WRONG_PIN = "864209"


def test_no_code_token_or_pin_is_logged_at_debug(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, the websockets library's frame logs included
    secrets: list[str] = [WRONG_PIN]

    async def scenario() -> None:
        async with running_chain(tmp_path) as chain:
            seed_hub(chain.server.store, tmp_path)
            code = issue_code(chain.server.store.db, "MO-SEN").code
            secrets.extend([code, parse_code(code)[0]])
            enrolled = await enroll(chain.server.url, code, label="counter 1")
            secrets.append(enrolled.token)

            office_token = enroll_device(chain.server.store.db, "office-hq", None, "office")
            secrets.append(office_token)
            issued = await request_code(chain.server.url, "office-hq", office_token, None, "MO-SEN")
            secrets.extend([issued.code, parse_code(issued.code)[0]])

            db = open_sqlite(tmp_path / "till.sqlite3")
            chain.dbs.append(db)
            with db.write() as s:
                till = init_replica(s, enrolled.device_id, enrolled.store_id)
            client = SyncClient(db, chain.server.url, token=enrolled.token, backoff=Backoff(0.05, 0.5))
            chain.tasks.append(asyncio.create_task(client.run()))
            await wait_for(lambda: client.state.caught_up, 15, "the new till caught up")
            with db.write() as s:
                record_sale(s, till, [BasketLine("PF-0001", 1)])
            client.nudge()

            def sent() -> bool:
                with db.read() as s:
                    return outbox_status(s).pending == 0

            await wait_for(sent, 5, "the sale pushed and acked")
            with db.read() as s, pytest.raises(DomainError, match=r"staff\.pin_wrong"):
                sign_in(s, "MO-SEN", WRONG_PIN)

    asyncio.run(scenario())
    lines = [f"{r.name} {r.levelname} {r.getMessage()}" for r in caplog.records]
    assert any(line.startswith("websockets.server DEBUG") for line in lines)  # frames were logged
    assert any(line.startswith("websockets.client DEBUG") for line in lines)
    leaks = [(secret, line) for secret in secrets for line in lines if secret in line]
    assert leaks == []
