"""Streams of typed chunks read from an SSE response: :class:`Stream` (sync) and :class:`AsyncStream`.

A stream owns an ``httpx2.Response`` already known to be 2xx and turns its ``data:`` events into
typed chunks as they arrive. Contracts, for both classes:

- every chunk the service sent is yielded, in order, until ``data: [DONE]``; otherwise an error is
  raised, never a silent truncation: ``data: {"error": ...}`` -> :class:`StreamEventError`; the
  connection dropping -> :class:`StreamInterruptedError`; the body ending without ``[DONE]`` ->
  :class:`IncompleteStreamError`; an event that is not a JSON object of the expected shape ->
  azure-core ``DecodeError``;
- the connection is released when the stream ends, on error, on ``close()``, on leaving the ``with``
  block, on breaking out of a ``for`` loop over it, and when the stream is garbage-collected;
- Azure's older ``prompt_annotations`` is also exposed as ``prompt_filter_results``;
- ``accumulate()`` reads the rest and returns the final result assembled from *every* chunk,
  including those already iterated: per choice, text joined, tool calls assembled from their
  deltas, finish reason, last non-empty content-filter results and log probabilities; plus prompt
  filter results and usage.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

import httpx2
from azure.core.exceptions import DecodeError, ServiceResponseError, ServiceResponseTimeoutError

from ._base import result_type
from ._exceptions import IncompleteStreamError, StreamInterruptedError, decode_error, request_id, stream_event_error
from ._sse import SSEDecoder

if TYPE_CHECKING:
    import asyncio

    from azopenai_generated.operation_types import (
        GetChatCompletionsChunk,
        GetChatCompletionsResult,
        GetCompletionsResult,
    )

    from ._telemetry import OperationSpan

__all__ = ["AsyncStream", "ChatCompletionAccumulator", "CompletionAccumulator", "Stream", "completion_chunk"]

T = TypeVar("T")

# What httpx2 (or an azure-core transport) raises when the connection fails while the body is read.
_DROPPED = (httpx2.TransportError, ServiceResponseError)
_PARSE_ERRORS = (ValueError, KeyError, TypeError, AttributeError)
_DONE = "[DONE]"
_background: set[asyncio.Task[None]] = set()  # closes scheduled by garbage collection, kept alive


class _Accumulator(ABC):
    """Folds the raw chunks of one stream into the wire form of its final result (see subclasses)."""

    __slots__ = ("_choices", "_head", "_prompt_filter_results", "_usage")

    def __init__(self) -> None:
        self._head: dict[str, Any] | None = None  # the first chunk with an id: id, created, model, fingerprint
        self._prompt_filter_results: list[Any] = []
        self._usage: Any = None
        self._choices: dict[int, dict[str, Any]] = {}

    def add(self, chunk: dict[str, Any]) -> None:
        """Fold in one chunk (a decoded event, before it is parsed)."""
        choices = chunk.get("choices")
        if choices:
            for choice in choices:
                index = choice.get("index", 0)
                state = self._choices.get(index)
                if state is None:
                    state = self._choices[index] = self._new_choice(index)
                self._add_choice(state, choice)
                value = choice.get("finish_reason")
                if value:
                    state["finish_reason"] = value
                value = choice.get("content_filter_results")
                if value:
                    state["content_filter_results"] = value
                value = choice.get("logprobs")
                if value:
                    _merge_lists(state, value)
        if self._head is None and chunk.get("id"):
            self._head = chunk
        if "prompt_filter_results" in chunk:
            self._prompt_filter_results.extend(chunk["prompt_filter_results"] or ())
        if chunk.get("usage"):
            self._usage = chunk["usage"]

    @abstractmethod
    def _new_choice(self, index: int) -> dict[str, Any]:
        """The state of a choice before its first chunk."""

    @abstractmethod
    def _add_choice(self, state: dict[str, Any], choice: dict[str, Any]) -> None:
        """Fold the kind-specific part of one chunk's choice (the delta, the text) into ``state``."""

    def _wire(self, object_: str, choices: list[dict[str, Any]]) -> dict[str, Any]:
        head = self._head or {}
        wire: dict[str, Any] = {"id": head.get("id", ""), "created": head.get("created", 0), "object": object_}
        for key in ("model", "system_fingerprint"):
            if key in head:
                wire[key] = head[key]
        wire["choices"] = choices
        if self._prompt_filter_results:
            wire["prompt_filter_results"] = self._prompt_filter_results
        if self._usage is not None:
            wire["usage"] = self._usage
        return wire

    def _common(self, state: dict[str, Any]) -> dict[str, Any]:
        """The keys a chat and a text choice share."""
        choice: dict[str, Any] = {"index": state["index"], "finish_reason": state["finish_reason"]}
        if state["content_filter_results"] is not None:
            choice["content_filter_results"] = state["content_filter_results"]
        if state["logprobs"] is not None:
            choice["logprobs"] = state["logprobs"]
        return choice


