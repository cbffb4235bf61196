"""Streams end to end: ``get_chat_completions_stream`` / ``get_completions_stream`` of ``azopenai.Client``
and ``azopenai.aio.Client`` against real loopback servers (recorded streams, Azure's quirks, every
error, connection release), plus ``Stream`` over a plain httpx2 client. Each test runs sync and async."""

from __future__ import annotations

import asyncio
import gc
import json
from typing import Any

import azopenai
import azopenai.aio
import httpx2
import pytest
from azopenai._streaming import AsyncStream, Stream
from azure.core.credentials import AzureKeyCredential
from azure.core.exceptions import DecodeError
from loopback import LoopbackServer, Reply
from recorded import recordings
from routes import azure_path, result_model

KEY = "stream-test-key"
SSE = {"content-type": "text/event-stream"}
DONE = "data: [DONE]\n\n"

RECORDED = next(e for e in recordings() if e.recording == "TestClient_GetChatCompletionsStream__AzureOpenAI")
RECORDED_401 = next(e for e in recordings() if e.recording == "TestClient_GetChatCompletionsStream_Error__AzureOpenAI")
RECORDED_EVENTS = [json.loads(data) for data in RECORDED.sse_events() if data != "[DONE]"]
RECORDED_BODY = [piece.encode() for piece in RECORDED.response_body]  # one event per piece, [DONE] last
CHAT = {
    "deployment": RECORDED.request_body["model"],
    **{key: value for key, value in RECORDED.request_body.items() if key not in ("model", "stream")},
}


def sse(*events: Any) -> list[bytes]:
    """Body pieces of an event stream, one event each: objects become JSON data events, strings go as they are."""
    return [(event if isinstance(event, str) else f"data: {json.dumps(event)}\n\n").encode() for event in events]


def one_byte_per_write(pieces: list[bytes]) -> list[bytes]:
    body = b"".join(pieces)
    return [body[i : i + 1] for i in range(len(body))]


def new_client(kind: str, url: str, **options: Any) -> Any:
    cls = azopenai.Client if kind == "sync" else azopenai.aio.Client
    return cls(url, AzureKeyCredential(KEY), **options)


async def read(
    kind: str,
    url: str,
    method: str = "get_chat_completions_stream",
    *,
    options: dict[str, Any] | None = None,
    **kwargs: Any,
) -> tuple[list[Any], Exception | None]:
    """Open ``method``'s stream with a fresh client and iterate it in a ``with`` block: the chunks read,
    and the error that ended it (``None`` after ``[DONE]``)."""
    chunks: list[Any] = []
    kwargs = kwargs or CHAT
    if kind == "sync":
        with new_client(kind, url, **(options or {})) as c:
            try:
                with getattr(c, method)(**kwargs) as stream:
                    for chunk in stream:
                        chunks.append(chunk)
            except azopenai.AzureError as exc:
                return chunks, exc
        return chunks, None
    async with new_client(kind, url, **(options or {})) as ac:
        try:
            async with await getattr(ac, method)(**kwargs) as astream:
                async for chunk in astream:
                    chunks.append(chunk)
        except azopenai.AzureError as exc:
            return chunks, exc
    return chunks, None


async def accumulate(
    kind: str, url: str, method: str = "get_chat_completions_stream", *, read_first: int = 0, **kwargs: Any
) -> tuple[list[Any], Any]:
    """Read ``read_first`` chunks one by one, then ``accumulate()``: those chunks and the result."""
    kwargs = kwargs or CHAT
    if kind == "sync":
        with new_client(kind, url) as c:
            stream = getattr(c, method)(**kwargs)
            first = [next(stream) for _ in range(read_first)]
            return first, stream.accumulate()
    async with new_client(kind, url) as ac:
        astream = await getattr(ac, method)(**kwargs)
        first = [await anext(astream) for _ in range(read_first)]
        return first, await astream.accumulate()


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


# --- recorded streams -----------------------------------------------------------------------------


