"""The one place screens reach the database: ``UseCases`` runs a use case from ``core`` (a plain
function whose first argument is a ``Session``) on a worker thread, in a session it owns, and hands
the result back on the GUI thread.

Screens (``desktop.views``) never open sessions and never import SQLAlchemy or ``core.models``; an
import-linter contract in pyproject.toml holds them to it. Use cases return plain rows or frozen
dataclasses, never ORM objects, so nothing the GUI thread keeps is tied to a session.

    self.ctx.usecases.read(find_by_code, code, then=self._found, failed=self.fail)
    self.ctx.usecases.write(refund, till, staff, lines, then=self._refunded)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from core.db import Database
from desktop.tasks import TaskRunner

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

P = ParamSpec("P")
R = TypeVar("R")

Done = Callable[[Any], None] | None
Failed = Callable[[BaseException], None] | None


class UseCases:
    """``read`` runs a query in a read transaction, ``write`` a change in a write transaction (committed
    when the use case returns, rolled back if it raises); both off the GUI thread."""

    def __init__(self, db: Database, tasks: TaskRunner) -> None:
        self._db = db
        self._tasks = tasks

    def read(
        self,
        use_case: Callable[Concatenate[Session, P], R],
        *args: P.args,
        then: Done = None,
        failed: Failed = None,
        **kwargs: P.kwargs,
    ) -> None:
        def work() -> R:
            with self._db.read() as session:
                return use_case(session, *args, **kwargs)

        self._tasks.submit(work, then, failed)

    def write(
        self,
        use_case: Callable[Concatenate[Session, P], R],
        *args: P.args,
        then: Done = None,
        failed: Failed = None,
        **kwargs: P.kwargs,
    ) -> None:
        def work() -> R:
            with self._db.write() as session:
                return use_case(session, *args, **kwargs)

        self._tasks.submit(work, then, failed)

    def run_now(self, use_case: Callable[Concatenate[Session, P], R], *args: P.args, **kwargs: P.kwargs) -> R:
        """For worker threads only (a print job, a sync callback): the use case in a write
        transaction, on the calling thread. Never call it on the GUI thread."""
        with self._db.write() as session:
            return use_case(session, *args, **kwargs)
