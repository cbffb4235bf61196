"""Small, valid audio files of silence for the speech route, and what the transcription route reads
back from an upload.

Every format is a real, decodable file (24 kHz mono unless the format dictates otherwise): WAV and
raw PCM (16-bit little-endian), FLAC (constant subframes), MP3 (silent MPEG-1 Layer III frames at
32 kHz), Ogg Opus (20 ms silence packets) and AAC (silent ADTS AAC-LC frames). The spoken text is
stored in the file's metadata (WAV ``LIST/INFO/ICMT``, FLAC and Opus ``DESCRIPTION=`` comments, an
ID3v2 ``COMM`` frame for MP3 and AAC) so that transcribing emulator speech gives the text back.
Raw PCM has no metadata.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable

PCM_RATE = 24_000
SECONDS_PER_CHAR = 0.066  # about 15 characters a second, like the real voices

CONTENT_TYPES = {
    "mp3": "audio/mpeg",
    "opus": "audio/ogg",
    "aac": "audio/aac",
    "flac": "audio/flac",
    "wav": "audio/wav",
    "pcm": "audio/pcm",
}


def speech_seconds(text: str, speed: float = 1.0) -> float:
    """How long the emulator's speech for ``text`` lasts (0.5 s to 30 s)."""
    return min(30.0, max(0.5, len(text) * SECONDS_PER_CHAR / speed))


# -- WAV / PCM -------------------------------------------------------------------------------------


def _riff_chunk(tag: bytes, payload: bytes) -> bytes:
    return tag + struct.pack("<I", len(payload)) + payload + (b"\0" if len(payload) % 2 else b"")


def pcm(seconds: float) -> bytes:
    """Raw 16-bit mono 24 kHz silence (OpenAI's ``pcm`` format)."""
    return bytes(2 * int(seconds * PCM_RATE))


def wav(seconds: float, text: str) -> bytes:
    fmt = struct.pack("<HHIIHH", 1, 1, PCM_RATE, PCM_RATE * 2, 2, 16)
    info = b"INFO" + _riff_chunk(b"ICMT", text.encode() + b"\0")
    body = b"WAVE" + _riff_chunk(b"fmt ", fmt) + _riff_chunk(b"LIST", info) + _riff_chunk(b"data", pcm(seconds))
    return b"RIFF" + struct.pack("<I", len(body)) + body


# -- FLAC ------------------------------------------------------------------------------------------

_FLAC_BLOCK = 4096


def _crc(data: bytes, poly: int, bits: int) -> int:
    top, mask, crc = 1 << (bits - 1), (1 << bits) - 1, 0
    for byte in data:
        crc ^= byte << (bits - 8)
        for _ in range(8):
            crc = ((crc << 1) ^ poly) & mask if crc & top else (crc << 1) & mask
    return crc


def _vorbis_comments(text: str) -> bytes:
    vendor, comment = b"azopenai emulator", f"DESCRIPTION={text}".encode()
    return struct.pack("<I", len(vendor)) + vendor + struct.pack("<II", 1, len(comment)) + comment


def flac(seconds: float, text: str) -> bytes:
    total = int(seconds * PCM_RATE)
    info = struct.pack(">HH", _FLAC_BLOCK, _FLAC_BLOCK) + bytes(6)
    info += ((PCM_RATE << 44) | (0 << 41) | (15 << 36) | total).to_bytes(8, "big") + bytes(16)
    comments = _vorbis_comments(text)
    out = bytearray(b"fLaC")
    out += bytes([0]) + len(info).to_bytes(3, "big") + info
    out += bytes([0x80 | 4]) + len(comments).to_bytes(3, "big") + comments
    for number, start in enumerate(range(0, total, _FLAC_BLOCK)):
        size = min(_FLAC_BLOCK, total - start)
        # fixed block size; block size in 16 bits at the end (0111), 24 kHz (0111); mono, 16 bit
        header = b"\xff\xf8\x77\x08" + chr(number).encode() + struct.pack(">H", size - 1)
        frame = header + bytes([_crc(header, 0x07, 8)]) + b"\x00\x00\x00"  # CONSTANT subframe of 0
        out += frame + struct.pack(">H", _crc(frame, 0x8005, 16))
    return bytes(out)


# -- ID3v2 tagged: MP3 and AAC ---------------------------------------------------------------------


def _synchsafe(value: int) -> bytes:
    return bytes((value >> shift) & 0x7F for shift in (21, 14, 7, 0))


def _id3(text: str) -> bytes:
    comm = b"\x03eng\x00" + text.encode()  # UTF-8, language, empty description, text
    frame = b"COMM" + _synchsafe(len(comm)) + b"\0\0" + comm
    return b"ID3\x04\x00\x00" + _synchsafe(len(frame)) + frame


def mp3(seconds: float, text: str) -> bytes:
    # MPEG-1 Layer III, no CRC, 32 kbit/s, 32 kHz, mono: 144-byte frames of 1152 samples, all-zero
    # side info and main data decode as silence
    frame = b"\xff\xfb\x18\xc0" + bytes(140)
    return _id3(text) + frame * max(1, round(seconds * 32_000 / 1152))


