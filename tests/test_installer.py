"""Cheap checks on installer/ that run with the normal suite, without running PyInstaller (that is
`make dist`): the spec is valid Python whose data files all exist, the desktop entry and the udev rule
are well-formed, and the Inno Setup script points at the PyInstaller output."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "store_manager.spec"
APP_PACKAGES = ("core", "desktop", "hub", "sync_client")


def _spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def _spec_value(name: str) -> ast.expr:
    for node in _spec_tree().body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return node.value
    raise AssertionError(f"{SPEC.name} does not assign {name}")


def test_spec_compiles_as_python() -> None:
    compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")


def test_spec_paths_are_relative_to_the_spec_file() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert "SPECPATH" in text
    assert "os.getcwd" not in text and "Path.cwd" not in text


def test_every_data_file_in_the_spec_exists() -> None:
    data_files = ast.literal_eval(_spec_value("DATA_FILES"))
    assert data_files, "DATA_FILES is empty"
    for pattern, dest in data_files:
        matches = [p for p in ROOT.glob(pattern) if p.is_file()]
        if not matches and pattern.endswith(".qm"):
            # .qm files are built (and git-ignored); their .ts sources must be there.
            matches = [p for p in ROOT.glob(pattern[: -len(".qm")] + ".ts") if p.is_file()]
        assert matches, f"{pattern} matches no file in the repository"
        assert not Path(dest).is_absolute() and ".." not in Path(dest).parts, dest


def test_spec_bundles_the_migrations_where_core_db_looks_for_them() -> None:
    data_files = dict(ast.literal_eval(_spec_value("DATA_FILES")))
    assert data_files["core/migrations/env.py"] == "core/migrations"
    assert data_files["core/migrations/versions/*.py"] == "core/migrations/versions"
    for pattern in ("resources/fonts/*.otf", "resources/themes/*.qss", "resources/translations/*.qm"):
        assert any(Path(p).match(pattern) or p == pattern for p in data_files), pattern


def test_hidden_imports_come_from_installed_packages() -> None:
    value = _spec_value("HIDDEN_IMPORTS")
    assert isinstance(value, ast.List)
    names = [e.value for e in value.elts if isinstance(e, ast.Constant)]
    names += [
        e.value.args[0].value
        for e in value.elts
        if isinstance(e, ast.Starred) and isinstance(e.value, ast.Call) and e.value.args
    ]
    assert {"alembic.op", "sqlalchemy.dialects.sqlite", "logging.config"} <= set(names)
    for top in sorted({n.split(".")[0] for n in names}):
        assert importlib.util.find_spec(top) is not None, f"hidden import {top} is not installed"


def test_excluded_modules_are_not_imported_by_the_app() -> None:
    excludes = ast.literal_eval(_spec_value("EXCLUDES"))
    pattern = re.compile(
        r"^\s*(?:from|import)\s+(" + "|".join(re.escape(m) for m in excludes) + r")\b", re.MULTILINE
    )
    for package in APP_PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            found = pattern.search(path.read_text(encoding="utf-8"))
            assert found is None, f"{path.relative_to(ROOT)} imports {found.group(1)}, excluded by the spec"


def test_desktop_entry_has_the_required_keys() -> None:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(INSTALLER / "store-manager.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Store Manager"
    assert entry["Name[zh_TW]"] == "店舖管家"
    assert entry["Name[pt]"] == "Gestor de Lojas"
    assert entry["Exec"] == "StoreManager"
    assert entry["Categories"] == "Office;Finance;"


RULE_PART = re.compile(r'^[A-Z_]+(\{[^}]+\})?(==|!=|=|\+=|-=|:=)"[^"]*"$')


def _rule_lines() -> list[tuple[int, str, str]]:
    """(line number, rule, the comment line just above it) for every rule in the udev file."""
    lines = (INSTALLER / "99-store-manager-usb.rules").read_text(encoding="utf-8").splitlines()
    return [
        (n, line, lines[n - 2] if n > 1 else "")
        for n, line in enumerate(lines, 1)
        if line.strip() and not line.lstrip().startswith("#")
    ]


def test_udev_rules_are_well_formed() -> None:
    rules = _rule_lines()
    assert rules
    for n, line, above in rules:
        parts = [p.strip() for p in line.split(",")]
        assert all(RULE_PART.match(p) for p in parts), f"line {n}: malformed {line!r}"
        assert parts[0].startswith('SUBSYSTEM=="usb"'), f"line {n}: no SUBSYSTEM match"
        assert 'MODE="0660"' in parts and 'GROUP="plugdev"' in parts, f"line {n}"
        assert above.startswith("#"), f"line {n}: every rule needs a comment above it"


@pytest.mark.parametrize("vendor", ["04b8", "0519", "0416", "0483", "1fc9", "28e9"])
def test_udev_rules_cover_the_thermal_printer_vendors(vendor: str) -> None:
    assert any(f'ATTR{{idVendor}}=="{vendor}"' in line for _n, line, _c in _rule_lines())


def test_udev_rules_cover_the_printer_class() -> None:
    assert any("ID_USB_INTERFACES" in line and ":07" in line for _n, line, _c in _rule_lines())


def test_inno_setup_script_installs_the_pyinstaller_output() -> None:
    iss = (INSTALLER / "store_manager.iss").read_text(encoding="utf-8")
    assert "AppName={#AppName}" in iss and '#define AppName "Store Manager"' in iss
    assert r"..\dist\StoreManager" in iss and "StoreManager.exe" in iss
    assert "compiler:Default.isl" in iss and r"compiler:Languages\Portuguese.isl" in iss
    assert "desktopicon" in iss


def test_inno_setup_uninstall_keeps_the_shops_data_unless_asked() -> None:
    iss = (INSTALLER / "store_manager.iss").read_text(encoding="utf-8")
    code = iss[iss.index("[Code]") :]
    # Deleting is only ever the answer to a question whose default is No, or an explicit parameter.
    assert "usPostUninstall" in code and "DelTree" in code
    assert "MB_DEFBUTTON2" in code and "UninstallSilent()" in code and "{param:DELETEDATA|no}" in code
    assert "{localappdata}\\StoreManager" in code  # where desktop.paths.default_data_dir() puts it
    for lang in ("english", "portuguese"):
        assert f"{lang}.DeleteDataQuestion=" in iss
    icon = re.search(r"^SetupIconFile=(.+)$", iss, re.MULTILINE)
    assert icon is not None and (INSTALLER / icon.group(1).replace("\\", "/")).is_file()


def test_desktop_entry_icon_is_shipped() -> None:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read(INSTALLER / "store-manager.desktop", encoding="utf-8")
    icon = parser["Desktop Entry"]["Icon"]
    assert (ROOT / "resources" / "icons" / f"{icon}.svg").is_file()
    assert (ROOT / "resources" / "icons" / f"{icon}-256.png").is_file()


def test_hub_systemd_unit_runs_the_hub_and_restarts_it() -> None:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read(INSTALLER / "store-manager-hub.service", encoding="utf-8")
    service = parser["Service"]
    command = service["ExecStart"].split()
    assert command[1:3] == ["-m", "hub"] and "--db" in command
    assert service["Restart"] == "on-failure" and service["User"] != "root"
    assert service["KillSignal"] == "SIGTERM"  # the hub's clean stop
    assert parser["Install"]["WantedBy"] == "multi-user.target"


def test_ci_builds_the_installer_after_the_tests() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert script.index("make test") < script.index("make dist")


def _build_module():
    spec = importlib.util.spec_from_file_location("installer_build", INSTALLER / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_smoke_picture_comparison_tolerates_little_and_catches_much(qapp, tmp_path: Path) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QImage

    build = _build_module()

    def picture(name: str, changed: QRect | None = None, width: int = 200) -> Path:
        image = QImage(width, 100, QImage.Format.Format_RGB32)
        image.fill(QColor(240, 240, 240))
        if changed is not None:
            for x in range(changed.left(), changed.right() + 1):
                for y in range(changed.top(), changed.bottom() + 1):
                    image.setPixelColor(x, y, QColor(20, 20, 20))
        path = tmp_path / f"{name}.png"
        assert image.save(str(path))
        return path

    base = picture("base")
    assert build.compare_pictures(base, picture("same")) == (0, 20_000)
    assert build.compare_pictures(base, picture("clock", QRect(0, 0, 10, 10))) == (100, 20_000)
    differing, total = build.compare_pictures(base, picture("boxes", QRect(0, 0, 100, 20)))
    assert differing > build.MAX_DIFFERING * total
    with pytest.raises(build.BuildError, match="200×100 px"):
        build.compare_pictures(base, picture("wider", width=210))


def test_folder_size_counts_each_file_once(tmp_path: Path) -> None:
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "libQt6Core.so.6").write_bytes(b"x" * 1000)
    (tmp_path / "libQt6Core.so.6").symlink_to("lib/libQt6Core.so.6")
    (tmp_path / "linked").symlink_to("lib", target_is_directory=True)
    assert _build_module().folder_size(tmp_path) == 1000