@pytest.mark.parametrize("delivery", ["as recorded", "one byte per write"])
async def test_recorded_stream_gives_the_recorded_chunks(kind: str, delivery: str) -> None:
    body = RECORDED_BODY if delivery == "as recorded" else one_byte_per_write(RECORDED_BODY)
    with LoopbackServer(lambda x: Reply(200, SSE, body)) as server:
        chunks, error = await read(kind, server.url)
        sent = server.exchanges[0]
    assert error is None
    assert [chunk.to_dict() for chunk in chunks] == RECORDED_EVENTS  # chunk for chunk, every value
    assert all(type(chunk) is result_model("get_chat_completions", -1) for chunk in chunks)
    first = chunks[0]
    assert first.choices == [] and first.id == "" and first.object_ == ""
    assert first.prompt_filter_results[0].prompt_index == 0
    assert first.prompt_filter_results[0].content_filter_results.violence.severity == "safe"
    assert (
        chunks[1].choices[0].delta.role == "assistant" and chunks[1].choices[0].content_filter_results.to_dict() == {}
    )
    assert chunks[2].choices[0].content_filter_results.hate.filtered is False
    assert "".join(chunk.choices[0].delta.content for chunk in chunks[1:-1]) == "1, 2, 3, 4, 5, 6, 7, 8, 9, 10."
    assert chunks[-1].choices[0].delta.content is None and "content" not in RECORDED_EVENTS[-1]["choices"][0]["delta"]
    assert [chunk.choices[0].finish_reason for chunk in chunks[1:]] == [None] * 30 + ["stop"]
    assert sent.path == azure_path("get_chat_completions", CHAT["deployment"])
    assert sent.json() == {key: value for key, value in RECORDED.request_body.items() if key != "model"}
    assert sent.json()["stream"] is True
    assert sent.headers["accept"] == "text/event-stream" and sent.headers["api-key"] == KEY


async def test_recorded_stream_accumulates(kind: str) -> None:
    with LoopbackServer(lambda x: Reply(200, SSE, RECORDED_BODY)) as server:
        _, result = await accumulate(kind, server.url)
    assert type(result) is result_model("get_chat_completions")
    assert result.id == "chatcmpl-AxJxCGsfC5NsEFZlXuv033ekCrPq5" and result.created == 1738701418
    assert result.model == "gpt-4" and result.object_ == "chat.completion"
    (choice,) = result.choices
    assert choice.message.content == "1, 2, 3, 4, 5, 6, 7, 8, 9, 10." and choice.message.role == "assistant"
    assert choice.finish_reason == "stop"
    assert choice.content_filter_results.to_dict() == RECORDED_EVENTS[2]["choices"][0]["content_filter_results"]
    assert [r.to_dict() for r in result.prompt_filter_results] == RECORDED_EVENTS[0]["prompt_filter_results"]
    assert result.usage is None


async def test_recorded_401_raises_before_the_stream(kind: str) -> None:
    headers = {"apim-request-id": RECORDED_401.response_headers["apim-request-id"]}
    with LoopbackServer(lambda x: Reply.json(RECORDED_401.response_body, 401, headers)) as server:
        chunks, error = await read(kind, server.url)
    assert type(error) is azopenai.ClientAuthenticationError and chunks == []
    assert error.status_code == 401 and error.error is not None and error.error.code == "401"
    assert error.error.message == RECORDED_401.response_body["error"]["message"]
    assert headers["apim-request-id"] in str(error)


async def test_content_filter_refusal_before_the_stream(kind: str) -> None:
    entry = next(e for e in recordings() if "ContentFilterWithError" in e.recording)
    with LoopbackServer(lambda x: Reply.json(entry.response_body, 400)) as server:
        _, error = await read(kind, server.url, deployment="gpt-4", messages=entry.request_body["messages"])
    assert type(error) is azopenai.ContentFilterError
    inner = entry.response_body["error"]["innererror"]["content_filter_result"]
    assert error.content_filter_results is not None and error.content_filter_results.to_dict() == inner


