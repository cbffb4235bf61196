"""Text-to-speech results: the audio body streamed from the open connection.

``SpeechResponse`` (sync) and ``AsyncSpeechResponse`` (async) wrap a 2xx ``httpx2.Response`` whose
body has not been read yet. Read it whole (``read()``), in chunks (``iter_bytes()``) or into a file
(``stream_to_file(path)``, which never holds the whole body in memory and replaces ``path`` only
once the body is complete). Reading the body to its end, ``close()`` or leaving the ``with`` block
releases the connection.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from types import TracebackType
from typing import IO

import httpx2

from ._exceptions import decoding

_WHAT = "generate_speech_from_text() audio body"

__all__ = ["AsyncSpeechResponse", "SpeechResponse"]


class _SpeechBase:
    def __init__(self, response: httpx2.Response) -> None:
        self.response = response
        """The underlying ``httpx2.Response`` (status, headers, the request)."""

    @property
    def headers(self) -> httpx2.Headers:
        return self.response.headers

    @property
    def content_type(self) -> str:
        """The audio's media type as the service sent it (``audio/flac``, ``audio/mpeg``, ...)."""
        return str(self.response.headers.get("content-type", ""))


def _open_part_file(target: Path) -> tuple[Path, IO[bytes]]:
    """A new temporary file next to ``target`` (same file system, so ``os.replace`` is atomic),
    created with the process umask like any new file."""
    part = target.with_name(f".{target.name}.{secrets.token_hex(6)}.part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    return part, os.fdopen(fd, "wb")


def _finish_part_file(part: Path, out: IO[bytes], target: Path) -> None:
    out.flush()
    os.fsync(out.fileno())
    out.close()
    os.replace(part, target)


def _discard_part_file(part: Path, out: IO[bytes]) -> None:
    out.close()
    part.unlink(missing_ok=True)


class SpeechResponse(_SpeechBase):
    """Generated audio, streamed: ``read()``, ``iter_bytes()``, ``stream_to_file()``, ``close()``.

    Use it as a context manager (or call ``close()``) when the body may not be read to its end.
    """

    def read(self) -> bytes:
        """The whole audio body (read once, then cached); a corrupt content encoding raises ``DecodeError``."""
        with decoding(self.response, _WHAT):
            return self.response.read()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The audio body in chunks as they arrive (``chunk_size`` bytes each, but the last, when given)."""
        try:
            with decoding(self.response, _WHAT):
                yield from self.response.iter_bytes(chunk_size)
        finally:
            self.close()

    def stream_to_file(self, path: str | os.PathLike[str], *, chunk_size: int | None = None) -> None:
        """Write the audio body to ``path`` as it arrives, through a temporary file in the same folder
        that replaces ``path`` only once the body is complete (a failed download leaves ``path`` as it was)."""
        target = Path(path)
        part, out = _open_part_file(target)
        try:
            for chunk in self.iter_bytes(chunk_size):
                out.write(chunk)
            _finish_part_file(part, out, target)
        except BaseException:
            _discard_part_file(part, out)
            raise

    def close(self) -> None:
        """Release the connection (the rest of an unread body is discarded)."""
        self.response.close()

    def __enter__(self) -> SpeechResponse:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncSpeechResponse(_SpeechBase):
    """Generated audio, streamed (async): ``await read()``, ``async for chunk in iter_bytes()``,
    ``await stream_to_file()``, ``await close()``, ``async with``."""

    async def read(self) -> bytes:
        """The whole audio body (read once, then cached); a corrupt content encoding raises ``DecodeError``."""
        with decoding(self.response, _WHAT):
            return await self.response.aread()

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The audio body in chunks as they arrive (``chunk_size`` bytes each, but the last, when given)."""
        try:
            with decoding(self.response, _WHAT):
                async for chunk in self.response.aiter_bytes(chunk_size):
                    yield chunk
        finally:
            await self.close()

    async def stream_to_file(self, path: str | os.PathLike[str], *, chunk_size: int | None = None) -> None:
        """Write the audio body to ``path`` as it arrives (file writes in a worker thread), through a
        temporary file that replaces ``path`` only once the body is complete."""
        from anyio.to_thread import run_sync

        target = Path(path)
        part, out = await run_sync(_open_part_file, target)
        try:
            async for chunk in self.iter_bytes(chunk_size):
                await run_sync(out.write, chunk)
            await run_sync(_finish_part_file, part, out, target)
        except BaseException:
            await run_sync(_discard_part_file, part, out)
            raise

    async def close(self) -> None:
        """Release the connection (the rest of an unread body is discarded)."""
        await self.response.aclose()

    async def __aenter__(self) -> AsyncSpeechResponse:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
