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
    "stocktake.not_found": QT_TRANSLATE_NOOP(
        "errors", "That count is no longer here. Open the list of counts again."
    ),
    "stocktake.bad_quantity": QT_TRANSLATE_NOOP(
        "errors", "A count of {qty} for {sku} is not possible. Type the number of units on the shelf."
    ),
    "stocktake.nothing_counted": QT_TRANSLATE_NOOP(
        "errors", "Nothing has been counted yet. Scan the items on the shelf first."
    ),
    "stocktake.already_reviewed": QT_TRANSLATE_NOOP("errors", "A manager has already decided on this count."),
    "stocktake.nothing_held": QT_TRANSLATE_NOOP("errors", "Nothing in this count waits for a manager."),
    "import.empty_file": QT_TRANSLATE_NOOP("errors", "The file is empty."),
    "import.bad_encoding": QT_TRANSLATE_NOOP(
        "errors", "The file is not text in UTF-8, UTF-16 or Big5. Save it again as CSV UTF-8."
    ),
    "import.bad_csv": QT_TRANSLATE_NOOP("errors", "The file is not a readable CSV file ({detail})."),
    "import.bad_xlsx": QT_TRANSLATE_NOOP(
        "errors", "The Excel file cannot be read ({detail}). Open it in Excel and save it again as .xlsx."
    ),
    "import.missing_column": QT_TRANSLATE_NOOP(
        "errors", "The column {column} is missing from the first row."
    ),
    "import.unknown_column": QT_TRANSLATE_NOOP("errors", "The column {column} is not one this import knows."),
    "import.duplicate_column": QT_TRANSLATE_NOOP("errors", "The column {column} appears twice."),
    "import.unknown_store": QT_TRANSLATE_NOOP("errors", "There is no store {store} (column {column})."),
    "import.other_store": QT_TRANSLATE_NOOP(
        "errors", "This device belongs to {own}; it cannot set opening stock for {store}."
    ),
    "import.too_many_rows": QT_TRANSLATE_NOOP(
        "errors", "The file has {rows} rows; at most {max} can be imported at once."
    ),
    "import.no_rows": QT_TRANSLATE_NOOP("errors", "The file has a header row but no products."),
    "import.missing_value": QT_TRANSLATE_NOOP("errors", "{column} is empty."),
    "import.too_long": QT_TRANSLATE_NOOP("errors", "{column} is longer than {max} characters."),
    "import.bad_sku": QT_TRANSLATE_NOOP("errors", "SKU {sku} may only contain letters, digits and . _ / -"),
    "import.duplicate_sku": QT_TRANSLATE_NOOP("errors", "SKU {sku} is already on row {first}."),
    "import.bad_price": QT_TRANSLATE_NOOP(
        "errors", "Price {value} is not an amount in patacas (for example 128.50)."
    ),
    "import.bad_barcode": QT_TRANSLATE_NOOP(
        "errors", "Barcode {code} is not a valid barcode (EAN/UPC has 8, 12, 13 or 14 digits)."
    ),
    "import.bad_check_digit": QT_TRANSLATE_NOOP(
        "errors", "Barcode {code} has a wrong check digit (it should end in {digit})."
    ),
    "import.duplicate_barcode": QT_TRANSLATE_NOOP("errors", "Barcode {code} is already on row {first}."),
    "import.barcode_taken": QT_TRANSLATE_NOOP("errors", "Barcode {code} already belongs to product {sku}."),
    "import.bad_quantity": QT_TRANSLATE_NOOP(
        "errors", "Opening stock {value} for {store} is not a whole number from 0 up."
    ),
    "import.has_problems": QT_TRANSLATE_NOOP(
        "errors", "The file has {count} problem(s); nothing was imported."
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
    "stocktake.counted": QT_TRANSLATE_NOOP("kinds", "Stocktake"),
    "stocktake.reviewed": QT_TRANSLATE_NOOP("kinds", "Stocktake approval"),
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
