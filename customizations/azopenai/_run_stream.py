"""Run streams: the server-sent events of ``create_run_stream`` and its twins, as typed events.

Each event has ``.event``, its name (``thread.run.created``, ``thread.message.delta``, ``done``, ...),
and ``.data``, its payload parsed into the spec's model for that event (a run, a thread, a message,
``MessageDeltaObject``, ...; the spec's ``assistantStreamEvent`` union). An event this version does
not know is an :class:`UnknownStreamEvent`: its ``.event`` is ``"unknown"``, ``.name`` the name received,
``.data`` its decoded JSON (its text if not JSON). Every ``.event`` is typed as a ``Literal``, so mypy and
pyright narrow an event by its name (``if event.event == "thread.run.requires_action": event.data`` is a
run) as well as by its class (``isinstance(event, RunStreamEventRequiresAction)``). An ``error`` event raises
``StreamEventError``; the stream ends after ``done``. Release, truncation and drop detection are those
of ``azopenai.Stream`` (``_streaming``): the body ending without ``done`` raises
``IncompleteStreamError``, a dropped connection ``StreamInterruptedError``.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, Generator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, Literal, TypeAlias

import httpx2

from ._base import model
from ._exceptions import stream_event_error
from ._sse import NamedSSEDecoder
from ._streaming import _DROPPED, _PARSE_ERRORS, AsyncStream, Stream, _Events

if TYPE_CHECKING:
    from azopenai_generated.models import (
        DoneEvent,
        MessageStreamEventCompleted,
        MessageStreamEventCreated,
        MessageStreamEventDelta,
        MessageStreamEventIncomplete,
        MessageStreamEventInProgress,
        RunStepStreamEventCancelled,
        RunStepStreamEventCompleted,
        RunStepStreamEventCreated,
        RunStepStreamEventDelta,
        RunStepStreamEventExpired,
        RunStepStreamEventFailed,
        RunStepStreamEventInProgress,
        RunStreamEventCancelled,
        RunStreamEventCancelling,
        RunStreamEventCompleted,
        RunStreamEventCreated,
        RunStreamEventExpired,
        RunStreamEventFailed,
        RunStreamEventInProgress,
        RunStreamEventQueued,
        RunStreamEventRequiresAction,
        ThreadStreamEventEnum,
    )

__all__ = ["AssistantStreamEvent", "AsyncRunStream", "RunStream", "UnknownStreamEvent"]

# The members of the spec's ``assistantStreamEvent`` union but ``error`` (raised) and ``done``; each
# generated class parses ``{"event": name, "data": payload}`` and its ``event`` defaults to its name.
EVENT_MODELS: Final = (
    "ThreadStreamEventEnum",
    "RunStreamEventCreated",
    "RunStreamEventQueued",
    "RunStreamEventInProgress",
    "RunStreamEventRequiresAction",
    "RunStreamEventCompleted",
    "RunStreamEventFailed",
    "RunStreamEventCancelling",
    "RunStreamEventCancelled",
    "RunStreamEventExpired",
    "RunStepStreamEventCreated",
    "RunStepStreamEventInProgress",
    "RunStepStreamEventDelta",
    "RunStepStreamEventCompleted",
    "RunStepStreamEventFailed",
    "RunStepStreamEventCancelled",
    "RunStepStreamEventExpired",
    "MessageStreamEventCreated",
    "MessageStreamEventInProgress",
    "MessageStreamEventDelta",
    "MessageStreamEventCompleted",
    "MessageStreamEventIncomplete",
)
_by_name: dict[str, Any] = {}


@dataclass(frozen=True, slots=True)
class UnknownStreamEvent:
    """An event whose name this version of the client does not know: ``name`` is the name received,
    ``data`` its decoded JSON (its text when it is not JSON). ``event`` is always ``"unknown"``, a
    ``Literal`` like every known event's name, so that comparing ``event.event`` narrows the union."""

    name: str
    data: Any
    event: Literal["unknown"] = field(default="unknown", init=False)


