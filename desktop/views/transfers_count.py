"""What is being packed or received on the Transfers screen, scan by scan, before it is recorded."""

from __future__ import annotations

from core.transfers import ReceiptLine, TransferLineView


class TransferCount:
    """``mode`` "pack": units packed per SKU; "receive": per SKU [received, damaged, missing] and the
    reason for the damaged ones; "": nothing being counted."""

    def __init__(self, mode: str = "") -> None:
        self.mode = mode
        self.counts: dict[str, list[int]] = {}
        self.reasons: dict[str, str] = {}
        self.extra: dict[str, str] = {}  # packed items that were not asked for: sku -> name

    def packed(self, sku: str, name: str) -> None:
        self.counts.setdefault(sku, [0])[0] += 1
        self.extra.setdefault(sku, name)

    def arrived(self, line: TransferLineView | None) -> str | None:
        """One unit of ``line`` scanned as received; an error code if it cannot be."""
        if line is None or not line.in_transit:
            return "transfer.not_sent"
        counted = self.counts.setdefault(line.sku, [0, 0, 0])
        if sum(counted) >= line.in_transit:
            return "transfer.too_many"
        counted[0] += 1
        return None

    def room(self, line: TransferLineView) -> int:
        """Units of ``line`` that may still be marked damaged or missing (not scanned as received)."""
        return line.in_transit - self.counts.get(line.sku, [0, 0, 0])[0]

    def damaged(self, line: TransferLineView, qty: int, reason: str) -> None:
        counted, room = self.counts.setdefault(line.sku, [0, 0, 0]), self.room(line)
        counted[1], self.reasons[line.sku] = min(qty, room), reason
        counted[2] = min(counted[2], room - counted[1])

    def missing(self, line: TransferLineView, qty: int) -> None:
        counted = self.counts.setdefault(line.sku, [0, 0, 0])
        counted[2] = min(qty, self.room(line) - counted[1])

    def pack_lines(self) -> list[tuple[str, int]]:
        return [(sku, c[0]) for sku, c in self.counts.items() if c[0]]

    def receipt_lines(self) -> list[ReceiptLine]:
        return [
            ReceiptLine(sku, c[0], c[1], c[2], self.reasons.get(sku, "")[:80])
            for sku, c in self.counts.items()
            if any(c)
        ]
