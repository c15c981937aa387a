"""The protocol's integration tests run against a SQLite hub and against a PostgreSQL hub.

Every test that starts its hub through ``harness.running_chain`` is run twice: ``[sqlite]`` and
``[postgresql]`` (a fresh schema). A test about SQLite files themselves carries ``sqlite_hub``.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator

import pytest

from tests.integration import harness


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_hub: the test handles the SQLite hub's files itself")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if metafunc.definition.get_closest_marker("sqlite_hub"):
        return
    if "running_chain" in inspect.getsource(metafunc.function):
        metafunc.parametrize("hub_backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(autouse=True)
def hub_backend(request: pytest.FixtureRequest) -> Iterator[str]:
    """Which database ``running_chain`` gives its hub (SQLite unless parametrised)."""
    backend = getattr(request, "param", "sqlite")
    if backend == "postgresql":
        url = request.getfixturevalue("pg_url")
        request.node.add_marker(pytest.mark.postgres)
        harness.HUB_DB = url
    try:
        yield backend
    finally:
        harness.HUB_DB = None
