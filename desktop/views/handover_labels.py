"""Names of tenders as the handover screen shows them (context "Handover"), and its amounts."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_decimal
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_LOCALES = {"zh_Hant": "zh_Hant_MO", "en": "en_MO", "pt": "pt_MO"}

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


def denomination_text(value: int, lang: str) -> str:
    """A note or coin without its currency (the table's title says it): "1,000", "0.50"."""
    pattern = "#,##0" if value % 100 == 0 else "#,##0.00"
    return format_decimal(Decimal(value) / 100, pattern, locale=_LOCALES.get(lang, lang))


def amount_text(value: int, lang: str, *, signed: bool = False) -> str:
    """An amount in avos or cents without a currency sign (the row says which): "1,234.50", "+5.00"."""
    text = format_decimal(Decimal(abs(value)) / 100, "#,##0.00", locale=_LOCALES.get(lang, lang))
    if value < 0:
        return "-" + text
    return "+" + text if signed and value > 0 else text