def aac(seconds: float, text: str) -> bytes:
    # ADTS AAC-LC, 24 kHz, mono; raw block: one SCE with max_sfb 0 (silence), then END
    payload = b"\x00\x00\x00\x07"
    length = 7 + len(payload)
    bits = (0xFFF << 44) | (1 << 40) | (1 << 38) | (6 << 34) | (1 << 30) | (length << 13) | (0x7FF << 2)
    frame = bits.to_bytes(7, "big") + payload
    return _id3(text) + frame * max(1, round(seconds * PCM_RATE / 1024))


# -- Ogg Opus --------------------------------------------------------------------------------------

_OPUS_SILENCE = b"\xf8\xff\xfe"  # CELT fullband 20 ms, mono, one frame
_OPUS_PRE_SKIP = 312


def _ogg_page(packets: list[bytes], granule: int, sequence: int, flags: int) -> bytes:
    lacing = bytearray()
    for packet in packets:
        lacing += b"\xff" * (len(packet) // 255) + bytes([len(packet) % 255])
    header = b"OggS\x00" + bytes([flags]) + struct.pack("<qIII", granule, 0x415A4F41, sequence, 0)
    page = bytearray(header + bytes([len(lacing)]) + lacing + b"".join(packets))
    crc = _crc(bytes(page), 0x04C11DB7, 32)
    page[22:26] = struct.pack("<I", crc)
    return bytes(page)


def opus(seconds: float, text: str) -> bytes:
    head = b"OpusHead" + struct.pack("<BBHIhB", 1, 1, _OPUS_PRE_SKIP, PCM_RATE, 0, 0)
    tags = b"OpusTags" + _vorbis_comments(text)
    count = max(1, round(seconds / 0.02))
    pages = [_ogg_page([head], 0, 0, 0x02), _ogg_page([tags], 0, 1, 0)]
    sent = 0
    while sent < count:
        batch = min(255, count - sent)
        sent += batch
        flags = 0x04 if sent == count else 0
        pages.append(_ogg_page([_OPUS_SILENCE] * batch, sent * 960, len(pages), flags))
    return b"".join(pages)


ENCODERS: dict[str, Callable[[float, str], bytes]] = {
    "mp3": mp3,
    "opus": opus,
    "aac": aac,
    "flac": flac,
    "wav": wav,
    "pcm": lambda seconds, text: pcm(seconds),
}


def speech(text: str, response_format: str, speed: float = 1.0) -> bytes:
    """The emulator's spoken ``text``: silence of a plausible length, ``text`` in the metadata."""
    return ENCODERS[response_format](speech_seconds(text, speed), text)


# -- reading uploads back --------------------------------------------------------------------------


def _vorbis_description(block: bytes) -> str | None:
    (vendor,) = struct.unpack_from("<I", block)
    offset = 4 + vendor
    (count,) = struct.unpack_from("<I", block, offset)
    offset += 4
    for _ in range(count):
        (size,) = struct.unpack_from("<I", block, offset)
        key, _, value = block[offset + 4 : offset + 4 + size].decode(errors="replace").partition("=")
        if key.upper() == "DESCRIPTION":
            return value
        offset += 4 + size
    return None


def _embedded_text(data: bytes) -> str | None:
    if data.startswith(b"RIFF") and b"ICMT" in data:
        start = data.index(b"ICMT")
        (size,) = struct.unpack_from("<I", data, start + 4)
        return data[start + 8 : start + 8 + size].rstrip(b"\0").decode(errors="replace")
    if data.startswith(b"fLaC"):
        offset = 4
        while offset + 4 <= len(data):
            kind, size = data[offset] & 0x7F, int.from_bytes(data[offset + 1 : offset + 4], "big")
            if kind == 4:
                return _vorbis_description(data[offset + 4 : offset + 4 + size])
            if data[offset] & 0x80:
                break
            offset += 4 + size
    if data.startswith(b"ID3") and data[10:14] == b"COMM":
        size = sum(byte << shift for byte, shift in zip(data[14:18], (21, 14, 7, 0), strict=True))
        return data[20 + 5 : 20 + size].decode(errors="replace")
    if data.startswith(b"OggS") and b"OpusTags" in data:
        return _vorbis_description(data[data.index(b"OpusTags") + 8 :])
    return None


def _seconds(data: bytes) -> float:
    if data.startswith(b"RIFF") and b"data" in data:
        size: int = struct.unpack_from("<I", data, data.rindex(b"data") + 4)[0]
        return size / (PCM_RATE * 2)
    if data.startswith(b"fLaC") and len(data) >= 26:
        packed = int.from_bytes(data[18:26], "big")
        rate, total = packed >> 44, packed & ((1 << 36) - 1)
        if rate:
            return total / rate
    return max(0.5, len(data) / 4000)  # about 32 kbit/s


def describe_upload(data: bytes, filename: str) -> tuple[str, float]:
    """The text and duration (seconds) the emulator "hears" in an uploaded audio file: the text the
    emulator's own speech stored in it, else a deterministic sentence naming the file."""
    text = _embedded_text(data)
    if text:
        seconds = _seconds(data) if data.startswith((b"RIFF", b"fLaC")) else speech_seconds(text)
        return text, round(seconds, 2)
    digest = zlib.crc32(data) & 0xFFFFFFFF
    return f"This is the emulator's transcription of {filename or 'the audio'} ({digest:08x}).", round(
        _seconds(data), 2
    )