AssistantStreamEvent: TypeAlias = """(
    ThreadStreamEventEnum
    | RunStreamEventCreated | RunStreamEventQueued | RunStreamEventInProgress | RunStreamEventRequiresAction
    | RunStreamEventCompleted | RunStreamEventFailed | RunStreamEventCancelling | RunStreamEventCancelled
    | RunStreamEventExpired
    | RunStepStreamEventCreated | RunStepStreamEventInProgress | RunStepStreamEventDelta
    | RunStepStreamEventCompleted | RunStepStreamEventFailed | RunStepStreamEventCancelled
    | RunStepStreamEventExpired
    | MessageStreamEventCreated | MessageStreamEventInProgress | MessageStreamEventDelta
    | MessageStreamEventCompleted | MessageStreamEventIncomplete
    | DoneEvent | UnknownStreamEvent
)"""


def _event_model(name: str) -> Any:
    if not _by_name:
        for class_name in (*EVENT_MODELS, "DoneEvent"):
            cls = model(class_name)
            _by_name[cls.__attrs_attrs__.event.default] = cls
    return _by_name.get(name)


def _json_or_text(data: str) -> Any:
    try:
        return json.loads(data)
    except ValueError:
        return data


class _RunEvents(_Events[Any]):
    """Parses one named event (see the module docstring)."""

    __slots__ = ()

    def event(self, name: str, data: str) -> Any:
        try:
            cls = _event_model(name)
            if cls is None and name != "error":
                return UnknownStreamEvent(name, _json_or_text(data))
            payload = data if name == "done" else json.loads(data)
            if name == "error":
                error = payload if isinstance(payload, dict) and "error" in payload else {"error": payload}
                raise stream_event_error(error, self.response)
            return cls.from_dict({"event": name, "data": payload})
        except _PARSE_ERRORS as exc:
            raise self._decode_error(f"event: {name}\ndata: {data}", exc) from exc


def _iter_events(events: _RunEvents) -> Generator[Any]:
    response = events.response
    feed = NamedSSEDecoder().feed_named
    try:
        body = response.iter_bytes()
        for raw in body:
            for name, data in feed(raw):
                yield events.event(name, data)
                if name == "done":
                    events.done = True
                    try:  # read the end of the body, so that the connection can be reused
                        for _ in body:
                            pass
                    except _DROPPED:
                        pass
                    return
    except _DROPPED as exc:
        raise events.interrupted(exc) from exc
    finally:
        response.close()
    raise events.incomplete()


async def _aiter_events(events: _RunEvents) -> AsyncGenerator[Any]:
    response = events.response
    feed = NamedSSEDecoder().feed_named
    try:
        body = response.aiter_bytes()
        async for raw in body:
            for name, data in feed(raw):
                yield events.event(name, data)
                if name == "done":
                    events.done = True
                    try:
                        async for _ in body:
                            pass
                    except _DROPPED:
                        pass
                    return
    except _DROPPED as exc:
        raise events.interrupted(exc) from exc
    finally:
        await response.aclose()
    raise events.incomplete()


def _parse_unused(event: dict[str, Any]) -> Any:  # the chunk parser of a Stream, never called here
    raise NotImplementedError


class RunStream(Stream["AssistantStreamEvent"]):
    """The events of a run, as an iterator and a context manager (see the module docstring)."""

    def __init__(self, response: httpx2.Response) -> None:
        super().__init__(response, parse=_parse_unused)
        self._events = _RunEvents(response, _parse_unused, None)
        self._chunks = _iter_events(self._events)


class AsyncRunStream(AsyncStream["AssistantStreamEvent"]):
    """The events of a run, as an async iterator and an async context manager."""

    def __init__(self, response: httpx2.Response) -> None:
        super().__init__(response, parse=_parse_unused)
        self._events = _RunEvents(response, _parse_unused, None)
        self._chunks = _aiter_events(self._events)
