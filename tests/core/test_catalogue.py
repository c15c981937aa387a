import pytest

from core.catalogue import ean_check_digit, find_by_code, is_valid_gtin, normalise_code
from core.demo_chain import demo_products
from core.errors import DomainError


def test_check_digits_of_real_codes() -> None:
    assert ean_check_digit("400638133393") == 1
    assert is_valid_gtin("4006381333931")
    assert not is_valid_gtin("4006381333932")
    assert is_valid_gtin("96385074")  # EAN-8


def test_scanner_noise_is_stripped() -> None:
    assert normalise_code("\x02 9580001000017\r\n") == "9580001000017"


def test_find_by_barcode_sku_and_second_barcode(seeded) -> None:
    db, _ = seeded
    with_two = next(p for p in demo_products() if len(p.barcodes) > 1)
    with db.read() as s:
        assert find_by_code(s, with_two.barcodes[0]).sku == with_two.sku
        assert find_by_code(s, with_two.barcodes[1] + "\r").sku == with_two.sku
        assert find_by_code(s, with_two.sku.lower()).sku == with_two.sku


def test_a_misread_barcode_is_told_apart_from_an_unknown_one(seeded) -> None:
    db, _ = seeded
    good = demo_products()[0].barcodes[0]
    misread = good[:-1] + str((int(good[-1]) + 1) % 10)
    unknown_body = "958999999999"
    unknown = unknown_body + str(ean_check_digit(unknown_body))
    with db.read() as s:
        with pytest.raises(DomainError) as bad:
            find_by_code(s, misread)
        assert bad.value.code == "catalogue.invalid_barcode"
        with pytest.raises(DomainError) as missing:
            find_by_code(s, unknown)
        assert missing.value.code == "catalogue.unknown_barcode"
        assert missing.value.params["code"] == unknown
