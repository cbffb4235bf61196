"""Retries that do what they say: connection failures retried for POST too, day-long waits refused at
once with a typed error, an overall deadline, and a log line per retry. Real loopback servers, sync
and async."""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
from collections.abc import Iterator

import azopenai
import azopenai.aio
import pytest
from clients import FAST_RETRY, call
from loopback import Exchange, LoopbackServer, Reply, free_port_url
from routes import azure_path
from test_client import _embeddings_reply, replying

EMBEDDINGS = {"data": [{"index": 0, "embedding": [0.0]}], "usage": {"prompt_tokens": 1, "total_tokens": 1}}


class ClosingServer:
    """Reads each request; closes the first ``failures`` connections without a byte of response (``reset``:
    with a TCP reset), then answers with an embeddings result. ``connections`` counts the attempts."""

    def __init__(self, failures: int, *, reset: bool = False) -> None:
        self.failures = failures
        self.reset = reset
        self.connections = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            with conn:
                request = b""
                while b"\r\n\r\n" not in request:
                    request += conn.recv(65536)
                head, _, body = request.partition(b"\r\n\r\n")
                length = next(
                    (
                        int(line.split(b":")[1])
                        for line in head.split(b"\r\n")
                        if line.lower().startswith(b"content-length")
                    ),
                    0,
                )
                while len(body) < length:
                    body += conn.recv(65536)
                if self.connections <= self.failures:
                    if self.reset:
                        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                    continue
                payload = json.dumps(EMBEDDINGS).encode()
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nconnection: close\r\n"
                    b"content-length: %d\r\n\r\n%s" % (len(payload), payload)
                )

    def close(self) -> None:
        self._listener.close()


@pytest.fixture
def closing() -> Iterator[type[ClosingServer]]:
    servers: list[ClosingServer] = []

    def make(failures: int, *, reset: bool = False) -> ClosingServer:
        servers.append(ClosingServer(failures, reset=reset))
        return servers[-1]

    yield make  # type: ignore[misc]
    for server in servers:
        server.close()


def _retry_logs(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "azopenai" and r.levelno == logging.INFO]


# --- connection failures (item 7) ---------------------------------------------------------------------


@pytest.mark.parametrize("reset", [False, True], ids=["closed", "reset"])
async def test_post_retried_when_the_connection_closes_before_any_response(
    kind: str, closing: type[ClosingServer], reset: bool
) -> None:
    server = closing(2, reset=reset)
    result = await call(kind, server.url, "get_embeddings", client_options=FAST_RETRY, deployment="d", input="x")
    assert result.data[0].embedding == [0.0]
    assert server.connections == 3


async def test_post_gives_up_after_retry_total_connection_failures(kind: str, closing: type[ClosingServer]) -> None:
    server = closing(100)
    with pytest.raises(azopenai.ResponseNotReceivedError) as info:
        await call(
            kind,
            server.url,
            "get_embeddings",
            client_options={**FAST_RETRY, "retry_total": 2},
            deployment="d",
            input="x",
        )
    assert isinstance(info.value, azopenai.ServiceResponseError)
    assert server.connections == 3  # the first attempt and retry_total retries


async def test_connection_refused_is_retried_retry_total_times(kind: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="azopenai")
    with pytest.raises(azopenai.ServiceRequestError):
        await call(kind, free_port_url(), "get_embeddings", client_options=FAST_RETRY, deployment="d", input="x")
    logs = _retry_logs(caplog)
    assert len(logs) == 3
    assert all("ServiceRequestError" in line and "ConnectError" in line for line in logs)
    assert [line.split("retry ")[1].split(" in")[0] for line in logs] == ["1 of 3", "2 of 3", "3 of 3"]


async def test_no_retry_after_part_of_the_response(kind: str) -> None:
    """The status line and headers arrived, then the connection dropped: the service may have done the
    work, so a POST is not sent again."""
    body = [b'{"data": [', b'{"index": 0, "embedding": [0.0]}', b"]}"]
    partial = Reply(200, {"content-type": "application/json"}, body, drop_after=1)
    with LoopbackServer(lambda x: partial) as server:
        with pytest.raises(azopenai.ServiceResponseError) as info:
            await call(kind, server.url, "get_embeddings", client_options=FAST_RETRY, deployment="d", input="x")
        assert len(server.exchanges) == 1
    assert not isinstance(info.value, azopenai.ResponseNotReceivedError)


