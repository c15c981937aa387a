"""Status bar texts: connection state and what waits to sync, always visible."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar

from core.replica import OutboxStatus
from sync_client.client import ConnectionState


def _local_hhmm(moment: datetime | str | None) -> str:
    if moment is None:
        return ""
    if isinstance(moment, str):
        try:
            moment = datetime.fromisoformat(moment)
        except ValueError:
            return moment
    return moment.astimezone().strftime("%H:%M")


def connection_text(state: ConnectionState | None) -> tuple[str, str]:
    """(text, style state) for the connection indicator."""
    if state is None:
        return QCoreApplication.translate("Status", "● Working offline (no hub configured)"), "offline"
    if state.status == "online":
        if not state.caught_up:
            return QCoreApplication.translate("Status", "● Online · catching up"), "busy"
        return QCoreApplication.translate("Status", "● Online"), "online"
    if state.status == "connecting":
        return QCoreApplication.translate("Status", "● Connecting to the hub…"), "busy"
    text = QCoreApplication.translate("Status", "● Offline since %1").replace("%1", _local_hhmm(state.since))
    if state.retry_in is not None:
        text += " · " + QCoreApplication.translate("Status", "retrying in %1 s").replace(
            "%1", str(max(1, round(state.retry_in)))
        )
    return text, "offline"


def outbox_text(status: OutboxStatus | None) -> str:
    if status is None or status.pending == 0:
        text = QCoreApplication.translate("Status", "Everything synced")
    else:
        text = (
            QCoreApplication.translate("Status", "%n record(s) waiting to sync", "", status.pending)
            + " · "
            + QCoreApplication.translate("Status", "oldest %1").replace(
                "%1", _local_hhmm(status.oldest_occurred_at)
            )
        )
    if status is not None and status.rejected:
        text += " · " + QCoreApplication.translate("Status", "%n refused by the hub", "", status.rejected)
    return text


class SyncStatus:
    """The two permanent labels in the status bar."""

    def __init__(self, bar: QStatusBar) -> None:
        self.connection = QLabel()
        self.connection.setObjectName("connection")
        self.outbox = QLabel()
        self.outbox.setObjectName("outbox")
        bar.addWidget(self.connection, 1)
        bar.addPermanentWidget(self.outbox)
        self.state: ConnectionState | None = None
        self.status: OutboxStatus | None = None

    def set_state(self, state: ConnectionState | None) -> None:
        self.state = state
        text, style = connection_text(state)
        self.connection.setText(text)
        self.connection.setProperty("state", style)
        self.connection.style().unpolish(self.connection)
        self.connection.style().polish(self.connection)

    def set_outbox(self, status: OutboxStatus | None) -> None:
        self.status = status
        self.outbox.setText(outbox_text(status))

    def retranslate(self) -> None:
        self.set_state(self.state)
        self.set_outbox(self.status)
