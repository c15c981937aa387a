"""Finding products: by scanned code, by SKU, or by text in any of the three languages."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Annotated, Any
from weakref import WeakKeyDictionary

import msgspec
from msgspec import Meta
from sqlalchemy import Select, delete, insert, literal_column, or_, select
from sqlalchemy import table as sql_table
from sqlalchemy import text as sql_text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from core.errors import DomainError
from core.events import Avos, LongName, Name, Phone, Sku, StoreId
from core.models import Barcode, Product, Store
from core.names import ThreeNames
from core.registry import Area, Kind, Scope, register

# -- facts ----------------------------------------------------------------------------------------


class StoreUpserted(msgspec.Struct, frozen=True):
    store_id: StoreId
    name_zh: Name
    name_en: Name
    name_pt: Name
    latitude: Annotated[float, Meta(ge=-90, le=90)] | None = None
    longitude: Annotated[float, Meta(ge=-180, le=180)] | None = None
    active: bool = True
    address_zh: LongName = ""  # printed on receipts; absent in events written before it existed
    address_pt: LongName = ""
    phone: Phone = ""


class ProductUpserted(msgspec.Struct, frozen=True):
    sku: Sku
    name_zh: LongName
    name_en: LongName
    name_pt: LongName
    price_avos: Avos
    barcodes: Annotated[list[Annotated[str, Meta(min_length=1, max_length=32)]], Meta(max_length=50)] = []
    category: Annotated[str, Meta(max_length=40)] = ""
    active: bool = True


@dataclass(frozen=True)
class ProductRow(ThreeNames):
    sku: str
    name_zh: str
    name_en: str
    name_pt: str
    price_avos: int
    category: str


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


def names_of(session: Session, skus: Iterable[str], lang: str) -> dict[str, str]:
    """The names in ``lang`` of these products and of every store, by SKU and store id (for lists
    that must show names, never codes)."""
    wanted = sorted(set(skus))
    names: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        rows = session.scalars(select(Product).where(Product.sku.in_(wanted[start : start + 500])))
        names |= {p.sku: _row(p).name(lang) for p in rows}
    names |= {s.store_id: s.name(lang) for s in session.scalars(select(Store))}
    return names


def get_product(session: Session, sku: str) -> ProductRow:
    product = session.get(Product, sku)
    if product is None:
        raise DomainError("catalogue.unknown_sku", sku=sku)
    return _row(product)


def search_products(session: Session, text: str, limit: int = 50) -> list[ProductRow]:
    """Products whose names (any language), SKU or barcodes contain every word of ``text``.

    Words of three characters or more are first looked up in the trigram index (``product_search``,
    SQLite), so a rare word does not scan the whole catalogue; the LIKE filter decides in every case.
    """
    words = text.casefold().split()
    stmt = select(Product).where(Product.active.is_(True))
    for word in words:
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = stmt.where(Product.search_text.like(f"%{escaped}%", escape="\\"))
    indexed = [w for w in words if len(w) >= 3]
    if indexed and has_search_index(session):
        # The word with the fewest hits in the trigram index narrows the rows to look at, unless even
        # it is so common that the scan in SKU order below reaches ``limit`` matches sooner.
        hits = {w: _index_hits(session, w) for w in indexed}
        word = min(indexed, key=hits.__getitem__)
        if hits[word] <= COMMON_WORD_HITS:
            candidates: Select[int] = (
                select(literal_column("rowid"))
                .select_from(sql_table("product_search"))
                .where(sql_text("product_search MATCH :phrase").bindparams(phrase=_phrase(word)))
            )
            stmt = stmt.where(literal_column("products.rowid").in_(candidates))
    # Enough candidates that ranking (whole words first) picks the best, not the first SKUs, of them.
    found = session.scalars(stmt.order_by(Product.sku).limit(max(limit, RANKED_CANDIDATES))).all()
    ranked = sorted(found, key=lambda p: -match_rank(p.search_text, words))  # stable: SKU order in a tie
    return [_row(p) for p in ranked[:limit]]


RANKED_CANDIDATES = 500


def _joins_word(ch: str) -> bool:
    """True if ``ch`` continues a word (a Latin letter or digit); CJK text has no spaces to bound it."""
    return ch.isalnum() and ord(ch) < 0x2E80


def match_rank(haystack: str, words: Sequence[str]) -> int:
    """How well a product's search text matches typed (case-folded) words: 2 per word found as a whole
    word, 1 as the start of one, 0 inside one (a digit run inside a barcode). "jasmine 100" puts the
    100 ml bottles before the 30 ml one, whose barcode merely contains 100."""
    rank = 0
    for word in words:
        best, start = 0, haystack.find(word)
        while start >= 0 and best < 2:
            end = start + len(word)
            if start == 0 or not _joins_word(haystack[start - 1]):
                best = max(best, 1 if end < len(haystack) and _joins_word(haystack[end]) else 2)
            start = haystack.find(word, start + 1)
        rank += best
    return rank


COMMON_WORD_HITS = 10_000
_SEARCH_INDEX: WeakKeyDictionary[object, bool] = WeakKeyDictionary()


def _phrase(word: str) -> str:
    """A word as an FTS5 phrase: with the trigram tokenizer, rows that contain it as a substring."""
    return '"' + word.replace('"', '""') + '"'


def _index_hits(session: Session, word: str) -> int:
    """How many rows of the trigram index hold ``word`` (counted up to COMMON_WORD_HITS + 1)."""
    stmt = sql_text(
        "SELECT count(*) FROM (SELECT 1 FROM product_search WHERE product_search MATCH :phrase LIMIT :cap)"
    )
    return int(session.execute(stmt, {"phrase": _phrase(word), "cap": COMMON_WORD_HITS + 1}).scalar_one())


def has_search_index(session: Session) -> bool:
    """True on a SQLite replica whose schema has the trigram index (looked up once per engine)."""
    bind = session.get_bind()
    if bind.dialect.name != "sqlite":
        return False
    key = getattr(bind, "engine", bind)
    if key not in _SEARCH_INDEX:
        found = session.execute(
            sql_text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'product_search'")
        ).first()
        _SEARCH_INDEX[key] = found is not None
    return _SEARCH_INDEX[key]


def product_search_text(p: ProductUpserted) -> str:
    """Lower-cased names, SKU and barcodes in one string: search in any language with one LIKE."""
    return " ".join([p.sku, p.name_zh, p.name_en, p.name_pt, *p.barcodes]).casefold()


def upsert_products(session: Session, payloads: Sequence[ProductUpserted]) -> None:
    """Apply product facts in order, in bulk: the same end state as applying them one by one.

    Per SKU the newest fact wins. A barcode belongs to the product of the newest fact that names it,
    if that fact is still its product's newest (a later fact of that product without it drops it).
    """
    if not payloads:
        return
    newest = {p.sku: i for i, p in enumerate(payloads)}
    named: dict[str, int] = {}
    for i, p in enumerate(payloads):
        for code in p.barcodes:
            named[code] = i
    owners = {code: payloads[i].sku for code, i in named.items() if newest[payloads[i].sku] == i}
    rows = [
        {
            "sku": p.sku,
            "category": p.category,
            "name_zh": p.name_zh,
            "name_en": p.name_en,
            "name_pt": p.name_pt,
            "price_avos": p.price_avos,
            "active": p.active,
            "search_text": product_search_text(p),
        }
        for p in (payloads[i] for i in sorted(newest.values()))
    ]
    table = Product.__table__
    upsert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    skus, codes = list(newest), list(named)
    for start in range(0, max(len(skus), len(codes)), 400):
        session.execute(
            delete(Barcode).where(
                or_(Barcode.sku.in_(skus[start : start + 400]), Barcode.code.in_(codes[start : start + 400]))
            )
        )
    for start in range(0, len(rows), 2000):
        stmt = upsert(table)
        stmt = stmt.on_conflict_do_update(
            index_elements=["sku"],
            set_={c: stmt.excluded[c] for c in rows[0] if c != "sku"},
        )
        session.execute(stmt, rows[start : start + 2000])
    if owners:
        session.execute(insert(Barcode.__table__), [{"code": c, "sku": s} for c, s in owners.items()])
    # Rows loaded earlier in this transaction would otherwise show the old names and prices.
    for obj in list(session.identity_map.values()):
        if isinstance(obj, Product | Barcode):
            session.expire(obj)


def store_name(session: Session, store_id: str, lang: str) -> str:
    """A store's name in ``lang`` for a screen or a slip (its id where this replica does not know it)."""
    store = session.get(Store, store_id)
    return store.name(lang) if store is not None else store_id


