"""Translation files: ``python -m desktop.i18n_build`` compiles resources/translations/*.ts to .qm;
``--update`` first re-scans the sources with lupdate (keeping existing translations).

``--fill FILE.json`` then writes translations from ``{lang: {context: {source: text}}}`` (a list of
texts for plural messages) and ``--todo`` lists what is still unfinished.

The lupdate shipped with PySide6 6.11 does not see the plural argument of
``QCoreApplication.translate(context, text, "", n)``: a re-scan turns such messages into singular,
unfinished ones. ``update`` puts the plural entries it had before back after the scan.
Run under ``flock /tmp/store-ts.lock`` when several people edit the .ts files at once.
"""

from __future__ import annotations

import argparse
import copy
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("zh_Hant", "en", "pt")
SOURCE_DIRS = ("desktop",)


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    if exe.exists():
        return str(exe)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (make test builds .venv)")
    return found


def ts_path(lang: str) -> Path:
    return TS_DIR / f"store_manager_{lang}.ts"


def sources() -> list[str]:
    files: list[str] = []
    for d in SOURCE_DIRS:
        files += sorted(
            str(p.relative_to(ROOT)) for p in (ROOT / d).rglob("*.py") if p.name != "i18n_build.py"
        )
    return files


def _plurals(path: Path) -> dict[tuple[str, str], ET.Element]:
    """The plural messages of a .ts file, by (context, source)."""
    if not path.exists():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                found[(context.findtext("name") or "", message.findtext("source") or "")] = message
    return found


def _write(tree: ET.ElementTree, path: Path) -> None:
    """In lupdate's own layout, so a change shows as a small diff."""
    root = tree.getroot()
    root.text = "\n"
    for context in root:
        ET.indent(context, space="    ")
        context.tail = "\n"
    body = ET.tostring(tree.getroot(), encoding="unicode").replace(" />", "/>")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def _restore_plurals(path: Path, before: dict[tuple[str, str], ET.Element]) -> None:
    tree = ET.parse(path)
    changed = False
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for n, message in enumerate(list(context)):
            if message.tag != "message" or message.get("numerus") == "yes":
                continue
            old = before.get((name, message.findtext("source") or ""))
            if old is not None:
                kept = copy.deepcopy(old)
                for loc in kept.findall("location"):
                    kept.remove(loc)
                for loc in reversed(message.findall("location")):
                    kept.insert(0, loc)
                context[n] = kept
                changed = True
    # Plural messages lupdate dropped altogether: kept while their text is still in the source file.
    present = {
        (c.findtext("name") or "", m.findtext("source") or "")
        for c in tree.getroot().iter("context")
        for m in c.iter("message")
    }
    contexts = {c.findtext("name") or "": c for c in tree.getroot().iter("context")}
    for (name, source), old in before.items():
        if (name, source) in present or not _still_in_sources(old, source):
            continue
        context = contexts.get(name)
        if context is None:
            context = ET.SubElement(tree.getroot(), "context")
            ET.SubElement(context, "name").text = name
            contexts[name] = context
        context.append(copy.deepcopy(old))
        changed = True
    if changed:
        _write(tree, path)


def _still_in_sources(message: ET.Element, source: str) -> bool:
    """The message's text still appears in one of the files it was found in."""
    for loc in message.findall("location"):
        file = (TS_DIR / (loc.get("filename") or "")).resolve()
        if file.is_file() and source in file.read_text(encoding="utf-8"):
            return True
    return False


def fill(data: dict[str, dict[str, dict[str, str | list[str]]]]) -> list[str]:
    """Write the given translations; returns the (lang, context, source) that were not found."""
    missing = []
    for lang, contexts in data.items():
        path = ts_path(lang)
        tree = ET.parse(path)
        by_key = {
            (c.findtext("name"), m.findtext("source")): m
            for c in tree.getroot().iter("context")
            for m in c.iter("message")
        }
        for ctx, texts in contexts.items():
            for source, text in texts.items():
                message = by_key.get((ctx, source))
                if message is None:
                    missing.append(f"{lang}: {ctx}: {source}")
                    continue
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                translation.attrib.pop("type", None)
                for child in list(translation):
                    translation.remove(child)
                if message.get("numerus") == "yes":
                    translation.text = None
                    for form in [text] if isinstance(text, str) else text:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = text if isinstance(text, str) else text[0]
        _write(tree, path)
    return missing


def todo() -> list[str]:
    """Messages still unfinished, as ``lang: context: source``."""
    out = []
    for lang in LANGS:
        for context in ET.parse(ts_path(lang)).getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") is not None:
                    out.append(f"{lang}: {context.findtext('name')}: {message.findtext('source')}")
    return out


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        before = _plurals(ts_path(lang))
        locale = {"zh_Hant": "zh_MO"}.get(lang, lang)
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *sources(),
                "-no-obsolete",
                "-target-language",
                locale,
                "-ts",
                str(ts_path(lang)),
            ],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        _restore_plurals(ts_path(lang), before)


def compile_all() -> None:
    for lang in LANGS:
        ts = ts_path(lang)
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="re-scan sources into the .ts files first")
    parser.add_argument("--fill", type=Path, help="JSON {lang: {context: {source: translation}}} to write")
    parser.add_argument("--todo", action="store_true", help="list unfinished messages and exit")
    args = parser.parse_args(argv)
    if args.update:
        update()
    if args.fill:
        missing = fill(json.loads(args.fill.read_text(encoding="utf-8")))
        for line in missing:
            print("not in the .ts files:", line, file=sys.stderr)
    if args.todo:
        for line in todo():
            print(line)
        return 0
    compile_all()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
