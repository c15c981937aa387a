"""Domain errors carry a stable code; the desktop translates the code at the edge."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A failure a user can understand, identified by a dotted code such as ``catalogue.unknown_barcode``.

    Parameters travel with the code so the translated message can say which barcode, how many, etc.
    """

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        if not self.params:
            return self.code
        detail = ", ".join(f"{k}={v!r}" for k, v in sorted(self.params.items()))
        return f"{self.code} ({detail})"


# Every code the core, hub and sync client can raise or send, but those a feature module declares with
# ``core.registry.register_errors`` (``core.registry.error_codes()`` is all of them). A test checks each
# has a translation.
ERROR_CODES: tuple[str, ...] = (
    "db.corrupt",
    "db.unwritable",
    "db.locked",
    "db.newer_schema",
    "import.empty_file",
    "import.bad_encoding",
    "import.bad_csv",
    "import.bad_xlsx",
    "import.missing_column",
    "import.unknown_column",
    "import.duplicate_column",
    "import.unknown_store",
    "import.other_store",
    "import.too_many_rows",
    "import.no_rows",
    "import.missing_value",
    "import.too_long",
    "import.bad_sku",
    "import.duplicate_sku",
    "import.bad_price",
    "import.bad_barcode",
    "import.bad_check_digit",
    "import.duplicate_barcode",
    "import.barcode_taken",
    "import.bad_quantity",
    "import.has_problems",
    "import.too_big",
    "import.unreadable",
    "catalogue.unknown_barcode",
    "catalogue.invalid_barcode",
    "catalogue.unknown_sku",
    "sale.empty_basket",
    "sale.bad_quantity",
    "stock.unknown_store",
    "event.malformed",
    "event.unknown_kind",
    "event.wrong_store",
    "event.conflict",
    "event.out_of_range",
    "event.unknown_field",
    "event.too_large",
    "event.unknown_sku",
    "event.unknown_store",
    "staff.unknown",
    "event.unstorable",
    "event.seq_reused",
    "sync.hub_unreachable",
    "sync.protocol",
    "sync.log_gap",
    "sync.auth_failed",
    "sync.hello_timeout",
    "sync.message_too_big",
    "sync.unsupported_version",
    "sync.internal",
    "sync.device_revoked",
    "sync.connection_replaced",
    "sync.device_in_use",
    "sync.sender_stalled",
    "sync.certificate_mismatch",
    "sync.insecure_url",
    "sync.bad_url",
    "sync.tls_required",
    "sync.tls_files",
    "enroll.code_invalid",
    "enroll.code_used",
    "enroll.code_expired",
    "enroll.code_format",
    "enroll.not_allowed",
    "enroll.unknown_store",
    "enroll.store_required",
    "enroll.bad_role",
    "enroll.bad_ttl",
    "enroll.device_exists",
    "credentials.no_backend",
    "credentials.backend_failed",
    "usb.no_backend",
    "usb.not_found",
    "usb.permission",
    "usb.busy",
    "usb.io",
    "printer.not_chosen",
    "printer.timeout",
    "printer.timeout_partial",
    "printer.interrupted",
    "printer.paper_out",
    "printer.cover_open",
    "printer.offline",
    "printer.system_failed",
    "pdf.write_failed",
    "staff.pin_format",
    "staff.pin_wrong",
    "staff.pin_locked",
    "staff.not_allowed",
    "staff.manage_not_allowed",
    "staff.other_store",
    "staff.outranks",
    "staff.role_too_high",
    "staff.limit_too_high",
    "staff.self",
    "staff.name_missing",
    "staff.name_too_long",
    "staff.store_needed",
    "staff.pin_mismatch",
    "staff.pin_taken",
    "staff.unknown",
    "staff.pin_needed_to_move",
    "sale.bad_tender",
    "sale.bad_amount",
    "sale.overpaid_non_cash",
    "sale.already_paid",
    "sale.price_changed",
    "sale.bad_discount",
    "sale.discount_needs_approval",
    "sale.underpaid",
    "event.not_allowed",
)
