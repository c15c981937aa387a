"""``config.json``: files written by earlier versions still start the app as the same device; a damaged or
hostile one stops the start with one translated line and is left as it was; a saved one is 0600."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from core.errors import DomainError
from desktop.app import parse_args, resolve_setup
from desktop.config import DeviceConfig, read_config, write_config
from desktop.i18n import Translations, error_text
from desktop.views.enrollment import save_config
from sync_client.enrollment import Enrollment

ROOT = Path(__file__).resolve().parents[2]
PIN = "ab" * 32

# What earlier versions wrote: the first-run enrollment (desktop/views/enrollment.py) and ``--hub``,
# plus a key this version does not know.
ENROLLED = {
    "hub_url": "wss://backoffice.example:8765",
    "device_id": "dev-0f3a9c2b",
    "store_id": "MO-TAI",
    "role": "office",
    "pin": PIN,
    "printer": "usb:0x0416",
}
FROM_HUB_FLAG = {"hub_url": "ws://10.0.0.5:8765", "store_id": "", "device_id": "till-4be2d1a0c9f3"}


def write_raw(folder: Path, content: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "config.json"
    path.write_bytes(content)
    return path


def setup_for(data_dir: Path, *extra: str):
    return resolve_setup(parse_args(["--data-dir", str(data_dir), *extra]))


def test_an_enrolled_computers_old_config_starts_it_as_the_same_device(tmp_path: Path) -> None:
    write_raw(tmp_path, json.dumps(ENROLLED, indent=2).encode())
    setup = setup_for(tmp_path)
    assert not setup.demo
    assert (setup.hub_url, setup.device_id, setup.store_id, setup.role, setup.pin) == (
        "wss://backoffice.example:8765",
        "dev-0f3a9c2b",
        "MO-TAI",
        "office",
        PIN,
    )


def test_a_config_saved_by_the_hub_flag_is_read_back(tmp_path: Path) -> None:
    write_raw(tmp_path, json.dumps(FROM_HUB_FLAG).encode())
    setup = setup_for(tmp_path)
    assert (setup.hub_url, setup.device_id, setup.store_id, setup.role, setup.pin) == (
        "ws://10.0.0.5:8765",
        "till-4be2d1a0c9f3",
        None,  # the head office
        "till",
        None,
    )


def test_no_config_is_the_demo(tmp_path: Path) -> None:
    assert setup_for(tmp_path).demo
    assert not (tmp_path / "config.json").exists()


DAMAGED = {
    "not json": b"{hub_url: wss://x",
    "cut short": json.dumps(ENROLLED).encode()[:40],
    "a list": b'["wss://backoffice:8765"]',
    "a number for the hub": b'{"hub_url": 8765}',
    "null for the device": b'{"hub_url": "wss://h:1", "device_id": null}',
    "an unknown role": b'{"hub_url": "wss://h:1", "role": "root"}',
    "a pin that is no hash": b'{"hub_url": "wss://h:1", "pin": "x"}',
    "a store id too long": json.dumps({"hub_url": "wss://h:1", "store_id": "S" * 5000}).encode(),
    "not utf-8": b'{"hub_url": "\xff\xfe"}',
    "huge": b'{"hub_url": "wss://h:1", "x": "' + b"A" * 200_000 + b'"}',
    "empty": b"",
}


@pytest.mark.parametrize("content", DAMAGED.values(), ids=DAMAGED.keys())
def test_a_damaged_config_is_refused_and_left_as_it_was(tmp_path: Path, content: bytes) -> None:
    path = write_raw(tmp_path, content)
    with pytest.raises(DomainError) as caught:
        setup_for(tmp_path)
    assert caught.value.code == "config.damaged"
    assert caught.value.params["path"] == str(path)
    assert path.read_bytes() == content
    # --hub does not paper over it either: the device's identity is in that file.
    with pytest.raises(DomainError):
        setup_for(tmp_path, "--hub", "wss://other:8765")
    assert path.read_bytes() == content


def test_a_folder_named_config_json_is_refused(tmp_path: Path) -> None:
    (tmp_path / "config.json").mkdir(parents=True)
    with pytest.raises(DomainError) as caught:
        read_config(tmp_path)
    assert caught.value.code == "config.damaged"


def test_the_demo_starts_whatever_the_config_holds(tmp_path: Path) -> None:
    path = write_raw(tmp_path, b"garbage")
    assert setup_for(tmp_path, "--demo").demo
    assert path.read_bytes() == b"garbage"


def test_the_damaged_config_message_is_translated(qapp, tmp_path: Path) -> None:
    translations = Translations(qapp)
    translations.switch("zh_Hant")
    path = tmp_path / "config.json"
    assert error_text("config.damaged", {"path": path, "detail": "x"}).startswith(f"設定檔 {path} 無法使用")
    translations.switch("pt")
    assert error_text("config.damaged", {"path": path, "detail": "x"}).startswith(
        f"O ficheiro de definições {path} não pode ser usado"
    )


def test_the_real_app_says_so_in_one_line_without_a_traceback(tmp_path: Path) -> None:
    path = write_raw(tmp_path / "data", b'{"hub_url": ["wss://evil"]}')
    result = subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(tmp_path / "data"), "--lang", "zh_Hant"],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,  # a hang fails the test instead of stalling it
    )
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if "WARNING desktop.i18n" not in line]
    assert len(lines) == 1 and lines[0].startswith(f"設定檔 {path} 無法使用"), result.stderr
    assert "請從備份還原" in lines[0]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")
def test_the_hub_flag_saves_a_config_only_this_user_can_read(tmp_path: Path) -> None:
    old = os.umask(0)  # the most permissive umask: the mode must not depend on it
    try:
        setup = setup_for(tmp_path, "--hub", "wss://backoffice:8765", "--store", "MO-SEN")
    finally:
        os.umask(old)
    path = tmp_path / "config.json"
    assert mode(path) == 0o600
    assert read_config(tmp_path) == DeviceConfig(
        hub_url="wss://backoffice:8765", device_id=setup.device_id, store_id="MO-SEN"
    )
    assert setup_for(tmp_path).device_id == setup.device_id  # the next start is the same device
    assert [p.name for p in tmp_path.iterdir()] == ["config.json"]  # no temp file left behind


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")
def test_an_enrollment_replaces_a_world_readable_or_damaged_config_with_a_private_one(tmp_path: Path) -> None:
    path = write_raw(tmp_path, b"garbage")
    path.chmod(0o644)
    save_config(tmp_path, Enrollment("dev-1", "MO-SEN", "till", "secret-token", PIN), "wss://hub:8765")
    assert mode(path) == 0o600
    assert read_config(tmp_path) == DeviceConfig(
        hub_url="wss://hub:8765", device_id="dev-1", store_id="MO-SEN", role="till", pin=PIN
    )
    assert b"secret-token" not in path.read_bytes()  # the token goes to the keyring only


def test_a_saved_config_is_read_back_equal(tmp_path: Path) -> None:
    config = DeviceConfig(hub_url="wss://h:1", device_id="d", store_id="MO-SEN", role="office", pin=PIN)
    write_config(tmp_path / "new-folder", config)
    assert read_config(tmp_path / "new-folder") == config
