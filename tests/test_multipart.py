"""The audio upload encoder: ``file=`` normalization, the multipart body (parsed back with the standard
library's email parser), replays, and the body sent by plain httpx2 clients to a loopback server."""

from __future__ import annotations

import email.parser
import email.policy
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx2
import pytest
from azopenai._multipart import (
    DEFAULT_FILENAME,
    AudioFile,
    MultipartBody,
    RequestBodyNotReplayableError,
    audio_file,
    audio_form,
    upload_request,
)
from loopback import Exchange, LoopbackServer, Reply
from routes import request_model

TRANSCRIPTION_REQUEST = request_model("get_audio_transcription")
TRANSLATION_REQUEST = request_model("get_audio_translation")
MP3 = b"ID3\x04\x00\x00\x00\x00\x00#TSSE" + bytes(range(256)) * 40
FLAC = b"fLaC\x00\x00\x00\x22" + b"\r\n--not-the-boundary--\r\n" * 100


@dataclass(frozen=True)
class Part:
    name: str
    filename: str | None
    content_type: str
    data: bytes


def parse_form(content_type: str, body: bytes) -> list[Part]:
    """A ``multipart/form-data`` body as the standard library's email parser reads it."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
    )
    assert message.is_multipart(), content_type
    parts = []
    for part in message.iter_parts():
        assert part.get_content_disposition() == "form-data"
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        parts.append(
            Part(
                str(part.get_param("name", header="content-disposition")),
                part.get_filename(),
                part.get_content_type(),
                payload,
            )
        )
    return parts


def fields_of(parts: list[Part]) -> list[tuple[str, str]]:
    return [(part.name, part.data.decode()) for part in parts if part.filename is None]


def file_of(parts: list[Part]) -> Part:
    (part,) = [part for part in parts if part.name == "file"]
    return part


class OneShotStream(io.RawIOBase):
    """A non-seekable binary stream (like a pipe) with no name."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        chunk = self._data.read(min(len(buffer), 1000))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def joined(body: MultipartBody) -> bytes:
    return b"".join(body)


async def ajoined(body: MultipartBody) -> bytes:
    return b"".join([chunk async for chunk in body])


@pytest.fixture
def mp3_path(tmp_path: Path) -> Path:
    path = tmp_path / "speech.mp3"
    path.write_bytes(MP3)
    return path


# --- file= normalization -------------------------------------------------------------------------


def test_bytes_get_a_sniffed_default_name() -> None:
    assert audio_file(MP3) == AudioFile("audio.mp3", "audio/mpeg", MP3, len(MP3))
    assert audio_file(FLAC).filename == "audio.flac"
    assert audio_file(b"RIFF\x00\x00\x00\x00WAVEfmt ").filename == "audio.wav"
    assert audio_file(b"OggS\x00\x02").filename == "audio.ogg"
    assert audio_file(b"\x1a\x45\xdf\xa3\x01").filename == "audio.webm"
    assert audio_file(b"\x00\x00\x00\x1cftypM4A \x00").filename == "audio.m4a"
    assert audio_file(b"\x00\x00\x00\x1cftypisom\x00").filename == "audio.mp4"
    assert audio_file(b"unknown").filename == DEFAULT_FILENAME
    assert audio_file(bytearray(b"fLaC")).source == b"fLaC"


@pytest.mark.parametrize(
    ("name", "content_type"),
    [
        ("a.mp3", "audio/mpeg"),
        ("a.MP4", "audio/mp4"),
        ("a.mpeg", "audio/mpeg"),
        ("a.mpga", "audio/mpeg"),
        ("a.m4a", "audio/mp4"),
        ("a.ogg", "audio/ogg"),
        ("a.wav", "audio/wav"),
        ("a.webm", "audio/webm"),
        ("a.flac", "audio/flac"),
        ("a.txt", "application/octet-stream"),
        ("noext", "application/octet-stream"),
    ],
)
def test_content_type_follows_the_extension(name: str, content_type: str) -> None:
    assert audio_file(MP3, filename=name).content_type == content_type


def test_path_forms(mp3_path: Path) -> None:
    for form in (mp3_path, str(mp3_path)):
        assert audio_file(form) == AudioFile("speech.mp3", "audio/mpeg", mp3_path, len(MP3))
    assert audio_file(mp3_path, filename="x.wav").filename == "x.wav"
    assert audio_file(mp3_path, filename="x.wav").content_type == "audio/wav"


def test_file_object_forms(mp3_path: Path) -> None:
    with mp3_path.open("rb") as handle:
        handle.read(3)  # read from where the file stands when the call is made
        part = audio_file(handle)
        described = (part.filename, part.content_type, part.length, part.offset)
        assert described == ("speech.mp3", "audio/mpeg", len(MP3) - 3, 3)
        assert handle.tell() == 3
    buffer = io.BytesIO(FLAC)
    part = audio_file(buffer)
    assert (part.filename, part.content_type, part.length, buffer.tell()) == ("audio.flac", "audio/flac", len(FLAC), 0)
    one_shot = audio_file(OneShotStream(MP3))
    assert (one_shot.filename, one_shot.length, one_shot.replayable) == (DEFAULT_FILENAME, None, False)


