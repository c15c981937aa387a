"""Files that hold business or personal data (sales, members' phone numbers, device identities): the
till's and the hub's SQLite databases with their -wal and -shm files, the app's config.json, its data
and demo folders. They are made readable by their owner only: 0600 files in 0700 folders.

POSIX modes only: on Windows ``os.chmod`` can set nothing but read-only, and the per-user data folder
(under %LOCALAPPDATA%) is already kept from other users by the ACL it inherits.
"""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def _posix() -> bool:
    return os.name == "posix"


def create_private_dirs(path: Path) -> None:
    """Create ``path`` and any missing parents as owner-only folders. Existing folders are left as
    they are (the hub's database may sit in the operator's working folder)."""
    missing: list[Path] = []
    p = path
    while not p.exists():
        missing.append(p)
        p = p.parent
    for folder in reversed(missing):
        folder.mkdir(mode=PRIVATE_DIR, exist_ok=True)  # the umask can only take bits away


def private_dir(path: Path) -> None:
    """A folder of the app's own (its data folder, the demo's): created or made owner-only."""
    create_private_dirs(path)
    if _posix():
        os.chmod(path, PRIVATE_DIR)


def private_file(path: Path) -> None:
    """Make sure ``path`` exists (empty if new) and only its owner may read or write it."""
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE))
    if _posix():
        os.chmod(path, PRIVATE_FILE)


def private_sqlite(path: Path) -> None:
    """A SQLite database file created (or tightened) 0600 before SQLite opens it: SQLite gives the
    -wal and -shm files it creates the database file's mode. Ones left by an older version are
    tightened too."""
    private_file(path)
    if _posix():
        for suffix in SQLITE_COMPANIONS:
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                os.chmod(companion, PRIVATE_FILE)


def write_private_text(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to an owner-only file, its folder created owner-only if missing."""
    create_private_dirs(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, PRIVATE_FILE)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    if _posix():
        os.chmod(path, PRIVATE_FILE)
