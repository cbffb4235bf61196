"""The default connection pool (``azopenai.DEFAULT_LIMITS``): a burst of 100 requests in flight
re-uses its connections on the next burst, counted where they are accepted, on the server."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import azopenai
import azopenai.aio
import httpx2
import pytest
from azure.core.credentials import AzureKeyCredential
from loopback import Exchange, LoopbackServer, Reply

IN_FLIGHT = 100
COMPLETION = {"id": "c", "object": "chat.completion", "created": 1, "model": "gpt-4", "choices": []}


def _all_at_once() -> Any:
    """A handler that answers once ``IN_FLIGHT`` requests are in at the same time, so each burst
    holds ``IN_FLIGHT`` connections at once."""
    barrier = threading.Barrier(IN_FLIGHT, timeout=20)

    def answer(exchange: Exchange) -> Reply:
        barrier.wait()
        return Reply.json(COMPLETION)

    return answer


async def _burst(kind: str, client: Any) -> None:
    call = {"deployment": "gpt-4", "messages": [{"role": "user", "content": "hi"}]}
    if kind == "sync":
        with ThreadPoolExecutor(IN_FLIGHT) as pool:
            results = list(pool.map(lambda _: client.get_chat_completions(**call), range(IN_FLIGHT)))
    else:
        results = await asyncio.gather(*(client.get_chat_completions(**call) for _ in range(IN_FLIGHT)))
    assert [result.id for result in results] == ["c"] * IN_FLIGHT


def _client(kind: str, url: str, limits: httpx2.Limits | None) -> Any:
    options: dict[str, Any] = {}
    if limits is not None:
        options["transport"] = (httpx2.HTTPTransport if kind == "sync" else httpx2.AsyncHTTPTransport)(limits=limits)
    cls = azopenai.Client if kind == "sync" else azopenai.aio.Client
    return cls(url, AzureKeyCredential("key"), **options)


async def _close(client: Any) -> None:
    if isinstance(client, azopenai.Client):
        client.close()
    else:
        await client.close()


@pytest.mark.parametrize(
    ("limits", "reopened"),
    [
        (None, 0),  # the default keeps every connection of the burst alive
        (httpx2.Limits(max_keepalive_connections=10), IN_FLIGHT - 10),  # transport= sets its own
    ],
)
async def test_a_second_burst_reuses_the_connections(kind: str, limits: httpx2.Limits | None, reopened: int) -> None:
    with LoopbackServer(_all_at_once()) as server:
        client = _client(kind, server.url, limits)
        try:
            await _burst(kind, client)
            first = len(server.connections)
            await _burst(kind, client)
        finally:
            await _close(client)
        assert (first, len(server.connections) - first) == (IN_FLIGHT, reopened)
        assert len(server.exchanges) == 2 * IN_FLIGHT