def test_tuple_forms(mp3_path: Path) -> None:
    assert audio_file(("clip.ogg", MP3)) == AudioFile("clip.ogg", "audio/ogg", MP3, len(MP3))
    assert audio_file(("clip.ogg", MP3, "audio/x-custom")).content_type == "audio/x-custom"
    assert audio_file(("clip.ogg", MP3, None)).content_type == "audio/ogg"
    assert audio_file((None, FLAC)).filename == "audio.flac"
    assert audio_file(("clip.ogg", MP3), filename="other.wav").filename == "other.wav"
    with mp3_path.open("rb") as handle:
        assert audio_file(("renamed.m4a", handle)).filename == "renamed.m4a"
        assert audio_file((None, handle)).filename == "speech.mp3"


def test_wrong_file_arguments_name_the_argument(mp3_path: Path, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"^file: no such audio file: .*missing\.mp3"):
        audio_file(tmp_path / "missing.mp3")
    with pytest.raises(FileNotFoundError, match="^file: "):
        audio_file(str(tmp_path))  # a folder is not an audio file
    with pytest.raises(TypeError, match=r"^file: expected bytes, a path, .* not int"):
        audio_file(42)
    with pytest.raises(TypeError, match="^file: expected .* not list"):
        audio_file([MP3])
    with mp3_path.open("r") as text, pytest.raises(TypeError, match=r"^file: .*text mode.*'rb'"):
        audio_file(text)
    with pytest.raises(TypeError, match="^file: .*text mode"):
        audio_file(io.StringIO("not audio"))
    closed = mp3_path.open("rb")
    closed.close()
    with pytest.raises(ValueError, match="^file: the file object is closed"):
        audio_file(closed)
    with pytest.raises(TypeError, match=r"^file: a tuple must be \(filename, content\[, content_type\]\)"):
        audio_file(("a.mp3",))
    with pytest.raises(TypeError, match="^file: the tuple's content must be bytes or a binary file object, not str"):
        audio_file(("a.mp3", "text"))
    with pytest.raises(TypeError, match="^file: the tuple's filename must be a str or None, not int"):
        audio_file((1, MP3))
    with pytest.raises(TypeError, match="^filename must be a str, not bytes"):
        audio_file(MP3, filename=b"a.mp3")  # type: ignore[arg-type]


# --- the multipart body --------------------------------------------------------------------------


def test_body_parses_back_into_the_same_fields_and_bytes(mp3_path: Path) -> None:
    body = audio_form(
        "op",
        TRANSCRIPTION_REQUEST,
        deployment="whisper-1",
        openai=True,
        file=mp3_path,
        filename=None,
        language="en",
        prompt='say "hi"\r\nplease',
        response_format="verbose_json",
        temperature=0.25,
        timestamp_granularities=["word", "segment"],
    )
    data = joined(body)
    assert body.content_length == len(data)
    assert body.headers == {"Content-Type": body.content_type, "Content-Length": str(len(data))}
    parts = parse_form(body.content_type, data)
    assert fields_of(parts) == [
        ("language", "en"),
        ("prompt", 'say "hi"\r\nplease'),
        ("response_format", "verbose_json"),
        ("temperature", "0.25"),
        ("timestamp_granularities[]", "word"),
        ("timestamp_granularities[]", "segment"),
        ("model", "whisper-1"),
    ]
    assert file_of(parts) == Part("file", "speech.mp3", "audio/mpeg", MP3)


def test_unset_fields_are_not_sent() -> None:
    body = audio_form(
        "op",
        TRANSLATION_REQUEST,
        deployment="d",
        openai=False,
        file=("a.wav", MP3),
        filename=None,
        prompt=None,
        response_format=None,
        temperature=None,
    )
    parts = parse_form(body.content_type, joined(body))
    assert fields_of(parts) == []
    assert file_of(parts) == Part("file", "a.wav", "audio/wav", MP3)


def test_filename_is_escaped() -> None:
    body = MultipartBody([], audio_file(MP3, filename='we"ird\r\nname.mp3'))
    assert b'filename="we%22ird%0D%0Aname.mp3"' in joined(body)
    assert file_of(parse_form(body.content_type, joined(body))).data == MP3


def test_boundary_is_random_and_absent_from_the_file() -> None:
    first, second = MultipartBody([], audio_file(FLAC)), MultipartBody([], audio_file(FLAC))
    assert first.boundary != second.boundary
    assert len(first.boundary) == 32
    assert first.boundary.encode() not in FLAC
    assert file_of(parse_form(first.content_type, joined(first))).data == FLAC


def test_every_iteration_yields_the_same_bytes(mp3_path: Path) -> None:
    with mp3_path.open("rb") as handle:
        for source in (MP3, mp3_path, handle):
            body = MultipartBody([("model", "m")], audio_file(source))
            once = joined(body)
            assert joined(body) == once
            assert file_of(parse_form(body.content_type, once)).data == MP3


