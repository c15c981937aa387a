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
    "config.damaged": QT_TRANSLATE_NOOP(
        "errors",
        "The settings file {path} cannot be used ({detail}). Nothing was changed. Restore it from a backup, or move it away and start the app with --enroll to connect this computer again.",
    ),
    "demo.damaged": QT_TRANSLATE_NOOP(
        "errors",
        "The demo's database {path} is damaged. Start the demo afresh (main.py --demo --reset-demo); that deletes only the files the demo made.",
    ),
    "demo.not_ours": QT_TRANSLATE_NOOP(
        "errors",
        "{path} was not made by the demo, so the demo will neither replace nor delete it. Choose another file with --db.",
    ),
    "app.db_is_folder": QT_TRANSLATE_NOOP(
        "errors", "--db names a folder ({path}); it must name a database file, such as {path}/till.sqlite3."
    ),
    "app.bad_log_level": QT_TRANSLATE_NOOP("errors", "Unknown log level {level}. Use one of: {levels}."),
    "app.screenshot_format": QT_TRANSLATE_NOOP(
        "errors", "Cannot save a screenshot as {path}: use a name ending in one of {formats}."
    ),
    "app.screenshot_unwritable": QT_TRANSLATE_NOOP(
        "errors", "Cannot write the screenshot {path}: its folder cannot be created or written to."
    ),
    "printer.journal_damaged": QT_TRANSLATE_NOOP(
        "errors",
        "The record of printed receipts {path} is damaged, so the app cannot tell which receipts have printed. Nothing was changed. Restore it from a backup, or move it away to start a new record.",
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
    "sale.bad_tender": QT_TRANSLATE_NOOP("errors", "Payment method {method} is not known."),
    "sale.bad_amount": QT_TRANSLATE_NOOP("errors", "Enter an amount greater than zero."),
    "sale.overpaid_non_cash": QT_TRANSLATE_NOOP(
        "errors", "Card and wallet payments cannot be more than what is still owed."
    ),
    "sale.already_paid": QT_TRANSLATE_NOOP("errors", "The sale is already paid in full."),
    "sale.price_changed": QT_TRANSLATE_NOOP(
        "errors", "The price of {sku} changed while it was in the basket. Scan it again."
    ),
    "sale.bad_discount": QT_TRANSLATE_NOOP("errors", "That discount is more than the amount."),
    "sale.discount_needs_approval": QT_TRANSLATE_NOOP(
        "errors", "Discounts above {limit}% need a manager's PIN."
    ),
    "sale.underpaid": QT_TRANSLATE_NOOP("errors", "The payments do not cover the total yet."),
    "refund.unknown_receipt": QT_TRANSLATE_NOOP(
        "errors",
        "No sale has the receipt {code} on this computer. Check the number, or refund at the store that sold it.",
    ),
    "refund.too_many": QT_TRANSLATE_NOOP(
        "errors", "At most {max} of {sku} can still be refunded on this receipt."
    ),
    "refund.nothing_chosen": QT_TRANSLATE_NOOP("errors", "Choose how many of which items come back."),
    "refund.reason_missing": QT_TRANSLATE_NOOP(
        "errors", 'Choose why the goods come back (for "Other", say why in a few words).'
    ),
    "refund.note_too_long": QT_TRANSLATE_NOOP("errors", "Say why in at most {max} characters."),
    "refund.needs_approval": QT_TRANSLATE_NOOP(
        "errors", "This refund needs a manager's PIN (cash refunds and refunds above the store's limit)."
    ),
    "handover.same_staff": QT_TRANSLATE_NOOP(
        "errors",
        "The outgoing and the incoming cashier must be two different people, each with their own PIN.",
    ),
    "handover.signature_missing": QT_TRANSLATE_NOOP(
        "errors", "Both cashiers sign on the pads before handing over."
    ),
    "handover.needs_approval": QT_TRANSLATE_NOOP(
        "errors",
        "The variance is above the store's rule: a store manager types their PIN and a reason is given.",
    ),
    "handover.reason_missing": QT_TRANSLATE_NOOP(
        "errors", "Say why the drawer does not match before it is approved."
    ),
    "handover.float_too_large": QT_TRANSLATE_NOOP(
        "errors", "The float kept cannot be more than the cash counted."
    ),
    "handover.unknown": QT_TRANSLATE_NOOP("errors", "That handover is not on this computer."),
    "hold.duplicate": QT_TRANSLATE_NOOP("errors", "This hold was already requested."),
    "hold.bad_time": QT_TRANSLATE_NOOP("errors", "A hold must last until a time later than now."),
    "hold.unavailable": QT_TRANSLATE_NOOP(
        "errors", "Not enough available at that store to hold: someone else may have just taken it."
    ),
    "hold.unknown": QT_TRANSLATE_NOOP("errors", "This hold is not known."),
    "hold.already_requested": QT_TRANSLATE_NOOP("errors", "The hold is still waiting to be set aside."),
    "hold.already_confirmed": QT_TRANSLATE_NOOP("errors", "The hold was already set aside."),
    "hold.already_fulfilled": QT_TRANSLATE_NOOP("errors", "The hold was already picked up or transferred."),
    "hold.already_released": QT_TRANSLATE_NOOP("errors", "The hold was already released."),
    "hold.no_customer": QT_TRANSLATE_NOOP("errors", "Enter the customer's name or phone number."),
    "repair.unknown": QT_TRANSLATE_NOOP("errors", "This repair ticket is not known here yet."),
    "repair.already_open": QT_TRANSLATE_NOOP("errors", "The ticket is still waiting for an engineer."),
    "repair.already_declined": QT_TRANSLATE_NOOP(
        "errors", "The engineer declined this ticket; it goes to the next."
    ),
    "repair.already_reopened": QT_TRANSLATE_NOOP(
        "errors", "The ticket was reopened and waits for an engineer."
    ),
    "repair.already_assigned": QT_TRANSLATE_NOOP(
        "errors", "The ticket is offered to an engineer who has not accepted it yet."
    ),
    "repair.already_accepted": QT_TRANSLATE_NOOP("errors", "Another engineer accepted this ticket first."),
    "repair.already_on_site": QT_TRANSLATE_NOOP("errors", "The engineer is already on site."),
    "repair.already_resolved": QT_TRANSLATE_NOOP("errors", "The ticket was already resolved."),
    "repair.already_verified": QT_TRANSLATE_NOOP("errors", "The store already verified this repair."),
    "repair.not_yours": QT_TRANSLATE_NOOP("errors", "This ticket is another engineer's."),
    "repair.duplicate": QT_TRANSLATE_NOOP("errors", "This ticket was already raised."),
    "repair.no_description": QT_TRANSLATE_NOOP("errors", "Say what is wrong in a few words."),
    "repair.bad_hours": QT_TRANSLATE_NOOP("errors", "Working hours must end after they start."),
    "repair.unknown_equipment": QT_TRANSLATE_NOOP("errors", "This equipment is not in the store's register."),
    "typhoon.bad_signal": QT_TRANSLATE_NOOP("errors", "Choose a typhoon signal: 1, 3, 8, 9, 10, or none."),
    "shift.unknown": QT_TRANSLATE_NOOP("errors", "This shift is not known."),
    "shift.already_published": QT_TRANSLATE_NOOP("errors", "The shift is already on the roster."),
    "shift.already_open": QT_TRANSLATE_NOOP("errors", "The shift is already open to substitutes."),
    "shift.already_taken": QT_TRANSLATE_NOOP(
        "errors", "Someone else took this shift first. It is no longer open."
    ),
    "shift.already_released": QT_TRANSLATE_NOOP(
        "errors", "The shift was released for a typhoon or black rain."
    ),
    "shift.already_withdrawn": QT_TRANSLATE_NOOP("errors", "The shift was taken off the roster."),
    "shift.rule_broken": QT_TRANSLATE_NOOP(
        "errors", "That would break a labour rule for {staff}: {rule} ({article})."
    ),
    "shift.not_yours": QT_TRANSLATE_NOOP("errors", "This shift is not yours."),
    "shift.no_shift_today": QT_TRANSLATE_NOOP("errors", "There is no shift for you here today."),
    "shift.bad_time": QT_TRANSLATE_NOOP("errors", "A shift must end after it starts, within a day."),
    "transfer.same_store": QT_TRANSLATE_NOOP("errors", "A transfer needs another store than this one."),
    "transfer.unknown": QT_TRANSLATE_NOOP("errors", "This transfer is not known here yet."),
    "transfer.already_requested": QT_TRANSLATE_NOOP("errors", "The transfer has not been approved yet."),
    "transfer.already_approved": QT_TRANSLATE_NOOP("errors", "The transfer was already approved."),
    "transfer.already_packed": QT_TRANSLATE_NOOP("errors", "The transfer was already packed."),
    "transfer.already_dispatched": QT_TRANSLATE_NOOP(
        "errors", "The other store already dispatched this transfer: it is on its way."
    ),
    "transfer.already_partial": QT_TRANSLATE_NOOP("errors", "The transfer is already partly received."),
    "transfer.already_received": QT_TRANSLATE_NOOP("errors", "The transfer was already received in full."),
    "transfer.already_closed": QT_TRANSLATE_NOOP("errors", "The transfer was already closed."),
    "transfer.already_cancelled": QT_TRANSLATE_NOOP(
        "errors", "The other store already cancelled this transfer."
    ),
    "transfer.duplicate": QT_TRANSLATE_NOOP("errors", "This transfer was already requested."),
    "transfer.nothing_packed": QT_TRANSLATE_NOOP("errors", "Scan the items packed before confirming."),
    "transfer.too_many": QT_TRANSLATE_NOOP(
        "errors", "More units than are still on their way for this item: check the counts."
    ),
    "transfer.not_sent": QT_TRANSLATE_NOOP("errors", "This item was not sent in this transfer."),
    "transfer.no_reason": QT_TRANSLATE_NOOP("errors", "Say why the damaged units are written off."),
    "transfer.bad_limit": QT_TRANSLATE_NOOP(
        "errors", "The limit must be between MOP 0 (off) and MOP 10,000,000,000."
    ),
    "waitlist.bad_phone": QT_TRANSLATE_NOOP("errors", "Enter a phone number the store can call."),
    "alert.not_open": QT_TRANSLATE_NOOP("errors", "This alert was already resolved."),
    "event.not_allowed": QT_TRANSLATE_NOOP("errors", "This device may not record that."),
    "staff.pin_format": QT_TRANSLATE_NOOP("errors", "A PIN is 4 to 8 digits."),
    "staff.pin_wrong": QT_TRANSLATE_NOOP("errors", "That PIN is not right. Try again."),
    "staff.pin_locked": QT_TRANSLATE_NOOP(
        "errors", "Too many wrong PINs in a row. PINs can be tried again in {seconds} s."
    ),
    "staff.not_allowed": QT_TRANSLATE_NOOP("errors", "{name} may not approve this. Ask a manager."),
    "staff.manage_not_allowed": QT_TRANSLATE_NOOP(
        "errors", "Only a store manager or an area manager may manage staff."
    ),
    "staff.other_store": QT_TRANSLATE_NOOP(
        "errors", "A store manager manages the staff of their own store only."
    ),
    "staff.outranks": QT_TRANSLATE_NOOP("errors", "This member of staff outranks you. Ask an area manager."),
    "staff.role_too_high": QT_TRANSLATE_NOOP("errors", "You may not give this role. Ask an area manager."),
    "staff.limit_too_high": QT_TRANSLATE_NOOP("errors", "The discount limit can be at most {max} %."),
    "staff.self": QT_TRANSLATE_NOOP("errors", "You cannot deactivate yourself or change your own role."),
    "staff.name_missing": QT_TRANSLATE_NOOP("errors", "Enter a name."),
    "staff.name_too_long": QT_TRANSLATE_NOOP("errors", "A name is at most {max} characters."),
    "staff.store_needed": QT_TRANSLATE_NOOP(
        "errors",
        "Cashiers and store managers belong to a store; area managers and engineers to the whole chain.",
    ),
    "staff.pin_mismatch": QT_TRANSLATE_NOOP(
        "errors", "The two PINs are not the same. Type the new PIN twice."
    ),
    "staff.pin_taken": QT_TRANSLATE_NOOP(
        "errors", "Someone else who signs in here has that PIN. Choose another."
    ),
    "staff.unknown": QT_TRANSLATE_NOOP("errors", "The chain has no such member of staff."),
    "staff.pin_needed_to_move": QT_TRANSLATE_NOOP(
        "errors", "Someone moving to another store needs a new PIN there: type it twice."
    ),
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
    "event.out_of_range": QT_TRANSLATE_NOOP(
        "errors", "A quantity, amount or text in this record is beyond the limits a record may hold."
    ),
    "event.unknown_field": QT_TRANSLATE_NOOP(
        "errors", "The hub refused a record carrying information it does not know. Update the hub."
    ),
    "event.too_large": QT_TRANSLATE_NOOP("errors", "This record is too large to be stored."),
    "event.unknown_sku": QT_TRANSLATE_NOOP(
        "errors", "The hub refused a record for a product the chain does not have."
    ),
    "event.unknown_store": QT_TRANSLATE_NOOP(
        "errors", "The hub refused a record for a store the chain does not have."
    ),
    "event.unstorable": QT_TRANSLATE_NOOP(
        "errors", "The hub could not store this record and refused it. The records after it were sent."
    ),
    "event.seq_reused": QT_TRANSLATE_NOOP(
        "errors",
        "This till's database was restored or copied: the hub already has other records under the same "
        "numbers. Call a manager before selling on.",
    ),
    "sync.hub_unreachable": QT_TRANSLATE_NOOP(
        "errors", "The hub does not answer. Sales are kept on this computer and sent when it is back."
    ),
    "sync.protocol": QT_TRANSLATE_NOOP("errors", "The hub sent something this app does not understand."),
    "sync.log_gap": QT_TRANSLATE_NOOP(
        "errors",
        "Part of the hub's log went missing on the way; this computer reconnects and reads it again.",
    ),
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
    "sync.device_revoked": QT_TRANSLATE_NOOP(
        "errors",
        "This device was removed from the chain by a manager. Its records stay on this computer. "
        "To sync again, ask a manager for a new enrollment code.",
    ),
    "sync.connection_replaced": QT_TRANSLATE_NOOP(
        "errors",
        "Another copy of this till connected to the hub with the same enrollment (a second window of "
        "Store Manager, or a copied computer), so this one stopped syncing. Its sales are kept here. "
        "Close the other copy: this one checks now and then and syncs again once it is gone.",
    ),
    "sync.device_in_use": QT_TRANSLATE_NOOP(
        "errors", "Another copy of this till is connected to the hub; this one waits until it is closed."
    ),
    "sync.sender_stalled": QT_TRANSLATE_NOOP(
        "errors",
        "This computer did not take what the hub sent for too long; it reconnects and carries on where it stopped.",
    ),
    "sync.certificate_mismatch": QT_TRANSLATE_NOOP(
        "errors",
        "The hub's security certificate is not the one this device knows, so nothing was sent to it. "
        "If the hub was replaced on purpose, ask a manager for a new enrollment code; otherwise call your IT contact.",
    ),
    "sync.insecure_url": QT_TRANSLATE_NOOP(
        "errors",
        "The hub address {url} is not encrypted (ws://). Use its wss:// address: plain ws:// works only on this computer.",
    ),
    "sync.bad_url": QT_TRANSLATE_NOOP(
        "errors", "{url} is not a hub address. A hub address looks like wss://backoffice:8765."
    ),
    "sync.tls_required": QT_TRANSLATE_NOOP(
        "errors", "The hub serves on {host} only with a certificate (--cert and --key)."
    ),
    "sync.tls_files": QT_TRANSLATE_NOOP(
        "errors", "The hub's certificate {cert} or key {key} cannot be used: {detail}"
    ),
    "enroll.code_invalid": QT_TRANSLATE_NOOP(
        "errors", "The hub does not know this enrollment code. Check it, or ask the manager for a new one."
    ),
    "enroll.code_used": QT_TRANSLATE_NOOP(
        "errors",
        "This enrollment code has already been used. A code enrols one device: ask the manager for a new one.",
    ),
    "enroll.code_expired": QT_TRANSLATE_NOOP(
        "errors", "This enrollment code has expired. Ask the manager for a new one."
    ),
    "enroll.code_format": QT_TRANSLATE_NOOP(
        "errors",
        "That is not an enrollment code. A code has 12 or 24 letters and digits, such as ABCD-EFGH-JKLM-NPQR-STUV-WXYZ.",
    ),
    "enroll.not_allowed": QT_TRANSLATE_NOOP(
        "errors", "Only a manager's device may create enrollment codes, and only for its own store."
    ),
    "enroll.unknown_store": QT_TRANSLATE_NOOP("errors", "The hub has no store {store}."),
    "enroll.store_required": QT_TRANSLATE_NOOP("errors", "A counter PC belongs to a store: choose one."),
    "enroll.bad_role": QT_TRANSLATE_NOOP("errors", "{role} is not a kind of device this app knows."),
    "enroll.bad_ttl": QT_TRANSLATE_NOOP("errors", "A code must be valid for between 5 minutes and 7 days."),
    "enroll.device_exists": QT_TRANSLATE_NOOP("errors", "A device called {device_id} is already enrolled."),
    "credentials.no_backend": QT_TRANSLATE_NOOP(
        "errors",
        "This computer has no usable password store ({backend}), so the device key cannot be kept safely. "
        "Install or unlock the system keyring; the key is never written to a plain file.",
    ),
    "credentials.backend_failed": QT_TRANSLATE_NOOP(
        "errors", "The system keyring did not work ({backend}): {detail}. Unlock it and try again."
    ),
    "usb.no_backend": QT_TRANSLATE_NOOP(
        "errors",
        "The USB library (libusb) is missing, so USB printers and scanners cannot be used. Scanners that type like a keyboard still work. See the hardware guide.",
    ),
    "usb.not_found": QT_TRANSLATE_NOOP(
        "errors",
        "The USB device {device} is not connected. Check the cable and the power, then refresh the list in Settings, Devices.",
    ),
    "usb.permission": QT_TRANSLATE_NOOP(
        "errors",
        "This computer's user may not open the USB device {device}. On Linux, install the udev rule that comes with the app (99-store-manager-usb.rules) and add the user to the plugdev group; see the hardware guide.",
    ),
    "usb.busy": QT_TRANSLATE_NOOP(
        "errors",
        "The USB device {device} is in use by another driver or program (a system print queue such as CUPS, or another copy of this app). Remove it from the system's printers or close the other program, then try again.",
    ),
    "usb.io": QT_TRANSLATE_NOOP(
        "errors",
        "The USB device {device} reported an error ({detail}). Unplug it, plug it in again and retry.",
    ),
    "printer.not_chosen": QT_TRANSLATE_NOOP(
        "errors", "No receipt printer is chosen yet. Choose one in Settings, Devices."
    ),
    "printer.timeout": QT_TRANSLATE_NOOP(
        "errors",
        "The printer {device} did not answer in time. Nothing was printed: check that it is on and has paper, then print again.",
    ),
    "printer.timeout_partial": QT_TRANSLATE_NOOP(
        "errors",
        "The printer {device} stopped answering while printing {job}; the slip may be incomplete. It is not sent again by itself: check the paper and the cover, then reprint it as a copy if needed.",
    ),
    "printer.interrupted": QT_TRANSLATE_NOOP(
        "errors",
        "Slip {job} had already gone to the printer when it stopped answering, so it is not printed again. Reprint it as a copy if it did not come out whole.",
    ),
    "printer.paper_out": QT_TRANSLATE_NOOP(
        "errors", "The printer {device} is out of paper. Put in a new roll and print again."
    ),
    "printer.cover_open": QT_TRANSLATE_NOOP(
        "errors", "The cover of the printer {device} is open. Close it and print again."
    ),
    "printer.offline": QT_TRANSLATE_NOOP(
        "errors",
        "The printer {device} is offline or shows an error. Check the paper, the cover and its error light, then print again.",
    ),
    "printer.system_failed": QT_TRANSLATE_NOOP(
        "errors", "The system printer {printer} could not print. Check it in the system's printer settings."
    ),
    "pdf.write_failed": QT_TRANSLATE_NOOP(
        "errors", "Cannot write the PDF {path}. Choose another folder or file name."
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
    "import.too_big": QT_TRANSLATE_NOOP(
        "errors", "The file is larger than {max} MB. Split it into smaller files."
    ),
    "import.unreadable": QT_TRANSLATE_NOOP("errors", "The file cannot be read: {detail}."),
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
    "staff.added": QT_TRANSLATE_NOOP("kinds", "Staff added"),
    "staff.changed": QT_TRANSLATE_NOOP("kinds", "Staff changed"),
    "staff.pin_set": QT_TRANSLATE_NOOP("kinds", "PIN set"),
    "staff.active_set": QT_TRANSLATE_NOOP("kinds", "Staff activated or deactivated"),
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

    # Every catalogue any instance installed and has not removed (tests sharing one app reset from it):
    # an instance can be collected while its translators, children of the application, stay installed.
    installed: list[QTranslator] = []

    @classmethod
    def remove_all(cls, app: QCoreApplication) -> None:
        for t in cls.installed:
            app.removeTranslator(t)
        cls.installed.clear()

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.lang = "en"
        self._translators: list[QTranslator] = []

    def remove(self) -> None:
        """Take this object's catalogues off the application (tests share one QApplication)."""
        self._uninstall()

    def _uninstall(self) -> None:
        for t in self._translators:
            self.app.removeTranslator(t)
            if t in Translations.installed:
                Translations.installed.remove(t)
        self._translators.clear()

    def switch(self, lang: str) -> bool:
        if lang not in LANGUAGES:
            lang = "en"
        self._uninstall()
        translator = QTranslator(self.app)
        path = resource("translations", f"store_manager_{lang}.qm")
        ok = translator.load(str(path))
        if ok:
            self.app.installTranslator(translator)
            self._translators.append(translator)
            Translations.installed.append(translator)
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
                Translations.installed.append(qt)
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