async def test_stream_is_set_by_the_method_not_a_keyword(kind: str) -> None:
    with LoopbackServer(lambda x: Reply(200, SSE, RECORDED_BODY)) as server:
        with pytest.raises(TypeError, match="'stream'"):
            await read(kind, server.url, **CHAT, stream=True)
        assert server.exchanges == []


async def test_stream_options_are_sent(kind: str) -> None:
    with LoopbackServer(lambda x: Reply(200, SSE, RECORDED_BODY)) as server:
        _, error = await read(kind, server.url, **CHAT, stream_options={"include_usage": True})
        assert error is None
        assert server.exchanges[-1].json()["stream_options"] == {"include_usage": True}


# --- Azure's quirks ---------------------------------------------------------------------------------

SAFE = {name: {"filtered": False, "severity": "safe"} for name in ("hate", "self_harm", "sexual", "violence")}
HEAD = {"id": "chatcmpl-q", "created": 1738701418, "model": "gpt-4o", "object": "chat.completion.chunk"}


def chat_chunk(**choice: Any) -> dict[str, Any]:
    return {**HEAD, "system_fingerprint": "fp_1", "choices": [{"index": 0, "finish_reason": None, **choice}]}


def tool_delta(index: int, **call: Any) -> dict[str, Any]:
    return chat_chunk(delta={"tool_calls": [{"index": index, **call}]}, content_filter_results=SAFE)


ASYNC_FILTER = {**SAFE, "protected_material_text": {"filtered": False, "detected": False}}
QUIRKS: list[dict[str, Any]] = [
    # first: no choices, empty id/model/object, the older prompt_annotations only
    {
        "choices": [],
        "created": 0,
        "id": "",
        "model": "",
        "object": "",
        "prompt_annotations": [{"prompt_index": 0, "content_filter_results": SAFE}],
    },
    chat_chunk(delta={"role": "assistant", "content": ""}, content_filter_results={}),
    chat_chunk(delta={"content": "Checking"}, content_filter_results=SAFE),
    chat_chunk(delta={"content": " the weather."}, content_filter_results=SAFE),
    tool_delta(0, id="call_a", type="function", function={"name": "get_weather", "arguments": ""}),
    tool_delta(0, function={"arguments": '{"city": '}),
    tool_delta(1, id="call_b", type="function", function={"name": "get_time", "arguments": "{}"}),
    tool_delta(0, function={"arguments": '"Paris"}'}),
    # asynchronous content filter: no delta, offsets, object ""
    {
        **HEAD,
        "object": "",
        "choices": [
            {
                "index": 0,
                "finish_reason": None,
                "content_filter_results": ASYNC_FILTER,
                "content_filter_offsets": {"check_offset": 0, "start_offset": 0, "end_offset": 21},
            }
        ],
    },
    chat_chunk(delta={}, finish_reason="tool_calls", content_filter_results={}),
    # stream_options.include_usage: the last chunk has no choices, only usage
    {**HEAD, "choices": [], "usage": {"prompt_tokens": 12, "completion_tokens": 30, "total_tokens": 42}},
]


async def test_azure_quirks_parse(kind: str) -> None:
    with LoopbackServer(lambda x: Reply(200, SSE, sse(*QUIRKS, DONE))) as server:
        chunks, error = await read(kind, server.url)
    assert error is None and len(chunks) == len(QUIRKS)
    first = chunks[0]
    assert first.choices == [] and first.object_ == ""
    assert first.prompt_filter_results == first.prompt_annotations  # the older name, exposed as the new one
    assert first.prompt_filter_results[0].content_filter_results.sexual.severity == "safe"
    assert first.to_dict() == {**QUIRKS[0], "prompt_filter_results": QUIRKS[0]["prompt_annotations"]}
    assert [chunk.to_dict() for chunk in chunks[1:]] == QUIRKS[1:]
    assert chunks[1].choices[0].content_filter_results.to_dict() == {}
    assert chunks[4].choices[0].delta.tool_calls[0].function.name == "get_weather"
    assert chunks[5].choices[0].delta.tool_calls[0].function.arguments == '{"city": '
    filtered = chunks[8]
    assert filtered.object_ == "" and filtered.choices[0].delta is None
    assert filtered.choices[0].content_filter_offsets.end_offset == 21
    assert filtered.choices[0].content_filter_results.protected_material_text.detected is False
    assert chunks[-1].choices == [] and chunks[-1].usage.total_tokens == 42


