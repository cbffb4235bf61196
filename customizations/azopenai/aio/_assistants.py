"""The assistants family on the async ``Client``: the sync ``_assistants`` twins, as coroutines
(``list_*`` return ``AsyncItemPaged`` at once; nothing is sent until iteration)."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx2
from azopenai_generated.methods import AsyncAssistantsMethods
from azure.core.async_paging import AsyncItemPaged, AsyncList
from azure.core.polling import AsyncLROPoller, AsyncPollingMethod

from .._base import ClientBase
from .._polling import PollState
from .._resources import Call, page, prepare, result
from .._run_stream import AsyncRunStream


class AsyncAssistantsMixin(AsyncAssistantsMethods, ClientBase):
    """Implements the generated async assistants methods over ``self._http``."""

    _http: httpx2.AsyncClient

    def _assistants(self, method: str, operation: str, kind: str, arguments: dict[str, Any]) -> Any:
        call = prepare(method, operation, arguments, stream=kind == "stream")
        if kind == "list":
            return self._pager(call)
        return self._send(call, kind, arguments.get("polling_interval"))

    async def _send(self, call: Call, kind: str, polling_interval: float | None) -> Any:
        if kind == "stream":
            response = await self._http.send(call.request(self, self._http), stream=True)
            if not response.is_success:
                await response.aread()
                self._raise_for_status(response)
            return AsyncRunStream(response)
        initial = result(call.op, await self._http.send(call.request(self, self._http)))
        if kind == "poll":
            assert polling_interval is not None
            polling = AsyncAssistantsPolling(self, polling_interval=polling_interval)
            return AsyncLROPoller(self, initial, lambda resource: resource, polling)
        return initial

    def _pager(self, call: Call) -> AsyncItemPaged[Any]:
        async def get_next(cursor: str | None) -> httpx2.Response:
            request = call.request(self, self._http, after=cursor) if cursor else call.request(self, self._http)
            return await self._http.send(request)

        async def extract(response: httpx2.Response) -> tuple[str | None, AsyncList[Any]]:
            cursor, items = page(call.op, response)
            return cursor, AsyncList(items)

        return AsyncItemPaged(get_next, extract)

    async def _get(self, call: Call) -> Any:
        return result(call.op, await self._http.send(call.request(self, self._http)))


class AsyncAssistantsPolling(AsyncPollingMethod[Any]):
    """The async twin of ``azopenai.AssistantsPolling``: resume with
    ``AsyncLROPoller.from_continuation_token(AsyncAssistantsPolling(client), token)``."""

    def __init__(self, client: AsyncAssistantsMixin, *, polling_interval: float = 1.0) -> None:
        self._client = client
        self._interval = polling_interval
        self._state = PollState()

    def initialize(self, client: Any, initial_response: Any, deserialization_callback: Any) -> None:
        self._state.start(initial_response)

    async def run(self) -> None:
        state = self._state
        if state.resource is None:
            state.update(await self._client._get(state.poll_call()))
        while not state.finished():
            await asyncio.sleep(self._interval)
            state.update(await self._client._get(state.poll_call()))

    def status(self) -> str:
        return self._state.status()

    def finished(self) -> bool:
        return self._state.finished()

    def resource(self) -> Any:
        return self._state.resource

    def get_continuation_token(self) -> str:
        return self._state.token()

    def from_continuation_token(self, continuation_token: str, **kwargs: Any) -> tuple[Any, Any, Any]:  # type: ignore[override]
        return self._client, PollState.from_token(continuation_token), lambda resource: resource
