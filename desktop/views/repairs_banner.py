"""The banner over the Repairs screen proposing the app's own ticket for a device that keeps failing
(desktop/views/repairs_watch.py): what failed, and one tap to raise the ticket."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from desktop.views.repairs_model import kind_text
from desktop.views.repairs_watch import TicketProposal


def proposal_text(p: TicketProposal) -> str:
    """What the app says of a failing device (also the ticket's description)."""
    return (
        QCoreApplication.translate("Repairs", "%1 failed %2 times in %3 minutes.")
        .replace("%1", kind_text(p.device_kind))
        .replace("%2", str(len(p.errors)))
        .replace("%3", str(p.window_minutes))
    )


class ProposalBanner(QFrame):
    """Hidden until ``show_proposal``; ``raise_btn`` and ``dismiss_btn`` are the screen's to connect."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("proposal")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.proposal: TicketProposal | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.raise_btn = QPushButton()
        self.dismiss_btn = QPushButton()
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.raise_btn)
        row.addWidget(self.dismiss_btn)
        self.hide()

    def show_proposal(self, proposal: TicketProposal | None) -> None:
        self.proposal = proposal
        self.retranslate()

    def retranslate(self) -> None:
        self.raise_btn.setText(QCoreApplication.translate("Repairs", "Raise the ticket"))
        self.dismiss_btn.setText(QCoreApplication.translate("Repairs", "Not now"))
        self.setVisible(self.proposal is not None)
        if self.proposal is not None:
            question = QCoreApplication.translate("Repairs", "Raise a repair ticket with the diagnostics?")
            self.text.setText(proposal_text(self.proposal) + "\n" + question)