async def test_azure_quirks_accumulate(kind: str) -> None:
    with LoopbackServer(lambda x: Reply(200, SSE, sse(*QUIRKS, DONE))) as server:
        _, result = await accumulate(kind, server.url)
    assert (result.id, result.created, result.model, result.system_fingerprint) == (
        "chatcmpl-q",
        1738701418,
        "gpt-4o",
        "fp_1",
    )
    (choice,) = result.choices
    assert choice.message.role == "assistant" and choice.message.content == "Checking the weather."
    assert [
        (call.id, call.type_, call.function.name, call.function.arguments) for call in choice.message.tool_calls
    ] == [
        ("call_a", "function", "get_weather", '{"city": "Paris"}'),
        ("call_b", "function", "get_time", "{}"),
    ]
    assert json.loads(choice.message.tool_calls[0].function.arguments) == {"city": "Paris"}
    assert choice.finish_reason == "tool_calls"
    assert choice.content_filter_results.to_dict() == ASYNC_FILTER  # the last non-empty one
    assert result.prompt_filter_results[0].content_filter_results.hate.severity == "safe"
    assert result.usage.to_dict() == {"prompt_tokens": 12, "completion_tokens": 30, "total_tokens": 42}


async def test_accumulate_includes_chunks_already_read(kind: str) -> None:
    with LoopbackServer(lambda x: Reply(200, SSE, RECORDED_BODY)) as server:
        first, result = await accumulate(kind, server.url, read_first=5)
    assert "".join(chunk.choices[0].delta.content for chunk in first[1:]) == "1, "
    assert result.choices[0].message.content == "1, 2, 3, 4, 5, 6, 7, 8, 9, 10."


async def test_accumulate_after_close_refuses_a_truncated_result(kind: str) -> None:
    with LoopbackServer(lambda x: Reply(200, SSE, RECORDED_BODY)) as server:
        if kind == "sync":
            with new_client(kind, server.url) as c:
                stream = c.get_chat_completions_stream(**CHAT)
                next(stream)
                stream.close()
                with pytest.raises(ValueError, match="before its end"):
                    stream.accumulate()
        else:
            async with new_client(kind, server.url) as ac:
                astream = await ac.get_chat_completions_stream(**CHAT)
                await anext(astream)
                await astream.close()
                with pytest.raises(ValueError, match="before its end"):
                    await astream.accumulate()


def test_accumulate_needs_an_accumulator() -> None:
    with LoopbackServer(lambda x: Reply(200, SSE, RECORDED_BODY)) as server, httpx2.Client() as http:
        stream = Stream(http.send(http.build_request("GET", server.url), stream=True), parse=dict)
        with pytest.raises(TypeError, match="accumulator"):
            stream.accumulate()
        stream.close()
        assert stream.response.is_closed


# --- legacy completions -----------------------------------------------------------------------------

COMPLETION = next(e for e in recordings() if e.recording == "TestClient_GetCompletions__AzureOpenAI").response_body
COMPLETION_TEXT = COMPLETION["choices"][0]["text"]
COMPLETION_HEAD = {key: COMPLETION[key] for key in ("id", "object", "created", "model")}
COMPLETION_FILTER = COMPLETION["choices"][0]["content_filter_results"]
COMPLETION_PIECES = [COMPLETION_TEXT[i : i + 9] for i in range(0, len(COMPLETION_TEXT), 9)]
COMPLETION_EVENTS = [
    {
        "id": "",
        "object": "",
        "created": 0,
        "model": "",
        "choices": [],
        "prompt_filter_results": COMPLETION["prompt_filter_results"],
    },
    *[
        {
            **COMPLETION_HEAD,
            "choices": [
                {
                    "text": piece,
                    "index": 0,
                    "logprobs": None,
                    "content_filter_results": COMPLETION_FILTER,
                    "finish_reason": "stop" if i == len(COMPLETION_PIECES) - 1 else None,
                }
            ],
        }
        for i, piece in enumerate(COMPLETION_PIECES)
    ],
    {**COMPLETION_HEAD, "choices": [], "usage": COMPLETION["usage"]},
]


