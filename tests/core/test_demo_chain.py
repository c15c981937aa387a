"""Properties of the demo chain's stores, catalogue and opening stock."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from core.demo_chain import (
    DemoProduct,
    DemoStore,
    demo_opening_stock,
    demo_products,
    demo_stores,
    ean13_check_digit,
)

CATEGORIES = {"perfume", "cosmetics", "pharmacy", "cookies", "egg_rolls", "souvenir", "tea"}


def _ean13_is_valid(code: str) -> bool:
    """Independent check: weights 1,3 alternating from the left over all 13 digits sum to 0 mod 10."""
    if not re.fullmatch(r"[0-9]{13}", code):
        return False
    weighted = sum(int(d) * w for d, w in zip(code, [1, 3] * 7, strict=False))
    return weighted % 10 == 0


@pytest.fixture(scope="module")
def products() -> list[DemoProduct]:
    return demo_products()


@pytest.fixture(scope="module")
def stores() -> list[DemoStore]:
    return demo_stores()


# --- check digit -------------------------------------------------------------------


@pytest.mark.parametrize(
    "code",
    ["4006381333931", "5901234123457", "9780306406157", "9501101530003", "0012345678905"],
)
def test_check_digit_of_known_real_eans(code: str) -> None:
    assert ean13_check_digit(code[:12]) == int(code[12])
    assert _ean13_is_valid(code)


def test_check_digit_of_known_ean_4006381333931_is_1() -> None:
    assert ean13_check_digit("400638133393") == 1


def test_check_digit_agrees_with_independent_rule_on_every_last_digit() -> None:
    for first12 in ("958710100001", "000000000000", "999999999999", "123456789012"):
        right = ean13_check_digit(first12)
        assert 0 <= right <= 9
        for digit in range(10):
            assert _ean13_is_valid(first12 + str(digit)) is (digit == right)


@pytest.mark.parametrize(
    "bad", ["", "12345678901", "1234567890123", "12345678901a", "１２３４５６７８９０１２"]
)
def test_check_digit_rejects_malformed_input(bad: str) -> None:
    with pytest.raises(ValueError):
        ean13_check_digit(bad)


# --- stores ------------------------------------------------------------------------


def test_at_least_four_stores_with_senado_square_first(stores: list[DemoStore]) -> None:
    assert len(stores) >= 4
    first = stores[0]
    assert first.name_en == "Senado Square"
    assert "議事亭前地" in first.name_zh
    assert first.name_pt == "Largo do Senado"
    names = {s.name_en for s in stores}
    assert {"Taipa Village", "Border Gate"} <= names
    assert any("氹仔" in s.name_zh for s in stores)
    assert any("關閘" in s.name_zh for s in stores)


def test_store_ids_unique_and_names_present(stores: list[DemoStore]) -> None:
    assert len({s.store_id for s in stores}) == len(stores)
    for s in stores:
        assert s.store_id.strip()
        assert s.name_zh.strip() and s.name_en.strip() and s.name_pt.strip()
        s.name_zh.encode("big5hkscs")


def test_store_coordinates_are_in_macau(stores: list[DemoStore]) -> None:
    for s in stores:
        assert 22.10 < s.latitude < 22.22, s
        assert 113.52 < s.longitude < 113.60, s
    # Senado Square is on the peninsula, Taipa Village south of it, Border Gate at the north end.
    by_name = {s.name_en: s for s in stores}
    assert (
        by_name["Taipa Village"].latitude
        < by_name["Senado Square"].latitude
        < by_name["Border Gate"].latitude
    )


def test_stores_are_stable(stores: list[DemoStore]) -> None:
    assert demo_stores() == stores


# --- products ----------------------------------------------------------------------


def test_catalogue_size(products: list[DemoProduct]) -> None:
    assert len(products) >= 320


def test_catalogue_is_deterministic(products: list[DemoProduct]) -> None:
    assert demo_products() == products


def test_skus_unique_and_well_formed(products: list[DemoProduct]) -> None:
    skus = [p.sku for p in products]
    assert len(set(skus)) == len(skus)
    for sku in skus:
        assert re.fullmatch(r"[A-Z]{2}-\d{4}", sku), sku


def test_every_barcode_is_a_valid_macau_ean13(products: list[DemoProduct]) -> None:
    for p in products:
        assert p.barcodes, p.sku
        assert isinstance(p.barcodes, tuple)
        for code in p.barcodes:
            assert len(code) == 13 and code.isdigit(), (p.sku, code)
            assert code.startswith("958"), (p.sku, code)
            assert _ean13_is_valid(code), (p.sku, code)
            assert ean13_check_digit(code[:12]) == int(code[12])


def test_barcodes_unique_across_catalogue(products: list[DemoProduct]) -> None:
    counts = Counter(code for p in products for code in p.barcodes)
    assert [code for code, n in counts.items() if n > 1] == []


def test_about_one_in_ten_products_has_a_second_barcode(products: list[DemoProduct]) -> None:
    multi = sum(1 for p in products if len(p.barcodes) > 1)
    assert 0.05 * len(products) <= multi <= 0.15 * len(products)


def test_all_names_present_and_distinct(products: list[DemoProduct]) -> None:
    for p in products:
        assert p.name_zh.strip() and p.name_en.strip() and p.name_pt.strip(), p.sku
        assert not re.search(r"\bProduct\b|\bProduto\b|產品\s*\d", p.name_en + p.name_pt + p.name_zh), p
    for attr in ("name_zh", "name_en", "name_pt"):
        names = [getattr(p, attr) for p in products]
        assert len(set(names)) == len(names), attr


def test_zh_names_encode_in_big5hkscs(products: list[DemoProduct]) -> None:
    for p in products:
        p.name_zh.encode("big5hkscs")


def test_some_zh_names_need_hkscs(products: list[DemoProduct]) -> None:
    needs_hkscs = []
    for p in products:
        try:
            p.name_zh.encode("big5")
        except UnicodeEncodeError:
            needs_hkscs.append(p.name_zh)
    assert len(needs_hkscs) >= 3
    assert any("啫喱" in name for name in needs_hkscs)


def test_portuguese_names_use_accents(products: list[DemoProduct]) -> None:
    accented = [p.name_pt for p in products if re.search(r"[áàâãéêíóôõúç]", p.name_pt, re.IGNORECASE)]
    assert len(accented) >= 50
    assert any("amêndoa" in p.name_pt for p in products)


def test_every_category_present(products: list[DemoProduct]) -> None:
    counts = Counter(p.category for p in products)
    assert set(counts) == CATEGORIES
    assert all(n >= 10 for n in counts.values()), counts


def test_catalogue_covers_the_macau_classics(products: list[DemoProduct]) -> None:
    zh = " ".join(p.name_zh for p in products)
    for word in (
        "杏仁餅",
        "蛋卷",
        "牛肉乾",
        "豬肉乾",
        "葡撻",
        "大三巴牌坊",
        "明信片",
        "冰箱貼",
        "驅風",
        "維他命",
    ):
        assert word in zh, word


def test_perfumes_have_concentrations_and_sizes(products: list[DemoProduct]) -> None:
    perfumes = [p for p in products if p.category == "perfume"]
    assert any("Eau de Toilette" in p.name_en for p in perfumes)
    assert any("Eau de Parfum" in p.name_en for p in perfumes)
    for ml in (30, 50, 100):
        assert any(p.name_en.endswith(f" {ml} ml") for p in perfumes), ml


def test_prices_positive_and_in_whole_or_half_patacas(products: list[DemoProduct]) -> None:
    for p in products:
        assert isinstance(p.price_avos, int)
        assert p.price_avos > 0, p
        assert p.price_avos % 50 == 0, p
    whole = sum(1 for p in products if p.price_avos % 100 == 0)
    assert whole >= 0.9 * len(products)


def test_prices_are_realistic(products: list[DemoProduct]) -> None:
    for p in products:
        mop = p.price_avos / 100
        if p.category == "perfume":
            assert 200 <= mop <= 1500, p
        else:
            assert 5 <= mop <= 600, p
    by_name = {p.name_en: p.price_avos for p in products}
    # A bigger bottle or box costs more.
    assert (
        by_name["Maison Ardelle Jasmine Rain Eau de Parfum 100 ml"]
        > by_name["Maison Ardelle Jasmine Rain Eau de Parfum 30 ml"]
    )
    assert by_name["Classic Almond Cookies, box of 24"] > by_name["Classic Almond Cookies, box of 12"]


# --- opening stock -----------------------------------------------------------------


def test_opening_stock_is_deterministic_for_a_seed() -> None:
    assert demo_opening_stock() == demo_opening_stock(7)
    assert demo_opening_stock(42) == demo_opening_stock(42)
    assert demo_opening_stock(42) != demo_opening_stock(43)


def test_opening_stock_covers_every_store_product_pair(
    stores: list[DemoStore], products: list[DemoProduct]
) -> None:
    stock = demo_opening_stock()
    expected = {(s.store_id, p.sku) for s in stores for p in products}
    assert set(stock) == expected
    assert all(isinstance(q, int) and q >= 0 for q in stock.values())


@pytest.mark.parametrize("seed", [7, 1, 2024])
def test_opening_stock_ranges(seed: int, products: list[DemoProduct]) -> None:
    category = {p.sku: p.category for p in products}
    for (_, sku), qty in demo_opening_stock(seed).items():
        if category[sku] == "perfume":
            assert 0 <= qty <= 12
        elif category[sku] == "cookies":
            assert 10 <= qty <= 80


def test_some_pairs_are_sold_out_or_at_the_last_unit(stores: list[DemoStore]) -> None:
    stock = demo_opening_stock()
    quantities = Counter(stock.values())
    assert quantities[0] >= 5
    assert quantities[1] >= 5
    # The demo's own counter has a last unit somewhere.
    home = stores[0].store_id
    assert any(q == 1 for (store_id, _), q in stock.items() if store_id == home)
