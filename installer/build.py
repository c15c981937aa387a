"""Build the frozen desktop app and prove it starts: ``python installer/build.py``.

1. compiles the translations (``python -m desktop.i18n_build``),
2. runs PyInstaller on installer/store_manager.spec into dist/StoreManager (work files in build/),
3. smoke-checks the result: starts the frozen app offscreen on the demo chain with a fresh data folder,
   shows the stock screen and saves a screenshot; it must exit 0 and write the PNG.

Exits non-zero at the first step that fails. ``--skip-build`` re-runs only the smoke check,
``--skip-smoke`` only builds. Works from any current directory.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "store_manager.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build"
APP_NAME = "StoreManager"
APP_DIR = DIST / APP_NAME
EXE = APP_DIR / (APP_NAME + (".exe" if sys.platform == "win32" else ""))
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


class BuildError(Exception):
    pass


def step(n: int, text: str) -> None:
    print(f"\n==> [{n}/3] {text}", flush=True)


def info(text: str) -> None:
    print(f"    {text}", flush=True)


def run(what: str, cmd: list[str]) -> None:
    info("$ " + " ".join(cmd))
    started = time.monotonic()
    result = subprocess.run(cmd, cwd=ROOT, check=False)
    if result.returncode != 0:
        raise BuildError(f"{what} failed (exit {result.returncode})")
    info(f"done in {time.monotonic() - started:.0f} s")


def compile_translations() -> None:
    step(1, "compiling translations")
    run("compiling translations", [sys.executable, "-m", "desktop.i18n_build"])


def freeze(clean: bool) -> None:
    step(2, f"freezing with PyInstaller into {APP_DIR.relative_to(ROOT)} (takes a few minutes)")
    try:
        import PyInstaller  # noqa: F401
    except ImportError as exc:
        raise BuildError(
            f"PyInstaller is not installed in {sys.executable}: pip install 'pyinstaller>=6'"
        ) from exc
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
    ]
    if clean:
        cmd.append("--clean")
    run("PyInstaller", [*cmd, str(SPEC)])
    if not EXE.is_file():
        raise BuildError(f"PyInstaller finished but {EXE} is missing")
    info(f"built {EXE.relative_to(ROOT)} ({folder_size(APP_DIR) / 2**20:.0f} MiB in {APP_DIR.name}/)")


def smoke_check(timeout: float) -> None:
    step(3, "smoke check: frozen app, demo chain, stock screen, screenshot")
    if not EXE.is_file():
        raise BuildError(f"{EXE} does not exist: build first")
    with tempfile.TemporaryDirectory(prefix="store-manager-smoke-") as tmp_name:
        tmp = Path(tmp_name)
        png = tmp / "smoke.png"
        env = dict(os.environ)
        env["QT_QPA_PLATFORM"] = "offscreen"
        # Keep the user's real settings (language, saved hub) out of the check, and the check out of them.
        env["XDG_CONFIG_HOME"] = str(tmp / "config")
        env["XDG_DATA_HOME"] = str(tmp / "share")
        cmd = [
            str(EXE),
            "--demo",
            "--data-dir",
            str(tmp / "data"),
            "--screen",
            "stock",
            "--screenshot",
            str(png),
            "--log-level",
            "INFO",
        ]
        info("$ QT_QPA_PLATFORM=offscreen " + " ".join(cmd))
        started = time.monotonic()
        try:
            result = subprocess.run(
                cmd, cwd=tmp, env=env, capture_output=True, text=True, timeout=timeout, check=False
            )
        except subprocess.TimeoutExpired as exc:
            show_output(exc.stdout, exc.stderr)
            raise BuildError(f"the frozen app did not exit within {timeout:.0f} s") from exc
        elapsed = time.monotonic() - started
        if result.returncode != 0:
            show_output(result.stdout, result.stderr)
            raise BuildError(f"the frozen app exited with {result.returncode}")
        if not png.is_file() or png.stat().st_size == 0:
            show_output(result.stdout, result.stderr)
            raise BuildError(f"the frozen app exited 0 but wrote no screenshot at {png}")
        if not png.read_bytes().startswith(PNG_MAGIC):
            raise BuildError(f"{png} is not a PNG file")
        databases = sorted((tmp / "data").rglob("*.sqlite3"))
        if not databases:
            raise BuildError("the frozen app wrote no database under its data folder")
        info(f"exit 0 after {elapsed:.1f} s; screenshot {png.stat().st_size // 1024} KiB")
        info("databases: " + ", ".join(str(p.relative_to(tmp / "data")) for p in databases))


def show_output(stdout: str | bytes | None, stderr: str | bytes | None) -> None:
    for name, text in (("stdout", stdout), ("stderr", stderr)):
        if isinstance(text, bytes):
            text = text.decode(errors="replace")
        if text and text.strip():
            print(f"---- app {name} (last 60 lines) ----", file=sys.stderr)
            print("\n".join(text.strip().splitlines()[-60:]), file=sys.stderr)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--skip-build", action="store_true", help="only run the smoke check on dist/StoreManager")
    p.add_argument("--skip-smoke", action="store_true", help="build but do not start the frozen app")
    p.add_argument("--no-clean", action="store_true", help="reuse PyInstaller's cache in build/ (faster)")
    p.add_argument("--smoke-timeout", type=float, default=180.0, help="seconds (default 180)")
    args = p.parse_args(argv)
    started = time.monotonic()
    try:
        if not args.skip_build:
            compile_translations()
            freeze(clean=not args.no_clean)
        if not args.skip_smoke:
            smoke_check(args.smoke_timeout)
    except BuildError as exc:
        print(f"\nBUILD FAILED: {exc}", file=sys.stderr)
        return 1
    size = folder_size(APP_DIR) / 2**20 if APP_DIR.is_dir() else 0
    print(f"\nOK in {time.monotonic() - started:.0f} s: {APP_DIR} ({size:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