def store_contact(session: Session, store_id: str) -> tuple[str, str]:
    """The address (Chinese, then Portuguese, as Macau writes it) and phone a receipt carries."""
    store = session.get(Store, store_id)
    if store is None:
        return "", ""
    return "\n".join(a for a in (store.address_zh, store.address_pt) if a), store.phone


# -- projection ------------------------------------------------------------------------------------


def upsert_store(session: Session, payload: StoreUpserted) -> None:
    session.merge(
        Store(
            store_id=payload.store_id,
            name_zh=payload.name_zh,
            name_en=payload.name_en,
            name_pt=payload.name_pt,
            latitude=payload.latitude,
            longitude=payload.longitude,
            active=payload.active,
            address_zh=payload.address_zh,
            address_pt=payload.address_pt,
            phone=payload.phone,
        )
    )


def upsert_product(session: Session, payload: ProductUpserted) -> None:
    """One product fact on its own (``upsert_products`` does a batch of them with the same result)."""
    session.merge(
        Product(
            sku=payload.sku,
            category=payload.category,
            name_zh=payload.name_zh,
            name_en=payload.name_en,
            name_pt=payload.name_pt,
            price_avos=payload.price_avos,
            active=payload.active,
            search_text=product_search_text(payload),
        )
    )
    session.flush()
    session.execute(delete(Barcode).where(Barcode.sku == payload.sku))
    for code in payload.barcodes:
        # A barcode moved from another product follows the newest fact.
        existing = session.get(Barcode, code)
        if existing is not None:
            session.delete(existing)
            session.flush()
        session.add(Barcode(code=code, sku=payload.sku))


