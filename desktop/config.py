"""``config.json`` in the data folder: which hub this computer syncs with and who it is there.

A typed struct, so a file someone edited by hand (or a hostile one) is refused with a translated
message at start-up instead of a wrong type travelling into the sync client. Unknown keys are ignored,
so files written by older and newer versions keep working. The device token is never in it (the OS
keyring holds it, sync_client/credentials.py).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Annotated, Literal

import msgspec

from core.errors import DomainError

CONFIG_NAME = "config.json"
MAX_CONFIG_BYTES = 64 * 1024  # a real one is ~300 bytes; a bigger file is not ours


class DeviceConfig(msgspec.Struct, kw_only=True, frozen=True):
    """What ``config.json`` holds; every field has a default, so a missing key is not an error."""

    hub_url: Annotated[str, msgspec.Meta(max_length=2048)] = ""
    device_id: Annotated[str, msgspec.Meta(max_length=64)] = ""  # hub_devices.device_id is 64 wide
    store_id: Annotated[str, msgspec.Meta(max_length=32)] = ""  # "" means the head office
    role: Literal["till", "office"] = "till"  # office: a manager's device, may create enrollment codes
    pin: Annotated[str, msgspec.Meta(pattern="^([0-9a-fA-F]{64})?$")] = ""  # hub certificate's SHA-256
    # This PC hosts the chain's hub (first-run wizard, desktop/local_hub.py): its database, started at
    # each start of the app on hub_url's port. "" on every other computer.
    hub_db: Annotated[str, msgspec.Meta(max_length=4096)] = ""


def config_path(data_dir: Path) -> Path:
    return data_dir / CONFIG_NAME


def read_config(data_dir: Path) -> DeviceConfig:
    """The saved config, or the defaults when there is none yet. A file that is not a config we wrote
    raises ``DomainError("config.damaged", path=..., detail=...)``; the file is left as it is."""
    path = config_path(data_dir)
    if not path.exists() and not path.is_symlink():
        return DeviceConfig()
    try:
        if not path.is_file():  # a folder, a FIFO (would block), a dangling link
            raise DomainError("config.damaged", path=str(path), detail="not a file")
        with path.open("rb") as f:
            raw = f.read(MAX_CONFIG_BYTES + 1)
    except OSError as exc:
        raise DomainError(
            "config.damaged", path=str(path), detail=exc.strerror or type(exc).__name__
        ) from exc
    if len(raw) > MAX_CONFIG_BYTES:
        raise DomainError("config.damaged", path=str(path), detail=f"larger than {MAX_CONFIG_BYTES} bytes")
    try:
        return msgspec.json.decode(raw, type=DeviceConfig)
    except msgspec.DecodeError as exc:  # not JSON, not UTF-8, or a field of the wrong type or size
        raise DomainError("config.damaged", path=str(path), detail=str(exc)[:200]) from exc


def write_config(data_dir: Path, config: DeviceConfig) -> Path:
    """Save ``config`` readable by this user only (0600), atomically: a crash mid-write leaves the old
    file, never half a new one. The one place that writes ``config.json``. Raises OSError."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = config_path(data_dir)
    fd, tmp = tempfile.mkstemp(prefix=".config-", suffix=".json", dir=data_dir)  # mkstemp: mode 0600
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(msgspec.json.format(msgspec.json.encode(config), indent=2))
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o600)  # explicit: mkstemp's mode is not a promise on every platform
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
