"""Audio uploads: ``file=`` normalization and a streaming, replayable ``multipart/form-data`` body.

``audio_file(file, filename)`` checks the caller's ``file`` argument before any request is made and
describes where its bytes come from (``AudioFile``). ``audio_form(...)`` turns it and the other
form fields (names, order and formatting from the generated request model) into a
``MultipartBody``: an ``httpx2`` request stream, sync and async, that reads the file in chunks while
it is sent and can be iterated again for a retry:

- bytes are sent as they are;
- a path is re-opened for every attempt;
- a seekable binary file object is seeked back to where it stood when the call was made;
- a non-seekable stream (a pipe, a socket, a generator-backed reader) is sent once, without
  retries (``upload_request``): the service's answer, even a 429, is the call's result. Iterating
  such a body twice raises ``RequestBodyNotReplayableError`` rather than send a truncated body.

The body has a ``Content-Length`` whenever the file's size is known (everything but non-seekable
streams, which are sent with chunked transfer encoding), and a random boundary.
"""

from __future__ import annotations

import io
import os
import secrets
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

import httpx2

from ._base import check_deployment, check_timeout
from ._exceptions import RequestBodyNotReplayableError, decoding
from ._transport import PIPELINE_OPTIONS
from ._validation import check_fields

if TYPE_CHECKING:
    from azopenai_generated.operation_types import (
        GetAudioTranscriptionRequest,
        GetAudioTranscriptionResult,
        GetAudioTranslationRequest,
        GetAudioTranslationResult,
    )

__all__ = [
    "AudioFile",
    "AudioInput",
    "MultipartBody",
    "audio_file",
    "audio_form",
    "audio_result",
    "upload_request",
]

FileContent = bytes | IO[bytes]
AudioInput = (
    bytes
    | str
    | os.PathLike[str]
    | IO[bytes]
    | tuple[str | None, FileContent]
    | tuple[str | None, FileContent, str | None]
)
"""What ``file=`` accepts: bytes, a path, a binary file object, or ``(filename, content[, content_type])``."""

CHUNK_SIZE = 256 * 1024
DEFAULT_FILENAME = "audio.mp3"  # when neither a name nor the first bytes tell: the service reads the extension
CONTENT_TYPES = {
    "flac": "audio/flac",
    "m4a": "audio/mp4",
    "mp3": "audio/mpeg",
    "mp4": "audio/mp4",
    "mpeg": "audio/mpeg",
    "mpga": "audio/mpeg",
    "ogg": "audio/ogg",
    "wav": "audio/wav",
    "webm": "audio/webm",
}


@dataclass(frozen=True)
class AudioFile:
    """The ``file`` part of an upload: its name, content type and where its bytes come from.

    ``source`` is bytes, a ``Path`` (re-opened for each attempt) or a binary file object read from
    ``offset`` (seekable) or from where it stands (non-seekable, ``length`` is ``None``).
    """

    filename: str
    content_type: str
    source: bytes | Path | IO[bytes]
    length: int | None
    offset: int = 0

    @property
    def replayable(self) -> bool:
        return self.length is not None


def audio_file(file: object, filename: str | None = None) -> AudioFile:
    """Check ``file`` (see ``AudioInput``) and describe it; ``filename`` overrides the part's name.

    Raises ``TypeError`` for an unsupported type or a text-mode file, ``FileNotFoundError`` for a
    path that is not a file, ``ValueError`` for a closed file.
    """
    if filename is not None and not isinstance(filename, str):
        raise TypeError(f"filename must be a str, not {type(filename).__name__}")
    content_type: str | None = None
    if isinstance(file, tuple):
        if len(file) not in (2, 3):
            raise TypeError(f"file: a tuple must be (filename, content[, content_type]), got {len(file)} items")
        name, content = file[0], file[1]
        content_type = file[2] if len(file) == 3 else None
        if name is not None and not isinstance(name, str):
            raise TypeError(f"file: the tuple's filename must be a str or None, not {type(name).__name__}")
        if content_type is not None and not isinstance(content_type, str):
            raise TypeError(f"file: the tuple's content type must be a str or None, not {type(content_type).__name__}")
        if not isinstance(content, (bytes, bytearray)) and not _is_file_object(content):
            kind = type(content).__name__
            raise TypeError(f"file: the tuple's content must be bytes or a binary file object, not {kind}")
        part = _from_content(content, filename or name)
    elif isinstance(file, (str, os.PathLike)):
        part = _from_path(Path(file), filename)
    else:
        part = _from_content(file, filename)
    if content_type is None:
        return part
    return AudioFile(part.filename, content_type, part.source, part.length, part.offset)


def _from_path(path: Path, filename: str | None) -> AudioFile:
    if not path.is_file():
        raise FileNotFoundError(f"file: no such audio file: {str(path)!r}")
    name = filename or path.name
    return AudioFile(name, _content_type(name), path, path.stat().st_size)


