"""Every text is translated in every language, every error code has a message, and the bundled font
draws every Chinese character the app shows, so nothing appears as boxes."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QRawFont

from core.demo_chain import demo_products, demo_stores
from core.registry import error_codes
from desktop.i18n import ERROR_MESSAGES, LANGUAGES, Translations, error_text
from desktop.paths import resource

TS = {lang: resource("translations", f"store_manager_{lang}.ts") for lang in LANGUAGES}
PLACEHOLDER = re.compile(r"\{\w+\}|%\d|%n")


def _messages(lang: str):
    root = ET.parse(TS[lang]).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated_with_the_same_placeholders(lang: str) -> None:
    count = 0
    for _ctx, message in _messages(lang):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        for text in forms:
            assert text.strip(), source
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                lang,
                source,
                text,
            )
        count += 1
    assert count >= 80


def test_every_error_code_has_a_message_in_every_language() -> None:
    assert set(error_codes()) <= set(ERROR_MESSAGES)
    for lang in LANGUAGES:
        translated = {m.findtext("source") for ctx, m in _messages(lang) if ctx == "errors"}
        assert set(ERROR_MESSAGES.values()) <= translated, lang


def test_error_text_is_shown_in_the_chosen_language(qapp) -> None:
    t = Translations(qapp)
    t.switch("zh_Hant")
    zh = error_text("catalogue.unknown_barcode", {"code": "9587101000012"})
    t.switch("pt")
    pt = error_text("catalogue.unknown_barcode", {"code": "9587101000012"})
    t.switch("en")
    en = error_text("catalogue.unknown_barcode", {"code": "9587101000012"})
    assert len({zh, pt, en}) == 3
    assert all("9587101000012" in text for text in (zh, pt, en))
    assert error_text("no.such.code")  # an unknown code still gives a sentence, never a traceback


def test_the_bundled_font_draws_every_chinese_character_the_app_shows(qapp) -> None:
    font = QRawFont(str(resource("fonts", "NotoSansCJKhk-Regular.otf")), 12)
    assert font.isValid()
    texts = [s.name_zh for s in demo_stores()] + [p.name_zh for p in demo_products()]
    texts += [(m.find("translation").text or "") for _c, m in _messages("zh_Hant")]
    texts += ["澳門", "氹仔", "啫喱", "葡撻", "€ ç ã õ é MOP$"]
    missing = {
        ch for text in texts for ch in text if not ch.isspace() and not font.supportsCharacter(ord(ch))
    }
    assert not missing, "".join(sorted(missing))


def test_font_licence_ships_with_the_font() -> None:
    text = Path(resource("fonts", "OFL.txt")).read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in text


PLURAL_CALL = re.compile(r'translate\(\s*"(\w+)",\s*"((?:[^"\\]|\\.)*)",\s*"",')


def test_every_plural_message_in_the_sources_is_a_plural_in_every_language() -> None:
    """lupdate 6.11 misses plural calls; the build keeps them (a missing one shows "record(s)")."""
    root = Path(__file__).resolve().parents[2] / "desktop"
    calls = {
        m.groups() for f in root.rglob("*.py") for m in PLURAL_CALL.finditer(f.read_text(encoding="utf-8"))
    }
    assert calls
    for lang in LANGUAGES:
        plurals = {(ctx, m.findtext("source")) for ctx, m in _messages(lang) if m.get("numerus") == "yes"}
        assert calls <= plurals, (lang, calls - plurals)
