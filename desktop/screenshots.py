"""``python -m desktop.screenshots DIR``: the documentation's screenshots, taken from the demo chain.

Each picture is a fresh demo in a temporary data folder, so the pictures do not depend on what was
done with the demo before.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PICTURES = [
    (screen, lang)
    for screen in ("counter", "stock", "transfers", "handover", "devices", "repairs", "engineer", "shifts")
    for lang in ("zh_Hant", "en")
]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    failed = 0
    for screen, lang in PICTURES:
        target = out / f"{screen}-{lang}.png"
        with tempfile.TemporaryDirectory() as data:
            command = [sys.executable, str(ROOT / "main.py"), "--demo", "--data-dir", data]
            command += ["--screen", screen, "--lang", lang, "--screenshot", str(target)]
            result = subprocess.run(command, check=False)
        print(f"{target}: {'ok' if result.returncode == 0 else 'failed'}")
        failed += result.returncode != 0
    # The first-run wizard's pages (desktop/wizard_shots.py), in the same two languages.
    result = subprocess.run([sys.executable, "-m", "desktop.wizard_shots", str(out)], check=False, cwd=ROOT)
    failed += result.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
