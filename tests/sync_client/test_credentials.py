"""The device token lives in the OS keyring; a machine without a usable one is refused loudly."""

from __future__ import annotations

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.errors import KeyringError, PasswordDeleteError

from core.errors import DomainError
from sync_client.credentials import KeyringStore, MemoryStore


class DictKeyring(KeyringBackend):
    """A working backend that keeps secrets in memory (stands in for the OS keyring)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.data.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.data[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.data:
            raise PasswordDeleteError(username)
        del self.data[(service, username)]


class LockedKeyring(DictKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("the keyring is locked")


class PlaintextKeyring(DictKeyring):
    pass


def test_a_working_keyring_keeps_the_token_and_the_probe_leaves_nothing_behind() -> None:
    backend = DictKeyring()
    store = KeyringStore(backend)
    store.probe()
    assert backend.data == {}
    store.set("till-1", "secret-token")
    assert store.get("till-1") == "secret-token"
    store.delete("till-1")
    store.delete("till-1")  # twice is fine
    assert store.get("till-1") is None


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring(), PlaintextKeyring()])
def test_no_usable_keyring_is_refused_loudly_never_a_plaintext_fallback(backend) -> None:
    with pytest.raises(DomainError) as info:
        KeyringStore(backend)
    assert info.value.code == "credentials.no_backend"


def test_a_locked_keyring_fails_the_probe_with_a_code() -> None:
    store = KeyringStore(LockedKeyring())
    with pytest.raises(DomainError) as info:
        store.probe()
    assert info.value.code == "credentials.backend_failed"
    with pytest.raises(DomainError):
        store.set("till-1", "t")


def test_the_memory_store_shares_the_interface() -> None:
    store = MemoryStore()
    store.set("d", "t")
    assert store.get("d") == "t"
    store.delete("d")
    assert store.get("d") is None
