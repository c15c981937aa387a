"""Languages, translators, fonts, and the translation of error codes at the edge.

Traditional Chinese (Macau), English and Portuguese. The language follows the system locale unless
the user picked one in Settings.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from core.money import format_money
from desktop.paths import resource

log = logging.getLogger(__name__)

LANGUAGES = ("zh_Hant", "en", "pt")
LANGUAGE_NAMES = {"zh_Hant": "繁體中文（澳門）", "en": "English", "pt": "Português"}
CJK_FAMILY = "Noto Sans CJK HK"

# Every error code the app can show, with its source text (English). Parameters in {braces}.
ERROR_MESSAGES: dict[str, str] = {
    "db.corrupt": QT_TRANSLATE_NOOP(
        "errors",
        "The local database file {path} is damaged and cannot be opened. Nothing was changed. Restore it from a backup or choose another data folder.",
    ),
    "db.unwritable": QT_TRANSLATE_NOOP(
        "errors",
        "Cannot create or write the database at {path}. Check that the folder exists and that this user may write to it.",
    ),
    "db.locked": QT_TRANSLATE_NOOP(
        "errors", "The database {path} is in use by another program. Close it and try again."
    ),
    "db.newer_schema": QT_TRANSLATE_NOOP(
        "errors", "The database {path} was written by a newer version of this app. Update the app to open it."
    ),
    "catalogue.unknown_barcode": QT_TRANSLATE_NOOP(
        "errors", "No product has the barcode {code}. Check the item or search by name."
    ),
    "catalogue.invalid_barcode": QT_TRANSLATE_NOOP(
        "errors", "Barcode {code} was misread (its check digit is wrong). Scan it again."
    ),
    "catalogue.unknown_sku": QT_TRANSLATE_NOOP("errors", "Product {sku} is not in the catalogue."),
    "sale.empty_basket": QT_TRANSLATE_NOOP("errors", "The basket is empty. Scan an item first."),
    "sale.bad_quantity": QT_TRANSLATE_NOOP("errors", "Quantity {qty} is not allowed for {sku}."),
    "staff.pin_format": QT_TRANSLATE_NOOP("errors", "A PIN is 4 to 8 digits."),
    "staff.pin_wrong": QT_TRANSLATE_NOOP("errors", "That PIN is not right. Try again."),
    "staff.not_allowed": QT_TRANSLATE_NOOP("errors", "{name} may not approve this. Ask a manager."),
    "stock.unknown_store": QT_TRANSLATE_NOOP("errors", "This device is not assigned to a store."),
    "event.malformed": QT_TRANSLATE_NOOP("errors", "The hub refused a record as malformed."),
    "event.unknown_kind": QT_TRANSLATE_NOOP(
        "errors", "The hub does not know this kind of record. Update the app."
    ),
    "event.wrong_store": QT_TRANSLATE_NOOP(
        "errors", "The hub refused a record for another store than this device's."
    ),
    "event.conflict": QT_TRANSLATE_NOOP(
        "errors", "The hub refused a record that conflicts with one it already has (the same receipt number)."
    ),
    "sync.hub_unreachable": QT_TRANSLATE_NOOP(
        "errors", "The hub does not answer. Sales are kept on this computer and sent when it is back."
    ),
    "sync.protocol": QT_TRANSLATE_NOOP("errors", "The hub sent something this app does not understand."),
    "sync.auth_failed": QT_TRANSLATE_NOOP(
        "errors", "The hub did not accept this device. Ask a manager to enrol it again."
    ),
    "sync.hello_timeout": QT_TRANSLATE_NOOP("errors", "The hub did not answer in time."),
    "sync.message_too_big": QT_TRANSLATE_NOOP(
        "errors", "A message was too large for the hub; it will be sent in smaller parts."
    ),
    "sync.unsupported_version": QT_TRANSLATE_NOOP(
        "errors", "This app and the hub speak different protocol versions. Update the app."
    ),
    "sync.internal": QT_TRANSLATE_NOOP("errors", "Syncing failed unexpectedly; it will be retried."),
    "credentials.no_backend": QT_TRANSLATE_NOOP(
        "errors",
        "This computer has no usable password store ({backend}), so the device key cannot be kept safely. "
        "Install or unlock the system keyring; the key is never written to a plain file.",
    ),
    "credentials.backend_failed": QT_TRANSLATE_NOOP(
        "errors", "The system keyring did not work ({backend}): {detail}. Unlock it and try again."
    ),
    "app.unexpected": QT_TRANSLATE_NOOP(
        "errors", "Something went wrong: {detail}. Nothing was lost; try again."
    ),
}


KIND_NAMES: dict[str, str] = {
    "sale.recorded": QT_TRANSLATE_NOOP("kinds", "Sale"),
    "stock.received": QT_TRANSLATE_NOOP("kinds", "Goods received"),
    "product.upserted": QT_TRANSLATE_NOOP("kinds", "Product details"),
    "store.upserted": QT_TRANSLATE_NOOP("kinds", "Store details"),
    "staff.upserted": QT_TRANSLATE_NOOP("kinds", "Staff details"),
}


def kind_text(kind: str) -> str:
    source = KIND_NAMES.get(kind)
    return QCoreApplication.translate("kinds", source) if source else kind


def error_text(code: str, params: dict[str, Any] | None = None) -> str:
    source = ERROR_MESSAGES.get(code)
    if source is None:
        log.error("no message for error code %s", code)
        source = ERROR_MESSAGES["app.unexpected"]
        params = {"detail": code}
    text = QCoreApplication.translate("errors", source)
    try:
        return text.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return text


def system_language() -> str:
    locale = QLocale.system()
    if locale.language() == QLocale.Language.Chinese:
        return "zh_Hant"
    if locale.language() == QLocale.Language.Portuguese:
        return "pt"
    return "en"


def saved_language() -> str | None:
    value = QSettings().value("ui/language")
    return value if value in LANGUAGES else None


def save_language(lang: str) -> None:
    QSettings().setValue("ui/language", lang)


class Translations:
    """Owns the installed translators; switching language posts LanguageChange to every widget."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.lang = "en"
        self._translators: list[QTranslator] = []

    def switch(self, lang: str) -> bool:
        if lang not in LANGUAGES:
            lang = "en"
        for t in self._translators:
            self.app.removeTranslator(t)
        self._translators.clear()
        translator = QTranslator(self.app)
        path = resource("translations", f"store_manager_{lang}.qm")
        ok = translator.load(str(path))
        if ok:
            self.app.installTranslator(translator)
            self._translators.append(translator)
        else:
            log.warning("translation %s not found; run `make translations`", path)
        # Qt's own texts (dialog buttons): Macau uses European Portuguese and Traditional Chinese;
        # Qt ships qt_pt_PT but qtbase only for pt_BR, so take the first catalogue that exists.
        candidates = {"zh_Hant": ("qtbase_zh_TW", "qt_zh_TW"), "pt": ("qt_pt_PT", "qtbase_pt_BR")}.get(
            lang, ()
        )
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name in candidates:
            qt = QTranslator(self.app)
            if qt.load(name, qt_dir):
                self.app.installTranslator(qt)
                self._translators.append(qt)
                break
        self.lang = lang
        QLocale.setDefault(QLocale({"zh_Hant": "zh_Hant_MO", "en": "en_MO", "pt": "pt_MO"}[lang]))
        return ok

    def money(self, avos: int) -> str:
        return format_money(avos, self.lang)


def register_fonts(app: QApplication) -> str:
    """Register the bundled CJK font and make it the app font, so Chinese never shows as boxes."""
    font_id = QFontDatabase.addApplicationFont(str(resource("fonts", "NotoSansCJKhk-Regular.otf")))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    family = families[0] if families else CJK_FAMILY
    if font_id < 0:
        log.error("bundled CJK font could not be loaded")
    font = QFont(family)
    font.setPointSizeF(10.5)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    app.setFont(font)
    return family