async def test_async_iteration_yields_the_same_bytes(mp3_path: Path) -> None:
    with mp3_path.open("rb") as handle:
        for source in (MP3, mp3_path, handle):
            body = MultipartBody([("model", "m")], audio_file(source))
            once = await ajoined(body)
            assert await ajoined(body) == once == joined(body)
            assert file_of(parse_form(body.content_type, once)).data == MP3


def test_large_file_is_read_in_chunks(tmp_path: Path) -> None:
    path = tmp_path / "big.wav"
    data = os.urandom(3 * 256 * 1024 + 5)
    path.write_bytes(data)
    chunks = list(MultipartBody([], audio_file(path)))
    assert [len(chunk) for chunk in chunks[1:-1]] == [256 * 1024] * 3 + [5]
    assert b"".join(chunks[1:-1]) == data


def test_non_seekable_stream_is_sent_once() -> None:
    body = MultipartBody([], audio_file(OneShotStream(MP3)))
    assert body.content_length is None
    assert body.headers == {"Content-Type": body.content_type, "Transfer-Encoding": "chunked"}
    assert file_of(parse_form(body.content_type, joined(body))).data == MP3
    with pytest.raises(RequestBodyNotReplayableError, match="non-seekable stream .* already sent once"):
        joined(body)


async def test_non_seekable_stream_is_sent_once_async() -> None:
    body = MultipartBody([], audio_file(OneShotStream(MP3)))
    assert file_of(parse_form(body.content_type, await ajoined(body))).data == MP3
    with pytest.raises(RequestBodyNotReplayableError):
        await ajoined(body)


def test_a_file_that_shrinks_between_attempts_is_not_sent_short(mp3_path: Path) -> None:
    body = MultipartBody([], audio_file(mp3_path))
    mp3_path.write_bytes(MP3[:100])
    with pytest.raises(OSError, match="shrank while it was being sent"):
        joined(body)


def test_a_file_that_grows_sends_the_size_announced(mp3_path: Path) -> None:
    body = MultipartBody([], audio_file(mp3_path))
    mp3_path.write_bytes(MP3 + b"more")
    data = joined(body)
    assert len(data) == body.content_length
    assert file_of(parse_form(body.content_type, data)).data == MP3


# --- the body on the wire, through plain httpx2 clients -------------------------------------------


def _echo(exchange: Exchange) -> Reply:
    return Reply.json({"ok": True})


def _sent(server: LoopbackServer) -> Iterator[tuple[Exchange, list[Part]]]:
    for exchange in server.exchanges:
        yield exchange, parse_form(exchange.headers["content-type"], exchange.body)


@pytest.mark.parametrize("kind", ["path", "stream"])
def test_sent_by_httpx(mp3_path: Path, kind: str) -> None:
    source = mp3_path if kind == "path" else OneShotStream(MP3)
    body = audio_form(
        "op", TRANSCRIPTION_REQUEST, deployment="d", openai=False, file=source, filename=None, language="en"
    )
    with LoopbackServer(_echo) as server, httpx2.Client() as http:
        request = http.build_request("POST", server.url + "/upload", headers=body.headers)
        request.stream = body
        assert http.send(request).json() == {"ok": True}
    ((exchange, parts),) = _sent(server)
    assert ("content-length" in exchange.headers) == (kind == "path")
    assert fields_of(parts) == [("language", "en")]
    assert file_of(parts).data == MP3


async def test_sent_by_async_httpx(mp3_path: Path) -> None:
    body = audio_form(
        "op", TRANSCRIPTION_REQUEST, deployment="d", openai=False, file=mp3_path, filename=None, language="en"
    )
    with LoopbackServer(_echo) as server:
        async with httpx2.AsyncClient() as http:
            request = http.build_request("POST", server.url + "/upload", headers=body.headers)
            request.stream = body
            assert (await http.send(request)).json() == {"ok": True}
    ((exchange, parts),) = _sent(server)
    assert exchange.headers["content-length"] == str(body.content_length)
    assert file_of(parts) == Part("file", "speech.mp3", "audio/mpeg", MP3)


def test_upload_request_keeps_the_body_headers() -> None:
    body = MultipartBody([], audio_file(MP3))
    headers = {"Content-Type": "text/plain", "content-length": "3", "Transfer-Encoding": "gzip", "x-extra": "1"}
    with httpx2.Client() as http:
        request = upload_request(http, "http://127.0.0.1:1/upload", {"q": "1"}, body, headers, 5.0)
    assert request.headers.get_list("content-type") == [body.content_type]
    assert request.headers.get_list("content-length") == [str(body.content_length)]
    assert "transfer-encoding" not in request.headers
    assert request.headers["x-extra"] == "1"
    assert request.stream is body
    assert request.extensions["timeout"]["read"] == 5.0
    assert str(request.url) == "http://127.0.0.1:1/upload?q=1"