def _apply_store(session: Session, _record: Any, payload: StoreUpserted, _batch: Any) -> None:
    upsert_store(session, payload)


def _apply_product(_session: Session, _record: Any, payload: ProductUpserted, batch: Any) -> None:
    batch.later(upsert_products, payload)  # in order, in bulk at the end of the batch: the newest wins


def _remember_sku(hub: Any, _record: Any, payload: ProductUpserted) -> None:
    hub.state.new_names["sku"].add(payload.sku)  # later facts of the same group may name it


def _remember_store(hub: Any, _record: Any, payload: StoreUpserted) -> None:
    hub.state.new_names["store"].add(payload.store_id)


register(
    Kind(
        "store.upserted",
        StoreUpserted,
        Scope.CHAIN,
        _apply_store,
        areas=frozenset({Area.STORES}),
        hub_remember=_remember_store,
    ),
    Kind(
        "product.upserted",
        ProductUpserted,
        Scope.CHAIN,
        _apply_product,
        areas=frozenset({Area.CATALOGUE}),
        hub_remember=_remember_sku,
    ),
)
# -- use cases for screens --


def lookup_code(
    session: Session, code: str, store_id: str | None
) -> ProductRow | list[tuple[ProductRow, int]]:
    """What the Counter's scan field found: the product of a barcode or SKU, else of the words of a
    name; several names match: each with this store's stock, so the cashier picks the one on the shelf.
    A numeric code that matches nothing stays ``catalogue.unknown_barcode`` (a misread, not a name)."""
    from core.stock import stock_levels  # core.stock imports this module

    try:
        return find_by_code(session, code)
    except DomainError as exc:
        if exc.code != "catalogue.unknown_barcode" or code.isdigit():
            raise
        matches = search_products(session, code, limit=20)
        if not matches:
            raise
        if len(matches) == 1:
            return matches[0]
        here = store_id or ""
        levels = stock_levels(session, [(here, p.sku) for p in matches])
        return [(p, levels[(here, p.sku)]) for p in matches]