async def test_no_retry_after_a_read_timeout(kind: str) -> None:
    def slow(exchange: Exchange) -> Reply:
        time.sleep(0.6)
        return _embeddings_reply(exchange)

    with LoopbackServer(slow) as server:
        with pytest.raises(azopenai.ServiceResponseError):
            await call(
                kind, server.url, "get_embeddings", client_options=FAST_RETRY, deployment="d", input="x", timeout=0.2
            )
        time.sleep(0.6)
        assert len(server.exchanges) == 1


# --- long waits and the deadline (item 8) ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "wait"),
    [({"retry-after": "86400"}, 86400.0), ({"retry-after-ms": "90000"}, 90.0), ({"retry-after": "inf"}, float("inf"))],
)
async def test_retry_after_longer_than_backoff_max_raises_at_once(
    kind: str, headers: dict[str, str], wait: float
) -> None:
    quota = Reply.json(
        {"error": {"code": "429", "message": "Quota exceeded"}}, 429, {**headers, "apim-request-id": "rid-q"}
    )
    with LoopbackServer(lambda x: quota) as server:
        start = time.monotonic()
        with pytest.raises(azopenai.RetryAfterTooLongError) as info:
            await call(kind, server.url, "get_embeddings", deployment="d", input="x")
        elapsed = time.monotonic() - start
        assert len(server.exchanges) == 1
    error = info.value
    assert isinstance(error, azopenai.HttpResponseError)
    assert error.retry_after == wait
    assert error.status_code == 429 and error.error.code == "429"
    assert "rid-q" in str(error) and "retry_backoff_max=60" in str(error)
    assert elapsed < 5


async def test_retry_after_within_backoff_max_is_waited(kind: str) -> None:
    throttled = Reply.json({"error": {"code": "429", "message": "slow down"}}, 429, {"retry-after": "1"})
    with LoopbackServer(replying(throttled, _embeddings_reply(None))) as server:  # type: ignore[arg-type]
        result = await call(
            kind, server.url, "get_embeddings", client_options={"retry_backoff_max": 2}, deployment="d", input="x"
        )
        assert len(server.exchanges) == 2
    assert result.data[0].embedding == [0.0]


async def test_retry_timeout_bounds_the_whole_call(kind: str) -> None:
    busy = Reply.json({"error": {"code": "busy", "message": "busy"}}, 503, {"retry-after": "0.4"})
    options = {"retry_total": 10, "retry_timeout": 1.0}
    with LoopbackServer(lambda x: busy) as server:
        start = time.monotonic()
        with pytest.raises(azopenai.HttpResponseError) as info:
            await call(kind, server.url, "get_embeddings", client_options=options, deployment="d", input="x")
        elapsed = time.monotonic() - start
        attempts = len(server.exchanges)
    assert info.value.status_code == 503
    assert 2 <= attempts <= 3  # waits of 0.4 s: no retry that would start after the deadline
    assert elapsed < 1.5


async def test_retry_timeout_cuts_a_slow_attempt(kind: str) -> None:
    def slow(exchange: Exchange) -> Reply:
        time.sleep(2.0)
        return _embeddings_reply(exchange)

    with LoopbackServer(slow) as server:
        start = time.monotonic()
        with pytest.raises(azopenai.ServiceResponseError):
            await call(
                kind, server.url, "get_embeddings", client_options={"retry_timeout": 0.5}, deployment="d", input="x"
            )
        elapsed = time.monotonic() - start
    assert elapsed < 1.5


# --- each retry is logged (item 9) ----------------------------------------------------------------------


async def test_each_retry_is_logged(kind: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="azopenai")
    throttled = Reply.json({"error": {"code": "429", "message": "slow down"}}, 429, {"retry-after-ms": "50"})
    busy = Reply.json({"error": {"code": "busy", "message": "busy"}}, 503)
    with LoopbackServer(replying(throttled, busy, _embeddings_reply(None))) as server:  # type: ignore[arg-type]
        await call(kind, server.url, "get_embeddings", client_options=FAST_RETRY, deployment="d", input="x")
    logs = _retry_logs(caplog)
    assert len(logs) == 2
    assert "POST" in logs[0] and azure_path("get_embeddings", "d") in logs[0]
    assert "(429 Too Many Requests)" in logs[0] and "retry 1 of 3 in 0.05 s" in logs[0]
    assert "(503 Service Unavailable)" in logs[1] and "retry 2 of 3 in 0.02 s" in logs[1]
