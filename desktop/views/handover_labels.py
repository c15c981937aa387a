"""Names of tenders as the handover screen shows them (context "Handover")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TENDER_NAMES: dict[str, str] = {
    "cash_mop": QT_TRANSLATE_NOOP("Handover", "Cash (MOP)"),
    "cash_hkd": QT_TRANSLATE_NOOP("Handover", "Cash (HKD)"),
    "card": QT_TRANSLATE_NOOP("Handover", "Card"),
    "mpay": QT_TRANSLATE_NOOP("Handover", "MPay"),
    "alipay": QT_TRANSLATE_NOOP("Handover", "Alipay"),
    "wechat": QT_TRANSLATE_NOOP("Handover", "WeChat Pay"),
}


def tender_label(method: str) -> str:
    source = TENDER_NAMES.get(method)
    return QCoreApplication.translate("Handover", source) if source else method
