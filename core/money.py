"""Money is an integer number of avos (1 pataca = 100 avos); formatting is per locale."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_currency

DEFAULT_CURRENCY = "MOP"

# Qt/Babel locale names for the app's languages.
_BABEL_LOCALES = {"zh_Hant": "zh_Hant_MO", "en": "en_MO", "pt": "pt_MO"}


def avos_to_decimal(avos: int) -> Decimal:
    return (Decimal(avos) / 100).quantize(Decimal("0.01"))


def format_money(avos: int, lang: str = "en", currency: str = DEFAULT_CURRENCY) -> str:
    """``12350`` avos → ``MOP 123.50`` (en), ``MOP 123,50`` (pt), ``MOP 123.50`` (zh_Hant)."""
    locale = _BABEL_LOCALES.get(lang, lang)
    return format_currency(avos_to_decimal(avos), currency, locale=locale)


def parse_money(text: str) -> int:
    """``"123.5"`` → 12350 avos. Raises ValueError on anything that is not a plain amount."""
    cleaned = text.strip().replace(",", ".")
    value = Decimal(cleaned)
    if value.is_nan() or value.is_infinite():
        raise ValueError(text)
    return int((value * 100).to_integral_value())
