"""Encryption of sensitive fields at rest (Fernet from `cryptography`: AES-128-CBC + HMAC)."""

from __future__ import annotations

import base64
import hashlib

from cryptography.fernet import Fernet, InvalidToken


class Cipher:
    """Encrypts and decrypts text with a key from HOTLINE_SECRET_KEY."""

    def __init__(self, key: str) -> None:
        self._fernet = Fernet(self._fernet_key(key))

    @staticmethod
    def _fernet_key(key: str) -> bytes:
        """A Fernet key as given, or one derived from a passphrase (SHA-256)."""
        try:
            Fernet(key.encode())
            return key.encode()
        except (ValueError, TypeError):
            return base64.urlsafe_b64encode(hashlib.sha256(key.encode("utf-8")).digest())

    @staticmethod
    def generate_key() -> str:
        return Fernet.generate_key().decode()

    def encrypt(self, text: str) -> str:
        return self._fernet.encrypt(text.encode("utf-8")).decode("ascii")

    def decrypt(self, token: str) -> str:
        """The plain text; ValueError if the key is wrong or the data was altered."""
        try:
            return self._fernet.decrypt(token.encode("ascii")).decode("utf-8")
        except InvalidToken:
            raise ValueError("cannot decrypt: wrong HOTLINE_SECRET_KEY or damaged data") from None
