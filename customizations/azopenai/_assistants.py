"""The assistants family on the sync ``Client``: calls, pagers, run streams and pollers.

The typed methods are generated (``azopenai_generated.methods``, from the operation table and the
spec's schemas); each hands its keywords to :meth:`AssistantsMixin._assistants`, which sends the call
through the client's pipeline (see ``_resources``).
"""

from __future__ import annotations

import time
from typing import Any

import httpx2
from azopenai_generated.methods import AssistantsMethods
from azure.core.paging import ItemPaged
from azure.core.polling import LROPoller, PollingMethod

from ._base import ClientBase
from ._polling import PollState
from ._resources import Call, page, prepare, result
from ._run_stream import RunStream


class AssistantsMixin(AssistantsMethods, ClientBase):
    """Implements the generated assistants methods over ``self._http``."""

    _http: httpx2.Client

    def _assistants(self, method: str, operation: str, kind: str, arguments: dict[str, Any]) -> Any:
        call = prepare(method, operation, arguments, stream=kind == "stream")
        if kind == "list":
            return self._pager(call)
        if kind == "stream":
            response = self._http.send(call.request(self, self._http), stream=True)
            if not response.is_success:
                response.read()
                self._raise_for_status(response)
            return RunStream(response)
        initial = result(call.op, self._http.send(call.request(self, self._http)))
        if kind == "poll":
            polling = AssistantsPolling(self, polling_interval=arguments["polling_interval"])
            return LROPoller(self, initial, lambda resource: resource, polling)
        return initial

    def _pager(self, call: Call) -> ItemPaged[Any]:
        def get_next(cursor: str | None) -> httpx2.Response:
            request = call.request(self, self._http, after=cursor) if cursor else call.request(self, self._http)
            return self._http.send(request)

        def extract(response: httpx2.Response) -> tuple[str | None, Any]:
            cursor, items = page(call.op, response)
            return cursor, iter(items)

        return ItemPaged(get_next, extract)

    def _get(self, call: Call) -> Any:
        return result(call.op, self._http.send(call.request(self, self._http)))


class AssistantsPolling(PollingMethod[Any]):
    """Polls a run (until ``completed``, ``failed``, ``cancelled``, ``expired``, ``incomplete`` or
    ``requires_action``) or a vector store file batch (until ``completed``, ``failed`` or ``cancelled``)
    every ``polling_interval`` seconds. Resume a poller elsewhere with
    ``LROPoller.from_continuation_token(AssistantsPolling(client), poller.continuation_token())``."""

    def __init__(self, client: AssistantsMixin, *, polling_interval: float = 1.0) -> None:
        self._client = client
        self._interval = polling_interval
        self._state = PollState()

    def initialize(self, client: Any, initial_response: Any, deserialization_callback: Any) -> None:
        self._state.start(initial_response)

    def run(self) -> None:
        state = self._state
        if state.resource is None:
            state.update(self._client._get(state.poll_call()))
        while not state.finished():
            time.sleep(self._interval)
            state.update(self._client._get(state.poll_call()))

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