def _from_content(content: object, filename: str | None) -> AudioFile:
    if isinstance(content, (bytes, bytearray)):
        data = bytes(content)
        name = filename or _default_name(data[:12])
        return AudioFile(name, _content_type(name), data, len(data))
    if not _is_file_object(content):
        raise TypeError(
            "file: expected bytes, a path, a binary file object or a (filename, content[, content_type]) tuple, "
            f"not {type(content).__name__}"
        )
    stream: IO[bytes] = content  # type: ignore[assignment]
    if getattr(stream, "closed", False):
        raise ValueError("file: the file object is closed")
    if isinstance(stream, io.TextIOBase) or isinstance(stream.read(0), str):
        raise TypeError("file: the file object is in text mode; open it in binary mode ('rb')")
    own_name = getattr(stream, "name", None)
    if filename is None and isinstance(own_name, (str, os.PathLike)):
        filename = os.path.basename(os.fspath(own_name)) or None
    if not _seekable(stream):
        name = filename or DEFAULT_FILENAME
        return AudioFile(name, _content_type(name), stream, None)
    offset = stream.tell()
    stream.seek(0, io.SEEK_END)
    size = stream.tell() - offset
    stream.seek(offset)
    if filename is None:
        filename = _default_name(stream.read(12))
        stream.seek(offset)
    return AudioFile(filename, _content_type(filename), stream, max(size, 0), offset)


def _is_file_object(value: object) -> bool:
    return callable(getattr(value, "read", None))


def _seekable(stream: IO[bytes]) -> bool:
    try:
        return bool(stream.seekable())
    except (AttributeError, ValueError, OSError):
        return False


def _content_type(filename: str) -> str:
    extension = filename.rpartition(".")[2].lower() if "." in filename else ""
    return CONTENT_TYPES.get(extension, "application/octet-stream")


def _default_name(head: bytes) -> str:
    """``audio.<ext>`` for the format the first bytes show, else ``DEFAULT_FILENAME``."""
    if head.startswith(b"fLaC"):
        return "audio.flac"
    if head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return "audio.wav"
    if head.startswith(b"OggS"):
        return "audio.ogg"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "audio.webm"
    if head[4:8] == b"ftyp":
        return "audio.m4a" if head[8:11] == b"M4A" else "audio.mp4"
    return DEFAULT_FILENAME


def _quote(value: str) -> str:
    """A form-data parameter value, escaped as browsers do (``"``, CR and LF percent-encoded)."""
    return value.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


class MultipartBody(httpx2.SyncByteStream, httpx2.AsyncByteStream):
    """A ``multipart/form-data`` request stream: the text ``fields`` then the ``file`` part.

    Iterating it (sync or async) yields the encoded body, the file read ``CHUNK_SIZE`` bytes at a
    time (in a worker thread when async); every iteration yields the same bytes, except for a
    non-seekable file, which can be iterated once. Send it as ``request.stream`` with ``headers``.
    """

    def __init__(self, fields: list[tuple[str, str]], file: AudioFile, *, file_field: str = "file") -> None:
        self.boundary = secrets.token_hex(16)
        self.file = file
        head = b"".join(
            f'--{self.boundary}\r\nContent-Disposition: form-data; name="{_quote(name)}"\r\n\r\n'.encode()
            + value.encode()
            + b"\r\n"
            for name, value in fields
        )
        self._head = (
            head
            + (
                f"--{self.boundary}\r\n"
                f'Content-Disposition: form-data; name="{_quote(file_field)}"; filename="{_quote(file.filename)}"\r\n'
                f"Content-Type: {file.content_type}\r\n\r\n"
            ).encode()
        )
        self._tail = f"\r\n--{self.boundary}--\r\n".encode()
        self._sent_once = False

    @property
    def content_type(self) -> str:
        return f"multipart/form-data; boundary={self.boundary}"

    @property
    def content_length(self) -> int | None:
        """The body's size in bytes, ``None`` for a non-seekable file."""
        if self.file.length is None:
            return None
        return len(self._head) + self.file.length + len(self._tail)

    @property
    def headers(self) -> dict[str, str]:
        """``Content-Type`` and ``Content-Length`` (or ``Transfer-Encoding: chunked``) for this body."""
        length = self.content_length
        sized = {"Content-Length": str(length)} if length is not None else {"Transfer-Encoding": "chunked"}
        return {"Content-Type": self.content_type, **sized}

    def _start(self) -> None:
        if not self.file.replayable:
            if self._sent_once:
                raise RequestBodyNotReplayableError(
                    "file: the audio came from a non-seekable stream that was already sent once and cannot be "
                    "re-sent (retry); pass a path, bytes or a seekable binary file to allow retries"
                )
            self._sent_once = True

    def __iter__(self) -> Iterator[bytes]:
        self._start()
        yield self._head
        source = self.file.source
        if isinstance(source, bytes):
            yield source
        elif isinstance(source, Path):
            with source.open("rb") as stream:
                yield from self._chunks(stream)
        else:
            yield from self._chunks(source)
        yield self._tail

    async def __aiter__(self) -> AsyncIterator[bytes]:
        from anyio.to_thread import run_sync

        self._start()
        yield self._head
        source = self.file.source
        if isinstance(source, bytes):
            yield source
        elif isinstance(source, Path):
            stream = await run_sync(source.open, "rb")
            try:
                async for chunk in self._achunks(stream):
                    yield chunk
            finally:
                await run_sync(stream.close)
        else:
            async for chunk in self._achunks(source):
                yield chunk
        yield self._tail

    def _chunks(self, stream: IO[bytes]) -> Iterator[bytes]:
        self._rewind(stream)
        remaining = self.file.length
        while remaining is None or remaining > 0:
            chunk = stream.read(CHUNK_SIZE if remaining is None else min(CHUNK_SIZE, remaining))
            if not chunk:
                break
            if remaining is not None:
                remaining -= len(chunk)
            yield chunk
        self._check_complete(remaining)

    async def _achunks(self, stream: IO[bytes]) -> AsyncIterator[bytes]:
        from anyio.to_thread import run_sync

        await run_sync(self._rewind, stream)
        remaining = self.file.length
        while remaining is None or remaining > 0:
            chunk = await run_sync(stream.read, CHUNK_SIZE if remaining is None else min(CHUNK_SIZE, remaining))
            if not chunk:
                break
            if remaining is not None:
                remaining -= len(chunk)
            yield chunk
        self._check_complete(remaining)

    def _rewind(self, stream: IO[bytes]) -> None:
        if self.file.replayable and not isinstance(self.file.source, Path):
            stream.seek(self.file.offset)

    def _check_complete(self, remaining: int | None) -> None:
        if remaining:
            raise OSError(f"file: the audio file shrank while it was being sent ({remaining} bytes missing)")


