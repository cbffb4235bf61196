"""A real HTTP/1.1 server on 127.0.0.1 for tests: each test says how to answer, the server records
what the client really sent.

    def answer(exchange: Exchange) -> Reply:
        return Reply(200, {"content-type": "application/json"}, b'{"ok": true}')

    with LoopbackServer(answer) as server:
        ... server.url ..., server.exchanges[0].json()

A ``Reply`` body may be bytes or a list of byte chunks (sent with chunked transfer encoding, each
flushed at once, with ``chunk_delay`` between them); ``drop_after`` closes the socket after that many
chunks without finishing the body (a connection dropped mid-stream).
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Exchange:
    """One request as received."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-cased names
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Reply:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | list[bytes] = b""
    chunk_delay: float = 0.0
    drop_after: int | None = None

    @classmethod
    def json(cls, payload: Any, status: int = 200, headers: dict[str, str] | None = None) -> Reply:
        return cls(status, {"content-type": "application/json", **(headers or {})}, json.dumps(payload).encode())


Handler = Callable[[Exchange], Reply]


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def setup(self) -> None:
        super().setup()
        self.server.connections.append(self.client_address)

    def _read_body(self) -> bytes:
        if self.headers.get("transfer-encoding", "").lower() == "chunked":
            parts = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip(), 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(parts)
                parts.append(self.rfile.read(size))
                self.rfile.readline()
        return self.rfile.read(int(self.headers.get("content-length") or 0))

    def _handle(self) -> None:
        split = urlsplit(self.path)
        exchange = Exchange(
            method=self.command,
            path=split.path,
            query=parse_qs(split.query),
            headers={k.lower(): v for k, v in self.headers.items()},
            body=self._read_body(),
        )
        self.server.exchanges.append(exchange)
        reply = self.server.handler(exchange)
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if isinstance(reply.body, bytes):
            self.send_header("content-length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)
            return
        self.send_header("transfer-encoding", "chunked")
        self.end_headers()
        for index, chunk in enumerate(reply.body):
            if reply.drop_after is not None and index >= reply.drop_after:
                self.wfile.flush()
                self.connection.shutdown(socket.SHUT_RDWR)
                self.close_connection = True
                return
            if chunk:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                self.wfile.flush()
            if reply.chunk_delay:
                time.sleep(reply.chunk_delay)
        self.wfile.write(b"0\r\n\r\n")

    do_GET = do_POST = do_DELETE = _handle


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # many clients connecting at once are accepted, not dropped

    def __init__(self, handler: Handler) -> None:
        super().__init__(("127.0.0.1", 0), _RequestHandler)
        self.handler = handler
        self.exchanges: list[Exchange] = []
        self.connections: list[tuple[str, int]] = []


class LoopbackServer:
    """Serves ``handler`` on 127.0.0.1 (a free port) while the ``with`` block runs."""

    def __init__(self, handler: Handler) -> None:
        self._server = _Server(handler)
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def exchanges(self) -> list[Exchange]:
        return self._server.exchanges

    @property
    def connections(self) -> list[tuple[str, int]]:
        """The client address of every connection accepted so far."""
        return self._server.connections

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


def free_port_url() -> str:
    """A loopback URL where nothing listens (for connection-refused tests)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"
