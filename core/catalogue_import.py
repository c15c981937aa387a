"""Importing the catalogue from a CSV or Excel file: every problem reported before anything is written,
then all products written in one transaction, or nothing.

Columns (header row, any order, case-insensitive):

    sku, barcodes, name_zh, name_en, name_pt, price_mop, category, stock:<STORE-ID> ...

``sku``, ``name_zh``, ``name_en`` and ``price_mop`` are required. ``barcodes`` holds one or more codes
separated by ``;`` or spaces. ``name_pt`` falls back to ``name_en``. ``price_mop`` is patacas
(``128.50``, ``MOP 1,280``). Each ``stock:MO-SEN`` column is opening stock at that store (it must
exist). CSV may be UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text") or Big5-HKSCS; the
report says which was read. ``.xlsx`` is read with openpyxl (first sheet).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from core.catalogue import ProductUpserted, ean_check_digit, normalise_code
from core.clock import Clock, SystemClock
from core.errors import DomainError
from core.events import EventRecord, payload_dict
from core.ids import new_id
from core.models import Barcode, Event, Product, ReplicaState, Store
from core.projection import Changes, apply_batch
from core.replica import Till, event_row, replica_state
from core.staff import Permission, authorise
from core.stock import StockLine, StockReceived

COLUMNS = ("sku", "barcodes", "name_zh", "name_en", "name_pt", "price_mop", "category")
REQUIRED = ("sku", "name_zh", "name_en", "price_mop")
ALIASES = {"barcode": "barcodes", "price": "price_mop", "price (mop)": "price_mop", "ean": "barcodes"}
STOCK_PREFIX = "stock:"
MAX_ROWS = 100_000
MAX_PRICE_AVOS = 100_000_000  # MOP 1,000,000: above it a price is a typo
MAX_STOCK = 100_000
LIMITS = {"sku": 40, "name_zh": 200, "name_en": 200, "name_pt": 200, "category": 40}
GTIN_LENGTHS = (8, 12, 13, 14)
_SKU = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]*$")
_CODE = re.compile(r"^[A-Za-z0-9._/-]+$")


@dataclass(frozen=True)
class Problem:
    """Something wrong with the file: row 1 is the header, 0 the whole file; ``code`` is translated."""

    row: int
    column: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportPlan:
    """What the file would do, and every problem in it. Only a plan without problems is imported."""

    encoding: str  # "UTF-8", "UTF-8 (BOM)", "UTF-16", "Big5-HKSCS", "Excel"
    rows: int  # data rows read (blank rows not counted)
    products: tuple[ProductUpserted, ...]
    opening: dict[str, tuple[StockLine, ...]]  # store -> opening stock lines
    problems: tuple[Problem, ...]
    new: int = 0  # products not yet in the catalogue (the rest are updates)

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.products)


@dataclass(frozen=True)
class ImportDone:
    products: int
    receipts: int
    changes: Changes


# -- reading the file ---------------------------------------------------------------------------------


def read_rows(data: bytes, filename: str = "") -> tuple[str, list[list[str]]]:
    """The file's cells as text rows, and the encoding it was read with.

    ``import.empty_file``, ``import.bad_encoding``, ``import.bad_xlsx`` for files that cannot be read.
    """
    if not data.strip():
        raise DomainError("import.empty_file")
    if data.startswith(b"PK\x03\x04") or filename.lower().endswith((".xlsx", ".xlsm")):
        return "Excel", _xlsx_rows(data)
    encoding, text = _decode(data)
    return encoding, _csv_rows(text)


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return "UTF-8 (BOM)", data[3:].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DomainError("import.bad_encoding") from exc
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return "UTF-16", data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DomainError("import.bad_encoding") from exc
    for name, codec in (("UTF-8", "utf-8"), ("Big5-HKSCS", "big5hkscs")):
        try:
            return name, data.decode(codec)
        except UnicodeDecodeError:
            continue
    raise DomainError("import.bad_encoding")


def _csv_rows(text: str) -> list[list[str]]:
    if "\x00" in text:
        raise DomainError("import.bad_encoding")
    first = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)
    try:
        return [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error as exc:
        raise DomainError("import.bad_csv", detail=str(exc)) from exc


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))  # a barcode or a whole price typed as a number
    return str(value).strip()


def _xlsx_rows(data: bytes) -> list[list[str]]:
    try:
        from openpyxl import load_workbook

        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheet = book.worksheets[0]
            return [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        finally:
            book.close()
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, IndexError, TypeError) as exc:
        raise DomainError("import.bad_xlsx", detail=type(exc).__name__) from exc
    except Exception as exc:  # openpyxl raises its own errors for broken workbooks
        raise DomainError("import.bad_xlsx", detail=type(exc).__name__) from exc


# -- checking -----------------------------------------------------------------------------------------


def parse_price(text: str) -> int:
    """``"128.50"``, ``"MOP 1,280"``, ``"128,5"`` → avos. ValueError for anything else."""
    cleaned = re.sub(r"(?i)^\s*(mop\s*\$?|\$)\s*", "", text).replace(" ", "").replace("\u00a0", "")
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(",", "")
    elif "," in cleaned:
        head, _, tail = cleaned.rpartition(",")
        cleaned = f"{head.replace(',', '')}.{tail}" if len(tail) in (1, 2) else cleaned.replace(",", "")
    if not re.fullmatch(r"\d+(\.\d{1,2})?", cleaned):
        raise ValueError(text)
    try:
        return int(Decimal(cleaned) * 100)
    except InvalidOperation as exc:
        raise ValueError(text) from exc


def split_codes(text: str) -> list[str]:
    return [normalise_code(c) for c in re.split(r"[;,|\s]+", text) if normalise_code(c)]


def barcode_problem(code: str) -> tuple[str, dict[str, Any]] | None:
    """Why a barcode cannot be used, or None. Numbers must be EAN/UPC with a right check digit."""
    if len(code) > 32 or not _CODE.match(code):
        return "import.bad_barcode", {"code": code}
    if code.isdigit():
        if len(code) not in GTIN_LENGTHS:
            return "import.bad_barcode", {"code": code}
        digit = ean_check_digit(code[:-1])
        if digit != int(code[-1]):
            return "import.bad_check_digit", {"code": code, "digit": digit}
    return None


def _header(cells: Sequence[str]) -> list[str]:
    names = []
    for raw in cells:
        name = raw.strip().lstrip("\ufeff").strip()
        lowered = name.lower()
        if lowered.startswith(STOCK_PREFIX):
            names.append(STOCK_PREFIX + name[len(STOCK_PREFIX) :].strip().upper())
        else:
            names.append(ALIASES.get(lowered, lowered))
    return names


def check_rows(
    rows: list[list[str]],
    encoding: str,
    *,
    stores: Iterable[str],
    own_store: str | None = None,
    taken_barcodes: dict[str, str] | None = None,
    existing_skus: Iterable[str] = (),
) -> ImportPlan:
    """Check every cell; pure. ``taken_barcodes``: code -> SKU already in the catalogue;
    ``own_store``: a store device may give opening stock for its own store only."""
    taken = taken_barcodes or {}
    known_stores = set(stores)
    problems: list[Problem] = []

    def problem(row: int, where: str, code: str, /, **params: Any) -> None:
        problems.append(Problem(row, where, code, params))

    while rows and not any(c.strip() for c in rows[-1]):
        rows = rows[:-1]
    if not rows:
        raise DomainError("import.empty_file")
    header = _header(rows[0])
    seen_columns: set[str] = set()
    refused_stores: set[str] = set()
    for name, raw in zip(header, rows[0], strict=True):
        if not name:
            continue
        if name in seen_columns:
            problem(1, raw, "import.duplicate_column", column=raw)
        seen_columns.add(name)
        if name.startswith(STOCK_PREFIX):
            store = name[len(STOCK_PREFIX) :]
            if store not in known_stores:
                problem(1, raw, "import.unknown_store", store=store, column=raw)
                refused_stores.add(store)
            elif own_store is not None and store != own_store:
                problem(1, raw, "import.other_store", store=store, own=own_store)
                refused_stores.add(store)
        elif name not in COLUMNS:
            problem(1, raw, "import.unknown_column", column=raw)
    for name in REQUIRED:
        if name not in seen_columns:
            problem(1, name, "import.missing_column", column=name)
    data = rows[1:]
    if len(data) > MAX_ROWS:
        problem(0, "", "import.too_many_rows", rows=len(data), max=MAX_ROWS)
    if any(p.code in ("import.missing_column", "import.too_many_rows") for p in problems):
        # Without the required columns every row would only repeat the same complaint.
        return ImportPlan(encoding, len(data), (), {}, tuple(problems))

    col = {name: i for i, name in enumerate(header) if name}
    stock_cols = [
        (name[len(STOCK_PREFIX) :], i)
        for name, i in col.items()
        if name.startswith(STOCK_PREFIX) and name[len(STOCK_PREFIX) :] not in refused_stores
    ]
    existing = set(existing_skus)
    first_sku: dict[str, int] = {}
    first_code: dict[str, int] = {}
    products: list[ProductUpserted] = []
    opening: dict[str, list[StockLine]] = {}
    counted = 0
    for n, cells in enumerate(data, start=2):
        if not any(c.strip() for c in cells):
            continue
        counted += 1
        before = len(problems)

        def get(name: str, cells: list[str] = cells) -> str:
            i = col.get(name)
            return cells[i].strip() if i is not None and i < len(cells) else ""

        sku = get("sku")
        if not sku:
            problem(n, "sku", "import.missing_value", column="sku")
        elif len(sku) > LIMITS["sku"] or not _SKU.match(sku):
            problem(n, "sku", "import.bad_sku", sku=sku)
        elif sku in first_sku:
            problem(n, "sku", "import.duplicate_sku", sku=sku, first=first_sku[sku])
        else:
            first_sku[sku] = n
        for name in ("name_zh", "name_en", "name_pt", "category"):
            value = get(name)
            if not value and name in REQUIRED:
                problem(n, name, "import.missing_value", column=name)
            elif len(value) > LIMITS[name]:
                problem(n, name, "import.too_long", column=name, max=LIMITS[name])
        price_text = get("price_mop")
        price = 0
        if not price_text:
            problem(n, "price_mop", "import.missing_value", column="price_mop")
        else:
            try:
                price = parse_price(price_text)
                if price > MAX_PRICE_AVOS:
                    raise ValueError(price_text)
            except ValueError:
                problem(n, "price_mop", "import.bad_price", value=price_text)
        codes = split_codes(get("barcodes"))
        for code in codes:
            bad = barcode_problem(code)
            if bad is not None:
                problem(n, "barcodes", bad[0], **bad[1])
            elif code in first_code:
                problem(n, "barcodes", "import.duplicate_barcode", code=code, first=first_code[code])
            elif taken.get(code, sku) != sku:
                problem(n, "barcodes", "import.barcode_taken", code=code, sku=taken[code])
            else:
                first_code[code] = n
        stock: list[tuple[str, int]] = []
        for store, i in stock_cols:
            text = cells[i].strip() if i < len(cells) else ""
            if not text:
                continue
            whole = re.fullmatch(r"(\d{1,9})(\.0*)?", text)  # "12", or "12.0" from a spreadsheet
            qty = int(whole.group(1)) if whole else -1
            if not 0 <= qty <= MAX_STOCK:
                problem(n, STOCK_PREFIX + store, "import.bad_quantity", value=text, store=store)
                continue
            if qty:
                stock.append((store, qty))
        if len(problems) > before:
            continue
        products.append(
            ProductUpserted(
                sku=sku,
                name_zh=get("name_zh"),
                name_en=get("name_en"),
                name_pt=get("name_pt") or get("name_en"),
                price_avos=price,
                barcodes=codes,
                category=get("category"),
            )
        )
        for store, qty in stock:
            opening.setdefault(store, []).append(StockLine(sku, qty))
    if counted == 0:
        problem(0, "", "import.no_rows")
    return ImportPlan(
        encoding,
        counted,
        tuple(products),
        {store: tuple(lines) for store, lines in opening.items()},
        tuple(problems),
        new=sum(p.sku not in existing for p in products),
    )


def plan_import(session: Session, data: bytes, filename: str, own_store: str | None) -> ImportPlan:
    """Read and check a file against this replica's stores and catalogue; writes nothing.
    A file that cannot be read at all gives a plan with that one problem."""
    try:
        encoding, rows = read_rows(data, filename)
    except DomainError as exc:
        return ImportPlan("", 0, (), {}, (Problem(0, "", exc.code, exc.params),))
    stores = session.scalars(select(Store.store_id)).all()
    taken: dict[str, str] = {code: sku for code, sku in session.execute(select(Barcode.code, Barcode.sku))}
    skus = session.scalars(select(Product.sku)).all()
    try:
        return check_rows(
            rows, encoding, stores=stores, own_store=own_store, taken_barcodes=taken, existing_skus=skus
        )
    except DomainError as exc:
        return ImportPlan(encoding, 0, (), {}, (Problem(0, "", exc.code, exc.params),))


# -- writing ------------------------------------------------------------------------------------------


def import_catalogue(
    session: Session, till: Till, data: bytes, filename: str, pin: str, clock: Clock | None = None
) -> ImportDone:
    """Check the file again inside this transaction and write every product as a ``product.upserted``
    fact (and opening stock as ``stock.received``), all in the caller's transaction, or raise.

    ``staff.pin_wrong`` / ``staff.not_allowed`` (needs IMPORT_CATALOGUE), ``import.has_problems``.
    """
    authorise(session, till.store_id, pin, Permission.IMPORT_CATALOGUE)
    plan = plan_import(session, data, filename, till.store_id)
    if not plan.ok:
        raise DomainError("import.has_problems", count=len(plan.problems))
    facts: list[tuple[str, Any, str | None]] = [("product.upserted", p, None) for p in plan.products]
    for store, lines in sorted(plan.opening.items()):
        for start in range(0, len(lines), 500):
            receipt = StockReceived(new_id(), list(lines[start : start + 500]), note="opening stock (import)")
            facts.append(("stock.received", receipt, store))
    changes = emit_many(session, facts, clock=clock)
    return ImportDone(len(plan.products), len(facts) - len(plan.products), changes)


def emit_many(
    session: Session, facts: list[tuple[str, Any, str | None]], clock: Clock | None = None
) -> Changes:
    """Many local facts at once: seqs reserved with one UPDATE, rows and projection in bulk — what
    ``emit`` does one by one (a 50,000-product file would otherwise hold the write lock for minutes)."""
    state = replica_state(session)
    last = session.execute(
        update(ReplicaState)
        .where(ReplicaState.id == 1)
        .values(last_seq=ReplicaState.last_seq + len(facts))
        .returning(ReplicaState.last_seq)
    ).scalar_one()
    occurred = (clock or SystemClock()).now().isoformat(timespec="milliseconds")
    batch: list[tuple[EventRecord, Any]] = []
    for n, (kind, payload, store_id) in enumerate(facts):
        record = EventRecord(
            event_id=new_id(),
            device_id=state.device_id,
            seq=last - len(facts) + 1 + n,
            store_id=store_id if store_id is not None else state.store_id,
            kind=kind,
            occurred_at=occurred,
            payload=payload_dict(payload),
        )
        batch.append((record, payload))
    for start in range(0, len(batch), 2000):
        rows = [event_row(r, status="pending") for r, _ in batch[start : start + 2000]]
        session.execute(insert(Event.__table__), rows)
    return apply_batch(session, batch)


# -- use cases for screens --

MAX_FILE_BYTES = 64 * 1024 * 1024  # a catalogue file larger than this is refused before it is read


@dataclass(frozen=True)
class CheckedFile:
    """A catalogue file as read (imported later from these bytes, not the file again) and its plan."""

    data: bytes
    plan: ImportPlan


def check_catalogue_file(
    session: Session, path: Path, own_store: str | None, max_bytes: int = MAX_FILE_BYTES
) -> CheckedFile:
    """Read a file chosen on screen and check it: ``import.too_big`` or ``import.unreadable``."""
    try:
        if path.stat().st_size > max_bytes:
            raise DomainError("import.too_big", max=max_bytes // 1024 // 1024)
        data = path.read_bytes()
    except OSError as exc:
        raise DomainError("import.unreadable", detail=exc.strerror or type(exc).__name__) from exc
    return CheckedFile(data, plan_import(session, data, path.name, own_store))
