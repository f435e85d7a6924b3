"""Vietnamese text in the legacy encodings reports still arrive in, for tests."""

from __future__ import annotations

import unicodedata

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def to_cp1258(text: str) -> bytes:
    """Encode like a Vietnamese Windows editor: precomposed where cp1258 has it, else base+tone."""
    out = []
    for char in nfc(text):
        try:
            out.append(char.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            tone = "".join(c for c in parts if c in _TONES)
            base = nfc("".join(c for c in parts if c not in _TONES))
            out.append((base + tone).encode("cp1258"))
    return b"".join(out)
