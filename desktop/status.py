"""Status bar texts: connection state and what waits to sync, always visible."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar

from core.replica import OutboxStatus
from desktop.i18n import error_text
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
    if state.error_code == "sync.connection_replaced":  # two copies of one till: say so, not "offline"
        text = QCoreApplication.translate("Status", "● Not syncing: another copy of this till is connected")
    else:
        text = QCoreApplication.translate("Status", "● Offline since %1").replace(
            "%1", _local_hhmm(state.since)
        )
    if state.retry_in is not None:
        text += " · " + QCoreApplication.translate("Status", "retrying in %1 s").replace(
            "%1", str(max(1, round(state.retry_in)))
        )
    return text, "offline"


def freshness_text(state: ConnectionState | None) -> tuple[str, str, bool]:
    """(text, style, stale) for other stores' figures on the Stock screen."""
    if state is None:
        return QCoreApplication.translate("Status", "Other stores: not connected to a hub"), "offline", True
    if state.status == "online" and state.caught_up:
        return QCoreApplication.translate("Status", "Other stores: live"), "online", False
    if state.last_contact is None:
        return QCoreApplication.translate("Status", "Other stores: not received yet"), "offline", True
    moment = state.last_contact.astimezone().strftime("%H:%M:%S")
    if state.status == "online":
        return (
            QCoreApplication.translate("Status", "Other stores: catching up (as of %1)").replace(
                "%1", moment
            ),
            "busy",
            True,
        )
    return (
        QCoreApplication.translate("Status", "Other stores as of %1 (offline)").replace("%1", moment),
        "offline",
        True,
    )


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
    if status is not None and status.seq_reused:
        text += " · " + QCoreApplication.translate(
            "Status", "This till's database was restored or copied: call a manager"
        )
    return text


class SyncStatus:
    """The two permanent labels in the status bar."""

    def __init__(self, bar: QStatusBar) -> None:
        self.connection = QLabel()
        self.connection.setObjectName("connection")
        # A flat button: clicking it lists what waits to be sent and what the hub refused.
        self.outbox = QPushButton()
        self.outbox.setObjectName("outbox")
        self.outbox.setFlat(True)
        self.outbox.setCursor(Qt.CursorShape.PointingHandCursor)
        bar.addWidget(self.connection, 1)
        bar.addPermanentWidget(self.outbox)
        self.state: ConnectionState | None = None
        self.status: OutboxStatus | None = None

    def set_state(self, state: ConnectionState | None) -> None:
        self.state = state
        text, style = connection_text(state)
        self.connection.setText(text)
        # The whole story where the status bar has room for a line only.
        replaced = (
            state is not None and state.status == "offline" and state.error_code == "sync.connection_replaced"
        )
        self.connection.setToolTip(error_text("sync.connection_replaced") if replaced else "")
        self.connection.setProperty("state", style)
        self.connection.style().unpolish(self.connection)
        self.connection.style().polish(self.connection)

    def set_outbox(self, status: OutboxStatus | None) -> None:
        self.status = status
        self.outbox.setText(outbox_text(status))
        self.outbox.setProperty("state", "error" if status is not None and status.rejected else "")
        self.outbox.style().unpolish(self.outbox)
        self.outbox.style().polish(self.outbox)

    def retranslate(self) -> None:
        self.set_state(self.state)
        self.set_outbox(self.status)
