"""A canned Azure OpenAI server on 127.0.0.1 for benchmarks, run in its own process.

Every response is precomputed bytes (headers and body, shaped like recorded Azure traffic), written
by a raw asyncio protocol on keep-alive HTTP/1.1 connections, so the server costs a few
microseconds per request and is not what a benchmark measures. Routes (by path and body):

- the chat completions path with ``"stream": true`` in the body: a chat stream of ``STREAM_CHUNKS``
  SSE events, one HTTP chunk each, then ``data: [DONE]``; for a deployment whose name ends in ``-short``,
  the first ``SHORT_STREAM_CHUNKS - 1`` of them and the last;
- the chat completions path otherwise: a chat completion with content-filter results;
- the transcription path: the request body is counted and discarded (a sink), then a JSON transcription;
- ``/_bench/cpu``: this process's CPU seconds so far, so the caller can show the server's share.

``python -m bench.server [LATENCY_MS]`` prints its port and serves until its stdin closes (the parent
went away) or ``MAX_LIFETIME`` seconds pass. With ``LATENCY_MS``, every answer is written that many
milliseconds after its request is in, as a real service thinks before it answers; the wait is a timer
on the event loop, so other connections are served meanwhile. ``running_server()`` starts and stops one.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from bench.workloads import AUDIO_OPERATION_PATH, CHAT_OPERATION_PATH

STREAM_CHUNKS = 20_000
SHORT_STREAM_CHUNKS = 200
MAX_LIFETIME = 900.0
_KEEP_BODY = 64 * 1024  # bodies up to this size are kept for routing; larger ones are only counted

# the paths after the deployment (``/deployments/{deployment_id}``), from the generated operation table
_CHAT = CHAT_OPERATION_PATH.split("{deployment_id}", 1)[1].encode()
_AUDIO = AUDIO_OPERATION_PATH.split("{deployment_id}", 1)[1].encode()
_SAFE = {"filtered": False, "severity": "safe"}
_FILTERS = {"hate": _SAFE, "self_harm": _SAFE, "sexual": _SAFE, "violence": _SAFE}
_ID = "chatcmpl-AxJxCGsfC5NsEFZlXuv033ekCrPq5"

CHAT_COMPLETION = {
    "choices": [
        {
            "content_filter_results": _FILTERS,
            "finish_reason": "stop",
            "index": 0,
            "logprobs": None,
            "message": {"content": "1, 2, 3, 4, 5, 6, 7, 8, 9, 10.", "role": "assistant"},
        }
    ],
    "created": 1738701397,
    "id": _ID,
    "model": "gpt-4",
    "object": "chat.completion",
    "prompt_filter_results": [{"prompt_index": 0, "content_filter_results": _FILTERS}],
    "system_fingerprint": None,
    "usage": {"completion_tokens": 29, "prompt_tokens": 42, "total_tokens": 71},
}
TRANSCRIPTION = {"text": "My voice is my passport. Verify me."}
_TOKENS = ["1", ",", " ", "2", ",", " ", "3", ".", " "]


def stream_events(chunks: int = STREAM_CHUNKS) -> list[dict[str, object]]:
    """The ``chunks`` events of the canned chat stream, in the order Azure sends them."""

    def chunk(choice: dict[str, object]) -> dict[str, object]:
        return {
            "choices": [{**choice, "index": 0, "logprobs": None}],
            "created": 1738701418,
            "id": _ID,
            "model": "gpt-4",
            "object": "chat.completion.chunk",
            "system_fingerprint": None,
        }

    first = {
        "choices": [],
        "created": 0,
        "id": "",
        "model": "",
        "object": "",
        "prompt_filter_results": [{"prompt_index": 0, "content_filter_results": _FILTERS}],
    }
    role = chunk({"content_filter_results": {}, "delta": {"content": "", "role": "assistant"}, "finish_reason": None})
    content = [
        chunk({"content_filter_results": _FILTERS, "delta": {"content": token}, "finish_reason": None})
        for token in _TOKENS
    ]
    last = chunk({"content_filter_results": {}, "delta": {}, "finish_reason": "stop"})
    middle = [content[i % len(content)] for i in range(chunks - 3)]
    return [first, role, *middle, last]


def stream_text(chunks: int = STREAM_CHUNKS) -> str:
    """The text a client should assemble from the deltas of the canned stream of ``chunks`` events."""
    return "".join(_TOKENS[i % len(_TOKENS)] for i in range(chunks - 3))


_COMMON = (
    "apim-request-id: 61298fc7-a82b-4586-bf20-d4757584e833\r\n"
    "x-request-id: b273931d-0946-46a0-b603-7758626ddc5e\r\n"
    "x-ms-region: East US\r\n"
    "x-ms-rai-invoked: true\r\n"
    "x-ratelimit-remaining-requests: 9\r\n"
    "x-ratelimit-remaining-tokens: 4440\r\n"
    "date: Tue, 04 Feb 2025 20:36:38 GMT\r\n"
)


def _json_response(payload: object, status: str = "200 OK") -> bytes:
    body = json.dumps(payload, separators=(",", ":")).encode()
    head = f"HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n{_COMMON}\r\n"
    return head.encode() + body


def _stream_response(chunks: int) -> bytes:
    head = f"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n{_COMMON}\r\n"
    events = [b"data: " + json.dumps(e, separators=(",", ":")).encode() + b"\n\n" for e in stream_events(chunks)]
    events.append(b"data: [DONE]\n\n")
    return head.encode() + b"".join(b"%x\r\n%s\r\n" % (len(e), e) for e in events) + b"0\r\n\r\n"


class _Responses:
    def __init__(self) -> None:
        self.chat = _json_response(CHAT_COMPLETION)
        self.stream = _stream_response(STREAM_CHUNKS)
        self.short_stream = _stream_response(SHORT_STREAM_CHUNKS)
        self.transcription = _json_response(TRANSCRIPTION)
        self.not_found = _json_response({"error": {"code": "404", "message": "Resource not found"}}, "404 Not Found")


class _Connection(asyncio.Protocol):
    """One keep-alive connection: parses requests incrementally, answers each with canned bytes."""

    def __init__(self, responses: _Responses, latency: float) -> None:
        self._responses = responses
        self._latency = latency
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None
        self._path = b""
        self._body = bytearray()
        self._state = "head"  # head | body | size | data | crlf | trailer
        self._remaining = 0
        self._close = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        if self._state in ("body", "data") and not self._buffer and self._remaining >= len(data):
            self._take(data)  # fast path for large uploads: nothing is copied into the buffer
            if self._remaining == 0:
                self._finish_part()
            return
        self._buffer += data
        while self._step():
            pass

    def _take(self, data: bytes) -> None:
        if len(self._body) < _KEEP_BODY:
            self._body += data[: _KEEP_BODY - len(self._body)]
        self._remaining -= len(data)

    def _finish_part(self) -> None:
        if self._state == "body":
            self._respond()
        else:
            self._state = "crlf"

    def _line(self) -> bytes | None:
        end = self._buffer.find(b"\r\n")
        if end < 0:
            return None
        line = bytes(self._buffer[:end])
        del self._buffer[: end + 2]
        return line

    def _step(self) -> bool:
        """Advances the parser by one piece; False when it needs more bytes."""
        buf = self._buffer
        if self._state == "head":
            end = buf.find(b"\r\n\r\n")
            if end < 0:
                return False
            lines = bytes(buf[:end]).split(b"\r\n")
            del buf[: end + 4]
            self._path = lines[0].split(b" ", 2)[1]
            headers = dict(line.split(b":", 1) for line in lines[1:])
            headers = {k.strip().lower(): v.strip().lower() for k, v in headers.items()}
            self._close = headers.get(b"connection") == b"close"
            self._body = bytearray()
            if headers.get(b"transfer-encoding") == b"chunked":
                self._state = "size"
            else:
                self._remaining = int(headers.get(b"content-length", b"0"))
                self._state = "body"
                if self._remaining == 0:
                    self._respond()
            return True
        if self._state in ("body", "data"):
            if not buf:
                return False
            n = min(self._remaining, len(buf))
            self._take(bytes(buf[:n]))
            del buf[:n]
            if self._remaining == 0:
                self._finish_part()
            return True
        line = self._line()
        if line is None:
            return False
        if self._state == "size":
            self._remaining = int(line.split(b";")[0], 16)
            self._state = "data" if self._remaining else "trailer"
        elif self._state == "crlf":
            self._state = "size"
        elif line == b"":  # end of trailer
            self._respond()
        return True

    def _respond(self) -> None:
        assert self._transport is not None
        path, r = self._path, self._responses
        if path.startswith(b"/_bench/cpu"):
            t = os.times()
            reply = _json_response({"cpu": t.user + t.system})
        elif path.split(b"?")[0].endswith(_AUDIO):
            reply = r.transcription
        elif path.split(b"?")[0].endswith(_CHAT):
            body = bytes(self._body).replace(b" ", b"")
            stream = r.short_stream if b"-short/" in path else r.stream
            reply = stream if b'"stream":true' in body else r.chat
        else:
            reply = r.not_found
        self._state = "head"
        if self._latency and not path.startswith(b"/_bench/"):
            # HTTP/1.1 without pipelining: the client sends nothing more on this connection meanwhile
            asyncio.get_running_loop().call_later(self._latency, self._write, reply, self._close)
        else:
            self._write(reply, self._close)

    def _write(self, reply: bytes, close: bool) -> None:
        assert self._transport is not None
        if self._transport.is_closing():
            return
        self._transport.write(reply)
        if close:
            self._transport.close()


async def _serve(port: int, latency: float) -> None:
    loop = asyncio.get_running_loop()
    responses = _Responses()
    server = await loop.create_server(lambda: _Connection(responses, latency), "127.0.0.1", port, backlog=2048)
    stop = asyncio.Event()

    def watch_stdin() -> None:
        sys.stdin.buffer.read()  # returns at EOF: the parent closed the pipe or exited
        loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=watch_stdin, daemon=True).start()
    loop.call_later(MAX_LIFETIME, stop.set)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await stop.wait()


@contextmanager
def running_server(latency_ms: int = 0) -> Iterator[str]:
    """Starts the server in a child process (answering ``latency_ms`` after each request); yields its
    base URL; stops it on exit."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench.server", str(latency_ms)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        port = int(proc.stdout.readline())
        yield f"http://127.0.0.1:{port}"
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


if __name__ == "__main__":
    asyncio.run(_serve(0, int(sys.argv[1]) / 1000 if len(sys.argv) > 1 else 0.0))