async def test_legacy_completion_stream(kind: str) -> None:
    prompt = {"deployment": "gpt-35-turbo-instruct", "prompt": ["What is Azure OpenAI?"], "max_tokens": 1921}
    with LoopbackServer(lambda x: Reply(200, SSE, sse(*COMPLETION_EVENTS, DONE))) as server:
        chunks, error = await read(kind, server.url, "get_completions_stream", **prompt)
        _, result = await accumulate(kind, server.url, "get_completions_stream", **prompt)
        sent = server.exchanges[0]
    assert error is None and len(chunks) == len(COMPLETION_EVENTS)
    assert sent.path == azure_path("get_completions", "gpt-35-turbo-instruct")
    assert sent.json() == {"prompt": ["What is Azure OpenAI?"], "max_tokens": 1921, "stream": True}
    assert all(type(chunk) is result_model("get_completions") for chunk in chunks)
    assert chunks[0].prompt_filter_results[0].to_dict() == COMPLETION["prompt_filter_results"][0]
    assert "".join(chunk.choices[0].text for chunk in chunks[1:-1]) == COMPLETION_TEXT
    assert chunks[1].choices[0].finish_reason is None and chunks[-2].choices[0].finish_reason == "stop"
    assert chunks[-1].to_dict() == COMPLETION_EVENTS[-1]
    assert type(result) is result_model("get_completions") and result.object_ == "text_completion"
    assert (result.id, result.created, result.model) == ("Sanitized", COMPLETION["created"], COMPLETION["model"])
    (choice,) = result.choices
    assert choice.text == COMPLETION_TEXT and choice.finish_reason == "stop" and choice.index == 0
    assert choice.content_filter_results.to_dict() == COMPLETION_FILTER
    assert [r.to_dict() for r in result.prompt_filter_results] == COMPLETION["prompt_filter_results"]
    assert result.usage.to_dict() == COMPLETION["usage"]


# --- decoder rules over the network -----------------------------------------------------------------


def test_every_decoder_rule_over_the_network_one_byte_per_write() -> None:
    """BOM, CRLF / CR / LF endings, comments, id / retry / event / unknown fields, JSON split over
    several data lines, multi-byte UTF-8, and an event over 64 KiB, written one byte at a time."""
    big = {**chat_chunk(delta={"content": "é" * 40_000}, content_filter_results=SAFE)}
    events = [RECORDED_EVENTS[0], chat_chunk(delta={"content": "naïve ✓ 🙂 日本"}), big, RECORDED_EVENTS[-1]]
    text = "\ufeff: keep-alive\r\nretry: 3000\r\n\r\n"
    for n, event in enumerate(events):
        lines = json.dumps(event, indent=1, ensure_ascii=False).split("\n")
        eol = ["\r\n", "\r", "\n"][n % 3]
        text += f"id: {n}{eol}event: message{eol}x-unknown: 1{eol}: comment{eol}"
        text += "".join(f"data:{line}{eol}" for line in lines) + eol
    body = one_byte_per_write([text.encode()]) + sse(DONE)
    with (
        LoopbackServer(lambda x: Reply(200, SSE, body)) as server,
        azopenai.Client(server.url, AzureKeyCredential(KEY)) as c,
    ):
        chunks = list(c.get_chat_completions_stream(**CHAT))
    assert [chunk.to_dict() for chunk in chunks] == events


# --- errors in the stream ---------------------------------------------------------------------------

