"""Where a device keeps its hub token: the operating system's keyring, chosen explicitly.

Never a plaintext file: a machine without a usable keyring is told so loudly (a translated error code)
instead of silently falling back to something that writes the token to disk.
"""

from __future__ import annotations

from typing import Protocol

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

from core.errors import DomainError

SERVICE = "StoreManager"
_PROBE = "store-manager-probe"

# Backends that keep nothing, fail everything, or write secrets to a file in clear.
REFUSED = frozenset(
    {
        "keyring.backends.fail.Keyring",
        "keyring.backends.null.Keyring",
        "keyrings.alt.file.PlaintextKeyring",
        "keyrings.alt.file.EncryptedKeyring",
    }
)


class CredentialStore(Protocol):
    def get(self, device_id: str) -> str | None: ...
    def set(self, device_id: str, token: str) -> None: ...
    def delete(self, device_id: str) -> None: ...


def backend_name(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


class KeyringStore:
    """The device token in the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service)."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        chosen = backend if backend is not None else keyring.get_keyring()
        name = backend_name(chosen)
        if name in REFUSED or "plaintext" in name.lower():
            raise DomainError("credentials.no_backend", backend=name)
        self.backend = chosen
        self.name = name

    def probe(self) -> None:
        """Write, read back and remove a throwaway secret: run at start so a broken keyring shows at once."""
        try:
            self.backend.set_password(SERVICE, _PROBE, "ok")
            ok = self.backend.get_password(SERVICE, _PROBE) == "ok"
            self.backend.delete_password(SERVICE, _PROBE)
        except (KeyringError, OSError, RuntimeError) as exc:
            raise DomainError("credentials.backend_failed", backend=self.name, detail=str(exc)) from exc
        if not ok:
            raise DomainError("credentials.backend_failed", backend=self.name, detail="read back differs")

    def get(self, device_id: str) -> str | None:
        try:
            return self.backend.get_password(SERVICE, device_id)
        except (KeyringError, OSError, RuntimeError) as exc:
            raise DomainError("credentials.backend_failed", backend=self.name, detail=str(exc)) from exc

    def set(self, device_id: str, token: str) -> None:
        try:
            self.backend.set_password(SERVICE, device_id, token)
        except (KeyringError, OSError, RuntimeError) as exc:
            raise DomainError("credentials.backend_failed", backend=self.name, detail=str(exc)) from exc

    def delete(self, device_id: str) -> None:
        try:
            self.backend.delete_password(SERVICE, device_id)
        except keyring.errors.PasswordDeleteError:
            return  # nothing stored: already as wanted
        except (KeyringError, OSError, RuntimeError) as exc:
            raise DomainError("credentials.backend_failed", backend=self.name, detail=str(exc)) from exc


class MemoryStore:
    """For the demo and tests: same interface, nothing leaves the process."""

    def __init__(self) -> None:
        self._tokens: dict[str, str] = {}

    def get(self, device_id: str) -> str | None:
        return self._tokens.get(device_id)

    def set(self, device_id: str, token: str) -> None:
        self._tokens[device_id] = token

    def delete(self, device_id: str) -> None:
        self._tokens.pop(device_id, None)
