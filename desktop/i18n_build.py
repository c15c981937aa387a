"""Translation files: ``python -m desktop.i18n_build`` compiles resources/translations/*.ts to .qm;
``--update`` first re-scans the sources with lupdate (keeping existing translations).

Caution: the lupdate shipped with PySide6 6.11 does not see the plural argument of
``QCoreApplication.translate(context, text, "", n)``; a re-scan turns such messages into singular,
unfinished ones. tests/desktop/test_i18n.py then fails; restore those entries (``git diff`` shows them)
before committing.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
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


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
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
        )


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
    args = parser.parse_args(argv)
    if args.update:
        update()
    compile_all()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
