"""Catalogue import: every problem reported (row, column, reason) before anything is written; then all
products in one transaction, or nothing."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import func, select

from core.catalogue import ean_check_digit, find_by_code
from core.catalogue_import import (
    barcode_problem,
    check_rows,
    import_catalogue,
    parse_price,
    plan_import,
    read_rows,
)
from core.demo_chain import demo_products
from core.errors import DomainError
from core.models import Event, Product
from core.replica import emit, outbox_status
from core.staff import StaffUpserted, hash_pin
from core.stock import on_hand

STORES = {"MO-SEN", "MO-TAI"}
AREA_PIN, STORE_MANAGER_PIN = "8642", "2468"
HEADER = "sku,barcodes,name_zh,name_en,name_pt,price_mop,category,stock:MO-SEN\n"


def ean(body: str) -> str:
    return body + str(ean_check_digit(body))


GOOD = [ean(f"95800990{n:04d}") for n in range(10)]


def csv_bytes(*rows: str, header: str = HEADER, encoding: str = "utf-8") -> bytes:
    return (header + "".join(r + "\n" for r in rows)).encode(encoding)


def plan_of(data: bytes, **kw):
    encoding, rows = read_rows(data, "products.csv")
    return check_rows(rows, encoding, stores=STORES, **kw)


def codes(plan) -> list[tuple[int, str]]:
    return [(p.row, p.code) for p in plan.problems]


def test_a_good_file_gives_products_and_opening_stock() -> None:
    plan = plan_of(
        csv_bytes(
            f"TEA-001,{GOOD[0]};{GOOD[1]},鐵觀音 150g,Tieguanyin 150 g,Chá Tieguanyin 150 g,128.50,tea,12",
            f'TEA-002,{GOOD[2]},普洱 200g,Pu-erh 200 g,,"MOP 1,280",tea,',
        )
    )
    assert plan.ok and plan.encoding == "UTF-8" and plan.rows == 2
    first, second = plan.products
    assert (first.sku, first.barcodes, first.price_avos) == ("TEA-001", [GOOD[0], GOOD[1]], 12850)
    assert (
        second.name_pt == "Pu-erh 200 g" and second.price_avos == 128000
    )  # Portuguese falls back to English
    assert [(li.sku, li.qty) for li in plan.opening["MO-SEN"]] == [("TEA-001", 12)]


def test_utf8_with_a_bom_and_big5_files_are_read_and_named() -> None:
    row = f"TEA-001,{GOOD[0]},鐵觀音 澳門茶葉,Tieguanyin,Chá,98,tea,"
    bom = plan_of(b"\xef\xbb\xbf" + csv_bytes(row))
    big5 = plan_of(csv_bytes(row, encoding="big5hkscs"))
    assert (bom.encoding, big5.encoding) == ("UTF-8 (BOM)", "Big5-HKSCS")
    assert bom.ok and big5.ok
    assert bom.products[0].name_zh == big5.products[0].name_zh == "鐵觀音 澳門茶葉"


def test_every_problem_is_reported_with_its_row_before_anything_is_written() -> None:
    bad_digit = GOOD[3][:-1] + str((int(GOOD[3][-1]) + 1) % 10)
    plan = plan_of(
        csv_bytes(
            f"A-1,{bad_digit},甲,A,,10,x,",  # row 2: wrong check digit
            f"A-2,{GOOD[4]},乙,B,,,x,",  # row 3: no price
            f"A-3,{GOOD[4]},丙,C,,12.345,x,",  # row 4: barcode of row 3 again, price with 3 decimals
            f"A-2,{GOOD[5]},丁,D,,10,x,-3",  # row 5: SKU of row 3 again, negative opening stock
            f"A-5,{GOOD[6]},戊,E,,10,x,",  # row 6: barcode already another product's
            "A-6,12345,己,,,10,x,",  # row 7: not an EAN length, English name missing
            f"A-7,{GOOD[7]},庚,G,,10,x,5",  # row 8: fine
        ),
        taken_barcodes={GOOD[6]: "OLD-1"},
    )
    assert codes(plan) == [
        (2, "import.bad_check_digit"),
        (3, "import.missing_value"),
        (4, "import.bad_price"),
        (4, "import.duplicate_barcode"),
        (5, "import.duplicate_sku"),
        (5, "import.bad_quantity"),
        (6, "import.barcode_taken"),
        (7, "import.missing_value"),
        (7, "import.bad_barcode"),
    ]
    assert plan.problems[0].params["digit"] == int(GOOD[3][-1])
    assert plan.problems[4].params["first"] == 3
    assert not plan.ok and [p.sku for p in plan.products] == ["A-7"]


def test_wrong_columns_are_reported_once_not_on_every_row() -> None:
    plan = plan_of(csv_bytes("1,2,3", "4,5,6", header="code,name,preis\n"))
    assert sorted(c for _r, c in codes(plan)) == [
        "import.missing_column",
        "import.missing_column",
        "import.missing_column",
        "import.missing_column",
        "import.unknown_column",
        "import.unknown_column",
        "import.unknown_column",
    ]
    assert {p.row for p in plan.problems} == {1}


def test_an_unknown_store_and_another_store_s_stock_are_refused() -> None:
    header = "sku,name_zh,name_en,price_mop,stock:MO-XXX,stock:MO-TAI\n"
    plan = plan_of(csv_bytes("A-1,甲,A,10,1,2", "A-2,乙,,10,x,", header=header), own_store="MO-SEN")
    assert [(p.row, p.code, p.params.get("store")) for p in plan.problems] == [
        (1, "import.unknown_store", "MO-XXX"),
        (1, "import.other_store", "MO-TAI"),
        (3, "import.missing_value", None),  # the rows are still checked, so every problem shows at once
    ]


@pytest.mark.parametrize(
    ("data", "filename", "code"),
    [
        (b"", "empty.csv", "import.empty_file"),
        (b"  \r\n ", "blank.csv", "import.empty_file"),
        (b"PK\x03\x04 this is not really a workbook", "broken.xlsx", "import.bad_xlsx"),
        (b"\x00\x01\x02", "binary.xlsx", "import.bad_xlsx"),
        (b"\xff\xfe\x00\xd8", "odd.csv", "import.bad_encoding"),
        (b"\x81\x00\xfe\xff\xfe", "bytes.csv", "import.bad_encoding"),
    ],
)
def test_files_that_cannot_be_read_say_why(data: bytes, filename: str, code: str) -> None:
    with pytest.raises(DomainError) as refused:
        read_rows(data, filename)
    assert refused.value.code == code


def test_a_header_without_rows_is_a_problem() -> None:
    assert codes(plan_of(csv_bytes())) == [(0, "import.no_rows")]


def test_an_excel_file_is_read_with_numbers_as_text() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["SKU", "Barcode", "name_zh", "name_en", "name_pt", "Price", "category"])
    sheet.append(["TEA-9", int(GOOD[8]), "茶", "Tea", "Chá", 45.5, "tea"])
    sheet.append([None] * 7)
    buffer = io.BytesIO()
    book.save(buffer)
    plan = plan_of(buffer.getvalue())
    assert plan.ok and plan.encoding == "Excel"
    (product,) = plan.products
    assert (product.barcodes, product.price_avos) == ([GOOD[8]], 4550)


def test_fifty_thousand_rows_are_checked_and_the_bad_one_is_found() -> None:
    lines = [
        f"SKU-{n:05d},{ean(f'9580{n:08d}')},產品{n},Product {n},Produto {n},{n % 900 + 1}.50,misc,"
        for n in range(50_000)
    ]
    lines[40_000] = lines[40_000].replace(".50,misc", ".505,misc")
    plan = plan_of(csv_bytes(*lines))
    assert plan.rows == 50_000 and len(plan.products) == 49_999
    assert codes(plan) == [(40_002, "import.bad_price")]


@given(st.integers(min_value=0, max_value=10**8))
def test_prices_read_back_to_the_same_avos(avos: int) -> None:
    patacas, cents = divmod(avos, 100)
    assert parse_price(f"{patacas}.{cents:02d}") == avos
    assert parse_price(f"MOP {patacas:,}.{cents:02d}") == avos
    assert parse_price(f"{patacas},{cents:02d}") == avos  # a decimal comma


@given(st.text(alphabet="0123456789", min_size=12, max_size=12), st.integers(1, 9))
def test_a_wrong_check_digit_is_always_caught(body: str, shift: int) -> None:
    good = body + str(ean_check_digit(body))
    assert barcode_problem(good) is None
    bad = body + str((ean_check_digit(body) + shift) % 10)
    assert barcode_problem(bad) == ("import.bad_check_digit", {"code": bad, "digit": ean_check_digit(body)})


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.text(max_size=12), max_size=9), min_size=1, max_size=6))
def test_any_cells_give_a_report_never_a_crash(rows: list[list[str]]) -> None:
    header = ["sku", "barcodes", "name_zh", "name_en", "price_mop", "stock:MO-SEN"]
    try:
        plan = check_rows([header, *rows], "UTF-8", stores=STORES)
    except DomainError as exc:
        assert exc.code == "import.empty_file"
        return
    assert plan.ok or plan.problems or not plan.products
    assert len(plan.products) + len({p.row for p in plan.problems if p.row > 1}) <= plan.rows


# -- writing, on a real replica -----------------------------------------------------------------------


def _staff(db) -> None:
    with db.write() as s:
        emit(s, "staff.upserted", StaffUpserted("area-1", "Rita", "area_manager", hash_pin(AREA_PIN)))
        emit(
            s,
            "staff.upserted",
            StaffUpserted("mgr-1", "Ana", "store_manager", hash_pin(STORE_MANAGER_PIN), "MO-SEN"),
        )


def _counts(db) -> tuple[int, int]:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Product)), outbox_status(s).pending


def test_importing_writes_every_product_and_its_opening_stock(seeded) -> None:
    db, till = seeded
    _staff(db)
    data = csv_bytes(
        f"NEW-1,{GOOD[0]},新品一,New one,Novo um,20,misc,4",
        f"NEW-2,{GOOD[1]},新品二,New two,Novo dois,30,misc,",
        f"{demo_products()[0].sku},{GOOD[2]},改名,Renamed,Renomeado,99,misc,",
    )
    products, pending = _counts(db)
    with db.read() as s:
        plan = plan_import(s, data, "new.csv", till.store_id)
    assert plan.ok and plan.new == 2
    with db.write() as s:
        done = import_catalogue(s, till, data, "new.csv", AREA_PIN)
    assert (done.products, done.receipts) == (3, 1)
    assert _counts(db) == (products + 2, pending + 4)
    with db.read() as s:
        assert find_by_code(s, GOOD[0]).sku == "NEW-1"
        assert find_by_code(s, GOOD[2]).name_en == "Renamed"
        assert on_hand(s, "MO-SEN", "NEW-1") == 4
        seqs = sorted(s.scalars(select(Event.seq).where(Event.device_id == till.device_id)))
    assert seqs == list(range(1, len(seqs) + 1))  # seqs still rise by exactly one


@pytest.mark.parametrize(
    ("rows", "pin", "code"),
    [
        ([f"NEW-1,{GOOD[0]},新,New,,20,misc,"], STORE_MANAGER_PIN, "staff.not_allowed"),
        ([f"NEW-1,{GOOD[0]},新,New,,20,misc,"], "0000", "staff.pin_wrong"),
        ([f"NEW-1,{GOOD[0]},新,New,,20,misc,", "NEW-2,,新,New,,,misc,"], AREA_PIN, "import.has_problems"),
    ],
)
def test_nothing_is_written_unless_an_area_manager_imports_a_file_without_problems(
    seeded, rows, pin, code
) -> None:
    db, till = seeded
    _staff(db)
    before = _counts(db)
    with pytest.raises(DomainError) as refused, db.write() as s:
        import_catalogue(s, till, csv_bytes(*rows), "x.csv", pin)
    assert refused.value.code == code
    assert _counts(db) == before


# -- bulk projection of product facts -------------------------------------------------------------------

_SKUS = st.sampled_from(["P-1", "P-2", "P-3"])
_CODES = st.lists(st.sampled_from(GOOD[:4]), max_size=3, unique=True)
_FACTS = st.lists(st.tuples(_SKUS, _CODES, st.integers(1, 999)), min_size=1, max_size=8)


@settings(max_examples=25, deadline=None)
@given(before=_FACTS, batch=_FACTS)
def test_bulk_product_facts_end_as_if_applied_one_by_one(tmp_path_factory, before, batch) -> None:
    from core.catalogue import ProductUpserted, upsert_product, upsert_products
    from core.db import open_sqlite
    from core.models import Barcode

    def facts(spec):
        return [ProductUpserted(sku, f"名{p}", f"n{p}", f"n{p}", p, list(codes)) for sku, codes, p in spec]

    ends = []
    for bulk in (False, True):
        db = open_sqlite(tmp_path_factory.mktemp("bulk") / "r.sqlite3")
        try:
            with db.write() as s:
                for f in facts(before):
                    upsert_product(s, f)
                s.flush()
                if bulk:
                    upsert_products(s, facts(batch))
                else:
                    for f in facts(batch):
                        upsert_product(s, f)
            with db.read() as s:
                ends.append(
                    (
                        sorted(s.execute(select(Product.sku, Product.price_avos, Product.search_text)).all()),
                        sorted(s.execute(select(Barcode.code, Barcode.sku)).all()),
                    )
                )
        finally:
            db.dispose()
    assert ends[0] == ends[1]


# -- the trigram search index gives exactly what the scan gives ----------------------------------------


def _both_ways(db, query: str) -> tuple[list[str], list[str]]:
    from core.catalogue import _SEARCH_INDEX, search_products

    engine = db.engine
    with db.read() as s:
        indexed = [p.sku for p in search_products(s, query)]
        _SEARCH_INDEX[engine] = False
        try:
            scanned = [p.sku for p in search_products(s, query)]
        finally:
            del _SEARCH_INDEX[engine]
    return indexed, scanned


@pytest.mark.parametrize(
    "query", ["杏仁餅", "almond 24", "amêndoa", "chá", "PF-00", "958", "ZZZZ", "no such", "Macau", "100毫升"]
)
def test_searching_with_the_index_finds_what_the_scan_finds(seeded, query: str) -> None:
    db, _ = seeded
    indexed, scanned = _both_ways(db, query)
    assert indexed == scanned


def test_the_index_follows_renamed_and_new_products(seeded) -> None:
    db, till = seeded
    _staff(db)
    code = ean("958009900077")
    data = csv_bytes(
        f"{demo_products()[0].sku},{demo_products()[0].barcodes[0]},改名字,Quokka plush,Peluche,10,x,",
        f"NEW-77,{code},袋鼠公仔,Kangaroo plush,Peluche canguru,10,x,",
    )
    with db.write() as s:
        import_catalogue(s, till, data, "x.csv", AREA_PIN)
    for query in ("quokka", "kangaroo", "plush", demo_products()[0].name_en.split()[0]):
        indexed, scanned = _both_ways(db, query)
        assert indexed == scanned, query
    assert _both_ways(db, "quokka")[0] == [demo_products()[0].sku]


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="abcé茶葉 ", min_size=1, max_size=8))
def test_any_query_finds_the_same_with_and_without_the_index(tmp_path_factory, query: str) -> None:
    from core.catalogue import ProductUpserted, upsert_products
    from core.db import open_sqlite

    db = open_sqlite(tmp_path_factory.mktemp("search") / "r.sqlite3")
    try:
        words = ["abc", "bca", "cab", "茶葉", "葉茶", "é", "aé", "Abc"]
        with db.write() as s:
            upsert_products(
                s,
                [
                    ProductUpserted(
                        f"S-{i:03d}", words[i % 8] + words[i // 8 % 8], words[i // 3 % 8], "", 100
                    )
                    for i in range(120)
                ],
            )
        indexed, scanned = _both_ways(db, query)
        assert indexed == scanned
    finally:
        db.dispose()