def _merge_lists(state: dict[str, Any], logprobs: dict[str, Any]) -> None:
    """Append a chunk's log probabilities (lists per key) to the choice's."""
    merged = state["logprobs"]
    if merged is None:
        merged = state["logprobs"] = {}
    for key, value in logprobs.items():
        if isinstance(value, list):
            if isinstance(merged.get(key), list):
                merged[key].extend(value)
            else:
                merged[key] = list(value)
        elif key not in merged:
            merged[key] = value


def _choice_state(index: int, **parts: Any) -> dict[str, Any]:
    return {"index": index, "finish_reason": None, "content_filter_results": None, "logprobs": None, **parts}


class ChatCompletionAccumulator(_Accumulator):
    """Assembles chat completion chunks into a ``GetChatCompletionsResult``."""

    __slots__ = ()

    def _new_choice(self, index: int) -> dict[str, Any]:
        return _choice_state(index, role=None, content=[], refusal=[], tool_calls={}, function_call=None)

    def _add_choice(self, state: dict[str, Any], choice: dict[str, Any]) -> None:
        delta = choice.get("delta")
        if not delta:
            return
        content = delta.get("content")
        if content is not None:
            state["content"].append(content)
        if len(delta) > 1 or content is None:  # anything but plain text
            if delta.get("role"):
                state["role"] = delta["role"]
            if delta.get("refusal"):
                state["refusal"].append(delta["refusal"])
            for call in delta.get("tool_calls") or ():
                index = call.get("index", 0)
                slot = state["tool_calls"].get(index)
                if slot is None:
                    slot = state["tool_calls"][index] = {"id": "", "type": "function", "name": "", "arguments": []}
                _add_call(slot, call.get("function") or {})
                if call.get("id"):
                    slot["id"] = call["id"]
                if call.get("type"):
                    slot["type"] = call["type"]
            if delta.get("function_call"):
                if state["function_call"] is None:
                    state["function_call"] = {"name": "", "arguments": []}
                _add_call(state["function_call"], delta["function_call"])

    def result(self) -> GetChatCompletionsResult:
        """The assembled response; ``finish_reason`` is ``None`` for a choice that never received one."""
        result_cls: type[GetChatCompletionsResult] = result_type("get_chat_completions")
        choices = []
        for index in sorted(self._choices):
            state = self._choices[index]
            message: dict[str, Any] = {
                "role": state["role"] or "assistant",
                "content": "".join(state["content"]) if state["content"] else None,
            }
            if state["refusal"]:
                message["refusal"] = "".join(state["refusal"])
            if state["tool_calls"]:
                message["tool_calls"] = [
                    {"id": slot["id"], "type": slot["type"], "function": _call(slot)}
                    for _, slot in sorted(state["tool_calls"].items())
                ]
            if state["function_call"] is not None:
                message["function_call"] = _call(state["function_call"])
            choice = self._common(state)
            choice["message"] = message
            choices.append(choice)
        return result_cls.from_dict(self._wire("chat.completion", choices))


def _add_call(slot: dict[str, Any], function: dict[str, Any]) -> None:
    """Fold a tool-call (or function-call) delta: the name is set, the argument pieces are kept."""
    if function.get("name"):
        slot["name"] = function["name"]
    if function.get("arguments"):
        slot["arguments"].append(function["arguments"])


def _call(slot: dict[str, Any]) -> dict[str, str]:
    return {"name": slot["name"], "arguments": "".join(slot["arguments"])}


class CompletionAccumulator(_Accumulator):
    """Assembles legacy completion chunks into a ``GetCompletionsResult``."""

    __slots__ = ()

    def _new_choice(self, index: int) -> dict[str, Any]:
        return _choice_state(index, text=[])

    def _add_choice(self, state: dict[str, Any], choice: dict[str, Any]) -> None:
        text = choice.get("text")
        if text:
            state["text"].append(text)

    def result(self) -> GetCompletionsResult:
        """The assembled response; ``finish_reason`` is ``None`` for a choice that never received one."""
        result_cls: type[GetCompletionsResult] = result_type("get_completions")
        choices = []
        for index in sorted(self._choices):
            state = self._choices[index]
            choice = self._common(state)
            choice["text"] = "".join(state["text"])
            choices.append(choice)
        return result_cls.from_dict(self._wire("text_completion", choices))


def completion_chunk(event: dict[str, Any]) -> GetCompletionsResult:
    """A legacy completion stream chunk (shaped like ``GetCompletionsResult``) from its event."""
    chunk: type[GetCompletionsResult] = result_type("get_completions")  # chunks are shaped like the result
    return chunk.from_dict(event)


