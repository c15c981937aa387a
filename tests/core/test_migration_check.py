"""An up-to-date database opens without running (or importing) alembic; a new or older one migrates."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from core.db import MIGRATIONS, _script_heads, open_sqlite, sqlite_engine

ROOT = Path(__file__).resolve().parents[2]


def test_the_heads_read_from_the_scripts_are_alembic_s() -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    assert _script_heads(MIGRATIONS) == set(ScriptDirectory.from_config(cfg).get_heads())


def test_an_up_to_date_database_opens_without_alembic(tmp_path: Path) -> None:
    db_path = tmp_path / "till.sqlite3"
    open_sqlite(db_path).dispose()  # a new file: migrated by alembic
    code = (
        "import sys; from core.db import open_sqlite; "
        f"open_sqlite({str(db_path)!r}).dispose(); "
        "print('alembic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_a_database_behind_the_scripts_is_migrated(tmp_path: Path) -> None:
    """Written by an older app (schema at 0002): the check sees it, and alembic brings it up."""
    db_path = tmp_path / "till.sqlite3"
    engine = sqlite_engine(db_path)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    engine.dispose()
    open_sqlite(db_path).dispose()
    with sqlite3.connect(db_path) as conn:
        stamped = {row[0] for row in conn.execute("SELECT version_num FROM alembic_version")}
    assert stamped == _script_heads(MIGRATIONS) and "0002" not in stamped


def test_databases_migrated_at_once_in_threads_all_open(tmp_path: Path) -> None:
    """The demo's tills and the app's own database migrate at the same time at start-up."""
    from concurrent.futures import ThreadPoolExecutor

    paths = [tmp_path / f"till{i}.sqlite3" for i in range(4)]
    with ThreadPoolExecutor(4) as pool:
        dbs = list(pool.map(open_sqlite, paths))
    for path, db in zip(paths, dbs, strict=True):
        db.dispose()
        with sqlite3.connect(path) as conn:
            stamped = {row[0] for row in conn.execute("SELECT version_num FROM alembic_version")}
        assert stamped == _script_heads(MIGRATIONS)