def audio_form(
    operation: str,
    request_type: type[GetAudioTranscriptionRequest] | type[GetAudioTranslationRequest],
    *,
    deployment: object,
    openai: bool,
    file: object,
    filename: str | None,
    extra_body: Mapping[str, object] | None = None,
    **fields: Any,
) -> MultipartBody:
    """The body of an audio transcription/translation upload, checked before anything is sent.

    ``file``/``filename`` as in ``audio_file``; in OpenAI mode ``deployment`` is sent as the ``model``
    field. ``fields`` are the request model's other fields by name, ``None`` or ``UNSET`` meaning "not
    sent"; field names and value formatting come from ``request_type.to_multipart()``. ``extra_body``:
    more form fields, sent unchecked after these.
    """
    from azopenai_generated.types import File, Unset

    check_deployment(deployment, operation)
    part = audio_file(file, filename)
    given: dict[str, Any] = {
        name: list(value) if isinstance(value, tuple) else value
        for name, value in fields.items()
        if value is not None and not isinstance(value, Unset)
    }
    form = {f"{name}[]" if isinstance(value, list) else name: value for name, value in given.items()}
    check_fields(request_type.__name__, form, operation)  # (the spec names a form array ``name[]``)
    request = request_type(file=File(payload=io.BytesIO()), **given)
    if openai:
        request["model"] = deployment
    text_fields = []
    for name, (_, value, *_rest) in request.to_multipart():
        if name != "file":
            text_fields.append((name, value.decode() if isinstance(value, bytes) else str(value)))
    text_fields.extend((name, str(value)) for name, value in (extra_body or {}).items())
    return MultipartBody(text_fields, part)


def upload_request(
    http: httpx2.Client | httpx2.AsyncClient,
    url: str,
    params: dict[str, str],
    body: MultipartBody,
    headers: dict[str, str] | None,
    timeout: float | httpx2.Timeout | None,
) -> httpx2.Request:
    """The POST that streams ``body`` (the client's transport re-iterates it for a retry; a body from a
    non-seekable stream is sent once, without retries); the caller's
    ``headers`` are sent too, except those that would contradict the body's own ``Content-Type`` and
    length headers."""
    check_timeout(timeout)
    own = {name.lower() for name in body.headers} | {"content-length", "transfer-encoding"}
    extra = {name: value for name, value in (headers or {}).items() if name.lower() not in own}
    request = http.build_request(
        "POST",
        url,
        params=params,
        headers={**extra, **body.headers},
        timeout=timeout if timeout is not None else httpx2.USE_CLIENT_DEFAULT,
    )
    request.stream = body
    if not body.file.replayable:  # sent once: the service's answer (even a 429) is the result
        request.extensions = {**request.extensions, PIPELINE_OPTIONS: {"retry_total": 0}}
    return request


Result = TypeVar("Result", "GetAudioTranscriptionResult", "GetAudioTranslationResult")


def audio_result(result_type: type[Result], response: httpx2.Response) -> Result:
    """The typed result of a 2xx audio response: JSON (``json``/``verbose_json``) parsed, a text body
    (``text``/``srt``/``vtt``, served as ``text/plain``) kept whole in ``.text``."""
    if response.headers.get("content-type", "").startswith("text/"):
        return result_type(text=response.text)
    with decoding(response, f"expected a {result_type.__name__} JSON object"):
        return result_type.from_dict(response.json())