Accumulator = ChatCompletionAccumulator | CompletionAccumulator


class _Events(Generic[T]):
    """Turns the data of one event into a chunk. Holds no reference to the stream object, so the
    chunk generator does not keep the stream alive (garbage collection must be able to close it)."""

    __slots__ = ("accumulator", "closed", "done", "parse", "response")

    def __init__(
        self, response: httpx2.Response, parse: Callable[[dict[str, Any]], T], accumulator: Accumulator | None
    ) -> None:
        self.response = response
        self.parse = parse
        self.accumulator = accumulator
        self.done = False  # [DONE] was read
        self.closed = False  # an async stream's loop was left: its chunk generator stops at its next step

    def chunk(self, data: str) -> T:
        try:
            event = json.loads(data)
            if type(event) is not dict or "error" in event:
                self._check(event)
            if "prompt_annotations" in event and "prompt_filter_results" not in event:
                event["prompt_filter_results"] = event["prompt_annotations"]
            if self.accumulator is not None:
                self.accumulator.add(event)
            return self.parse(event)
        except _PARSE_ERRORS as exc:
            raise self._decode_error(data, exc) from exc

    def _check(self, event: Any) -> None:
        if type(event) is not dict:
            raise TypeError(f"a stream event must be a JSON object, not {type(event).__name__}")
        if event["error"]:
            raise stream_event_error(event, self.response)

    def _decode_error(self, data: str, exc: Exception) -> DecodeError:
        return decode_error(self.response, f"unreadable stream event ({exc}): {data[:200]!r}", exc)

    def undecodable(self, exc: httpx2.DecodingError) -> DecodeError:
        encoding = self.response.headers.get("content-encoding", "")
        return decode_error(self.response, f"the {encoding} stream could not be decoded ({exc})", exc)

    def interrupted(self, exc: Exception) -> StreamInterruptedError:
        if isinstance(exc, httpx2.TimeoutException | ServiceResponseTimeoutError):
            text = f"the stream stalled: no data within the read timeout ({exc!r})"
        else:
            text = f"the connection dropped in the middle of the stream: {exc!r}"
        return StreamInterruptedError(self._message(text), error=exc)

    def incomplete(self) -> IncompleteStreamError:
        return IncompleteStreamError(
            self._message("the stream ended without its data: [DONE] event; the answer may be truncated")
        )

    def _message(self, text: str) -> str:
        rid = request_id(self.response.headers)
        return f"{text}\nRequest id: {rid}" if rid else text


def _iter_chunks(events: _Events[T]) -> Generator[T]:
    response = events.response
    feed = SSEDecoder().feed
    chunk = events.chunk
    try:
        body = response.iter_bytes()
        for raw in body:
            for data in feed(raw):
                if data == _DONE:
                    events.done = True
                    try:  # read the end of the body, so that the connection can be reused
                        for _ in body:
                            pass
                    except _DROPPED:
                        pass
                    return
                yield chunk(data)
    except _DROPPED as exc:
        raise events.interrupted(exc) from exc
    except httpx2.DecodingError as exc:
        raise events.undecodable(exc) from exc
    finally:
        response.close()
    raise events.incomplete()


async def _aiter_chunks(events: _Events[T]) -> AsyncGenerator[T]:
    response = events.response
    feed = SSEDecoder().feed
    chunk = events.chunk
    body = response.aiter_bytes()
    try:
        if events.closed:
            return
        async for raw in body:
            for data in feed(raw):
                if events.closed:
                    return
                if data == _DONE:
                    events.done = True
                    try:
                        async for _ in body:
                            pass
                    except _DROPPED:
                        pass
                    return
                yield chunk(data)
    except (*_DROPPED, httpx2.StreamError) as exc:
        if events.closed:  # reading on after the loop's clean-up closed the response
            return
        if isinstance(exc, httpx2.StreamError):
            raise
        raise events.interrupted(exc) from exc
    except httpx2.DecodingError as exc:
        raise events.undecodable(exc) from exc
    finally:
        await body.aclose()  # the body's generator first: not left to the collector
        await response.aclose()
    raise events.incomplete()


def _no_accumulator() -> TypeError:
    return TypeError("this stream was created without an accumulator: accumulate() is not available")


def _closed_early() -> ValueError:
    return ValueError("accumulate() on a stream closed or failed before its end: the result would be truncated")