ERROR_EVENT = {"error": {"code": "server_error", "message": "The server had an error while processing your request."}}


async def test_error_event_raises_stream_event_error(kind: str) -> None:
    body = sse(*RECORDED_EVENTS[:3], ERROR_EVENT, *RECORDED_EVENTS[3:], DONE)
    with LoopbackServer(lambda x: Reply(200, {**SSE, "apim-request-id": "rid-9"}, body)) as server:
        chunks, error = await read(kind, server.url)
    assert [chunk.to_dict() for chunk in chunks] == RECORDED_EVENTS[:3]
    assert type(error) is azopenai.StreamEventError and isinstance(error, azopenai.HttpResponseError)
    assert error.error is not None and error.error.code == "server_error"
    assert error.error.message == ERROR_EVENT["error"]["message"]
    assert error.status_code == 200 and "rid-9" in str(error)


async def test_dropped_connection_raises_stream_interrupted(kind: str) -> None:
    with LoopbackServer(lambda x: Reply(200, {**SSE, "x-request-id": "rid-d"}, RECORDED_BODY, drop_after=5)) as server:
        chunks, error = await read(kind, server.url)
    assert [chunk.to_dict() for chunk in chunks] == RECORDED_EVENTS[:5]
    assert type(error) is azopenai.StreamInterruptedError and isinstance(error, azopenai.ServiceResponseError)
    assert "rid-d" in str(error)


@pytest.mark.parametrize("ending", ["after a whole event", "inside an event"])
async def test_body_ending_without_done_raises_incomplete(kind: str, ending: str) -> None:
    body = RECORDED_BODY[:-1] if ending == "after a whole event" else [*RECORDED_BODY[:5], b'data: {"choices": [']
    with LoopbackServer(lambda x: Reply(200, SSE, body)) as server:
        chunks, error = await read(kind, server.url)
    expected = RECORDED_EVENTS if ending == "after a whole event" else RECORDED_EVENTS[:5]
    assert [chunk.to_dict() for chunk in chunks] == expected
    assert type(error) is azopenai.IncompleteStreamError and isinstance(error, azopenai.ServiceResponseError)


async def test_stalled_stream_ends_at_the_read_timeout(kind: str) -> None:
    with LoopbackServer(lambda x: Reply(200, SSE, RECORDED_BODY, chunk_delay=2.0)) as server:
        chunks, error = await read(kind, server.url, options={"timeout": 0.3})
    assert [chunk.to_dict() for chunk in chunks] == RECORDED_EVENTS[:1]
    assert type(error) is azopenai.StreamInterruptedError


@pytest.mark.parametrize(
    "event",
    ["data: {not json\n\n", "data: [1, 2]\n\n", 'data: {"choices": []}\n\n', 'data: {"choices": "x"}\n\n'],
    ids=["not JSON", "not an object", "missing fields", "wrong type"],
)
async def test_malformed_event_raises_decode_error(kind: str, event: str) -> None:
    body = [*RECORDED_BODY[:2], event.encode(), *RECORDED_BODY[2:]]
    with LoopbackServer(lambda x: Reply(200, SSE, body)) as server:
        chunks, error = await read(kind, server.url)
    assert len(chunks) == 2
    assert type(error) is DecodeError and isinstance(error, azopenai.HttpResponseError)
    assert error.status_code == 200


def test_stream_over_plain_httpx_maps_httpx_errors() -> None:
    """Without the azure-core pipeline, httpx2's own transport errors become the same exceptions."""
    with LoopbackServer(lambda x: Reply(200, SSE, RECORDED_BODY, drop_after=3)) as server, httpx2.Client() as http:
        stream = Stream(http.send(http.build_request("GET", server.url), stream=True), parse=dict)
        chunks = []
        with pytest.raises(azopenai.StreamInterruptedError) as info:
            for chunk in stream:
                chunks.append(chunk)
    assert chunks == RECORDED_EVENTS[:3]
    assert isinstance(info.value.__cause__, httpx2.RemoteProtocolError)
    assert stream.response.is_closed


