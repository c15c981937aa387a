"""Finding products: by scanned code, by SKU, or by text in any of the three languages."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.errors import DomainError
from core.models import Barcode, Product


@dataclass(frozen=True)
class ProductRow:
    sku: str
    name_zh: str
    name_en: str
    name_pt: str
    price_avos: int
    category: str

    def name(self, lang: str) -> str:
        return {"zh_Hant": self.name_zh, "pt": self.name_pt}.get(lang, self.name_en)


def ean_check_digit(body: str) -> int:
    """GS1 mod-10 check digit for the digits before it (EAN-8, UPC-A, EAN-13)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10


def is_valid_gtin(code: str) -> bool:
    return code.isdigit() and len(code) in (8, 12, 13, 14) and ean_check_digit(code[:-1]) == int(code[-1])


def normalise_code(raw: str) -> str:
    """What a scanner or a typing cashier gave us, without control characters and spaces."""
    return "".join(ch for ch in raw if ch.isprintable() and not ch.isspace())


def _row(p: Product) -> ProductRow:
    return ProductRow(p.sku, p.name_zh, p.name_en, p.name_pt, p.price_avos, p.category)


def find_by_code(session: Session, raw: str) -> ProductRow:
    """A barcode or SKU to its product.

    ``catalogue.invalid_barcode`` for a numeric code whose check digit is wrong (a misread),
    ``catalogue.unknown_barcode`` for a well-formed code the catalogue does not have.
    """
    code = normalise_code(raw)
    if not code:
        raise DomainError("catalogue.unknown_barcode", code=raw)
    product = session.scalar(
        select(Product).join(Barcode, Barcode.sku == Product.sku).where(Barcode.code == code)
    )
    if product is None:
        product = session.get(Product, code) or session.get(Product, code.upper())
    if product is not None:
        return _row(product)
    if code.isdigit() and len(code) in (8, 12, 13, 14) and not is_valid_gtin(code):
        raise DomainError("catalogue.invalid_barcode", code=code)
    raise DomainError("catalogue.unknown_barcode", code=code)


def get_product(session: Session, sku: str) -> ProductRow:
    product = session.get(Product, sku)
    if product is None:
        raise DomainError("catalogue.unknown_sku", sku=sku)
    return _row(product)


def search_products(session: Session, text: str, limit: int = 50) -> list[ProductRow]:
    """Products whose names (any language), SKU or barcodes contain every word of ``text``."""
    stmt = select(Product).where(Product.active.is_(True))
    for word in text.casefold().split():
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = stmt.where(Product.search_text.like(f"%{escaped}%", escape="\\"))
    return [_row(p) for p in session.scalars(stmt.order_by(Product.sku).limit(limit))]