class Stream(Generic[T]):
    """Typed chunks read from a streaming response, as an iterator and a context manager.

    ``parse`` turns one decoded event (a JSON object) into a chunk; ``accumulator`` makes
    :meth:`accumulate` available; ``span`` (telemetry) ends when the stream ends, fails or is closed.
    ``response`` is the underlying ``httpx2.Response`` (headers, status).
    """

    def __init__(
        self,
        response: httpx2.Response,
        *,
        parse: Callable[[dict[str, Any]], T],
        accumulator: Accumulator | None = None,
        span: OperationSpan | None = None,
    ) -> None:
        self.response = response
        self._events = _Events(response, parse, accumulator)
        self._chunks = _iter_chunks(self._events)
        self._span = span  # telemetry (azopenai._telemetry): ends with the stream
        if span is not None:
            self._chunks = span.observe(self._chunks, accumulator)

    def __next__(self) -> T:
        return next(self._chunks)

    def __iter__(self) -> Iterator[T]:
        """The chunks; leaving the loop early (``break``, an exception) closes the stream."""
        try:
            yield from self._chunks
        finally:
            self.close()

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the connection; chunks not read yet are dropped. Safe to call more than once."""
        self._chunks.close()
        self.response.close()
        if self._span is not None:
            self._span.close(self._events.accumulator)

    def __del__(self) -> None:
        if "response" in self.__dict__:
            self.response.close()
        span = self.__dict__.get("_span")
        if span is not None:
            span.close(self._events.accumulator)

    @overload
    def accumulate(self: Stream[GetChatCompletionsChunk]) -> GetChatCompletionsResult: ...
    @overload
    def accumulate(self: Stream[GetCompletionsResult]) -> GetCompletionsResult: ...
    def accumulate(self) -> GetChatCompletionsResult | GetCompletionsResult:
        """Read the rest of the stream and return the final result assembled from all its chunks.

        Raises what iteration raises; ``ValueError`` if the stream was closed before its end."""
        accumulator = self._events.accumulator
        if accumulator is None:
            raise _no_accumulator()
        for _ in self._chunks:
            pass
        if not self._events.done:
            raise _closed_early()
        return accumulator.result()


class AsyncStream(Generic[T]):
    """Typed chunks read from a streaming response, as an async iterator and an async context manager.

    Same contracts as :class:`Stream`; ``close()`` and ``accumulate()`` are coroutines. Garbage
    collection schedules the close on the running event loop.
    """

    def __init__(
        self,
        response: httpx2.Response,
        *,
        parse: Callable[[dict[str, Any]], T],
        accumulator: Accumulator | None = None,
        span: OperationSpan | None = None,
    ) -> None:
        self.response = response
        self._events = _Events(response, parse, accumulator)
        self._chunks = _aiter_chunks(self._events)
        self._span = span  # telemetry (azopenai._telemetry): ends with the stream
        if span is not None:
            self._chunks = span.aobserve(self._chunks, accumulator)

    async def __anext__(self) -> T:
        return await self._chunks.__anext__()

    async def __aiter__(self) -> AsyncIterator[T]:
        """The chunks; leaving the loop early (``break``, an exception) closes the stream.

        The loop's clean-up closes the response, not the chunk generator: the event loop finalizes
        abandoned async generators concurrently, and closing the chunk generator from here while it
        closes itself fails with "aclose(): asynchronous generator is already running". The chunk
        generator then ends at its next step."""
        try:
            async for chunk in self._chunks:
                yield chunk
        finally:
            self._events.closed = True
            await self.response.aclose()

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def close(self) -> None:
        """Release the connection; chunks not read yet are dropped. Safe to call more than once."""
        await self._chunks.aclose()
        await self.response.aclose()
        if self._span is not None:
            self._span.close(self._events.accumulator)

    def __del__(self) -> None:
        span = self.__dict__.get("_span")
        if span is not None:
            span.close(self._events.accumulator)
        response = self.__dict__.get("response")
        if response is None or response.is_closed:
            return
        import asyncio  # loaded already: there is an async stream

        try:
            task = asyncio.get_running_loop().create_task(response.aclose())
        except RuntimeError:  # no running loop: nothing can await the close any more
            return
        _background.add(task)
        task.add_done_callback(_background.discard)

    @overload
    async def accumulate(self: AsyncStream[GetChatCompletionsChunk]) -> GetChatCompletionsResult: ...
    @overload
    async def accumulate(self: AsyncStream[GetCompletionsResult]) -> GetCompletionsResult: ...
    async def accumulate(self) -> GetChatCompletionsResult | GetCompletionsResult:
        """Read the rest of the stream and return the final result assembled from all its chunks.

        Raises what iteration raises; ``ValueError`` if the stream was closed before its end."""
        accumulator = self._events.accumulator
        if accumulator is None:
            raise _no_accumulator()
        async for _ in self._chunks:
            pass
        if not self._events.done:
            raise _closed_early()
        return accumulator.result()