# --- releasing the connection -----------------------------------------------------------------------

HOW = ["with block", "close()", "break", "dropped after a chunk", "dropped unread"]


async def test_abandoned_streams_do_not_exhaust_the_pool(kind: str) -> None:
    """200 streams in a row, each left early, over a pool of 2 connections: a stream that kept its
    connection would make the next requests wait for the pool (and fail at its 10 s timeout)."""
    options: dict[str, Any] = {"timeout": 10.0, "retry_total": 0}
    limits = httpx2.Limits(max_connections=2, max_keepalive_connections=2)
    kept: list[Any] = []  # streams left by ``break`` stay referenced: the break itself must release
    with LoopbackServer(lambda x: Reply(200, SSE, RECORDED_BODY)) as server:
        if kind == "sync":
            with new_client(kind, server.url, transport=httpx2.HTTPTransport(limits=limits), **options) as c:
                for n in range(200):
                    abandon(c.get_chat_completions_stream(**CHAT), HOW[n % len(HOW)], kept)
                assert len(list(c.get_chat_completions_stream(**CHAT))) == len(RECORDED_EVENTS)
        else:
            transport = httpx2.AsyncHTTPTransport(limits=limits)
            async with new_client(kind, server.url, transport=transport, **options) as ac:
                for n in range(200):
                    await abandon_async(await ac.get_chat_completions_stream(**CHAT), HOW[n % len(HOW)], kept)
                assert len([chunk async for chunk in await ac.get_chat_completions_stream(**CHAT)]) == 32
        assert len(server.exchanges) == 201
    assert len(kept) == 40 and all(stream.response.is_closed for stream in kept)


def abandon(stream: Stream[Any], how: str, kept: list[Any]) -> None:
    if how == "with block":
        with stream:
            next(stream)
    elif how == "close()":
        next(stream)
        stream.close()
    elif how == "break":
        for _ in stream:
            break
        kept.append(stream)
    elif how == "dropped after a chunk":
        next(stream)


async def abandon_async(stream: AsyncStream[Any], how: str, kept: list[Any]) -> None:
    if how == "with block":
        async with stream:
            await anext(stream)
    elif how == "close()":
        await anext(stream)
        await stream.close()
    elif how == "break":
        async for _ in stream:
            break
        kept.append(stream)
    elif how == "dropped after a chunk":
        await anext(stream)


@pytest.mark.parametrize("started", [False, True], ids=["unread", "after a chunk"])
async def test_garbage_collection_closes_the_response(kind: str, started: bool) -> None:
    with LoopbackServer(lambda x: Reply(200, SSE, RECORDED_BODY)) as server:
        if kind == "sync":
            with new_client(kind, server.url) as c:
                stream = c.get_chat_completions_stream(**CHAT)
                if started:
                    next(stream)
                response = stream.response
                del stream
                assert response.is_closed
        else:
            async with new_client(kind, server.url) as ac:
                astream = await ac.get_chat_completions_stream(**CHAT)
                if started:
                    await anext(astream)
                response = astream.response
                del astream
                gc.collect()
                for _ in range(100):  # the close is scheduled on the loop: let it run
                    if response.is_closed:
                        break
                    await asyncio.sleep(0)
                assert response.is_closed


async def test_a_finished_stream_is_closed(kind: str) -> None:
    with LoopbackServer(lambda x: Reply(200, SSE, RECORDED_BODY)) as server:
        if kind == "sync":
            with new_client(kind, server.url) as c:
                stream = c.get_chat_completions_stream(**CHAT)
                assert len(list(stream)) == 32 and stream.response.is_closed
                assert list(stream) == []  # nothing more, no error
        else:
            async with new_client(kind, server.url) as ac:
                astream = await ac.get_chat_completions_stream(**CHAT)
                assert len([chunk async for chunk in astream]) == 32 and astream.response.is_closed
                assert [chunk async for chunk in astream] == []
