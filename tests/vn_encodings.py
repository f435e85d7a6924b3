"""Vietnamese text in the legacy encodings reports still arrive in, for tests."""

from __future__ import annotations

import subprocess
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


def to_tcvn3(text: str) -> bytes:
    """Encode with glibc's own TCVN 5712 converter (iconv), independent of our table.

    Lower-case toned letters and Ă Â Ê Ô Ơ Ư Đ are single bytes 0xA1-0xFF: the VN3 (ABC)
    subset that .VnTime documents use.
    """
    return iconv(text, "TCVN5712-1")


def iconv(text: str, encoding: str) -> bytes:
    """``text`` encoded by glibc's iconv, which knows the Vietnamese encodings Python lacks."""
    done = subprocess.run(
        ["iconv", "-f", "UTF-8", "-t", encoding],
        input=nfc(text).encode("utf-8"),
        capture_output=True,
        check=True,
    )
    return done.stdout


_VNI_TONE = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_HAT = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_VNI_BREVE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_VNI_I = {"": "i", "\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def to_vni(text: str) -> bytes:
    """Encode as the VNI-Windows fonts store text: base letter, then mark bytes (cp1252 view).

    Written from the font layout rules (e.g. `ố` = `o` + 0xE1, `ư` = 0xF6, `đ` = 0xF1),
    not from unionstats' table, so a test compares two independent readings.
    """
    out = []
    for char in nfc(text):
        parts = unicodedata.normalize("NFD", char)
        base, marks = parts[0], parts[1:]
        if not marks and char not in "đĐ":
            out.append(char)
            continue
        tone = next((m for m in marks if m in _VNI_TONE), "")
        low = base.lower()
        if char in "đĐ":
            piece = "ñ"
        elif low == "i":
            piece = _VNI_I[tone]
        elif low == "y" and tone == "\u0323":
            piece = "î"
        elif "\u031b" in marks:
            piece = {"o": "ô", "u": "ö"}[low] + _VNI_TONE.get(tone, "")
        elif "\u0302" in marks:
            piece = low + _VNI_HAT[tone]
        elif "\u0306" in marks:
            piece = low + _VNI_BREVE[tone]
        else:
            piece = low + _VNI_TONE[tone]
        out.append(piece.upper() if base.isupper() or char == "Đ" else piece)
    return "".join(out).encode("cp1252")
