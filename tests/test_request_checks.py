"""Run-time checks of request keywords against the spec's request shapes (``azopenai._validation``),
sync and async, before anything is sent; and the ``extra_body=`` / ``extra_query=`` escape hatch,
whose fields reach the loopback server unchecked, byte for byte."""

from __future__ import annotations

from typing import Any

import pytest
from azopenai_generated.operations import API_VERSION, OPERATIONS
from clients import call
from loopback import LoopbackServer, Reply
from recorded import examples
from test_multipart import fields_of, parse_form

HI = [{"role": "user", "content": "Hi"}]

MISTAKES: list[tuple[str, dict[str, Any], type[Exception], str]] = [
    ("get_chat_completions", {"messages": HI, "max_tokens": "x"}, TypeError, r"^get_chat_completions\(\): max_tokens: expected int, got str$"),
    ("get_chat_completions", {"messages": HI, "max_tokens": True}, TypeError, "max_tokens: expected int, got bool"),
    ("get_chat_completions", {"messages": HI, "temperature": "hot"}, TypeError, "temperature: expected a number, got str"),
    ("get_chat_completions", {"messages": HI, "logprobs": 1}, TypeError, "logprobs: expected bool, got int"),
    ("get_chat_completions", {"messages": HI, "stop": 3}, TypeError, "stop: expected str or a list, got int"),
    ("get_chat_completions", {"messages": HI, "user": None}, TypeError, "user: expected str, got None"),
    ("get_chat_completions", {"messages": [{"role": "user", "content": 5}]}, TypeError, r"messages\[0\]\.content: expected str or a list, got int"),
    (
        "get_chat_completions",
        {"messages": [{"role": "user", "content": [{"type": "text", "text": "a"}, {"type": "text", "text": 1}]}]},
        TypeError,
        r"messages\[0\]\.content\[1\]\.text: expected str, got int",
    ),
    (
        "get_chat_completions",
        {"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "u", "detail": "huge"}}]}]},
        ValueError,
        r"messages\[0\]\.content\[0\]\.image_url\.detail: expected one of 'auto', 'low', 'high', got 'huge'",
    ),
    ("get_chat_completions", {"messages": HI, "tool_choice": "sometimes"}, ValueError, "tool_choice: expected one of 'none', 'auto', 'required', got 'sometimes'"),
    ("get_chat_completions", {"messages": HI, "tools": [{"type": "function", "function": {"name": 1}}]}, TypeError, r"tools\[0\]\.function\.name: expected str, got int"),
    ("get_chat_completions", {"messages": HI, "logit_bias": {"50256": "ban"}}, TypeError, r"logit_bias\['50256'\]: expected int, got str"),
    ("get_chat_completions_stream", {"messages": HI, "stream_options": {"include_usage": "yes"}}, TypeError, r"stream_options\.include_usage: expected bool, got str"),
    ("get_embeddings", {"input": 42}, TypeError, r"^get_embeddings\(\): input: expected str or a list, got int$"),
    ("get_embeddings", {"input": ["a", 2]}, TypeError, r"input\[1\]: expected str, got int"),
    ("get_completions", {"prompt": "x", "best_of": 1.5}, TypeError, "best_of: expected int, got float"),
    ("get_image_generations", {"prompt": "a cat", "n": "2"}, TypeError, "n: expected int, got str"),
    ("generate_speech_from_text", {"input": "Hi", "voice": 5}, TypeError, r"^generate_speech_from_text\(\): voice: expected one of 'alloy', .*, got 5$"),
    ("generate_speech_from_text", {"input": "Hi", "voice": "alloyy"}, ValueError, "voice: expected one of 'alloy', 'echo', 'fable', 'onyx', 'nova', 'shimmer', got 'alloyy'"),
    ("generate_speech_from_text", {"voice": "alloy"}, TypeError, r"missing required keyword argument 'input'$"),
    ("generate_speech_from_text", {"input": "Hi", "voice": "alloy", "speed": "fast"}, TypeError, "speed: expected a number, got str"),
    ("get_audio_transcription", {"file": b"RIFF", "temperature": "warm"}, TypeError, "temperature: expected a number, got str"),
    ("get_audio_transcription", {"file": b"RIFF", "timestamp_granularities": ["words"]}, ValueError, "expected one of 'word', 'segment', got 'words'"),
    ("get_audio_translation", {"file": b"RIFF", "prompt": 7}, TypeError, "prompt: expected str, got int"),
]  # fmt: skip


@pytest.mark.parametrize(("method", "fields", "error", "message"), MISTAKES)
async def test_wrong_values_are_named_before_sending(
    kind: str, method: str, fields: dict[str, Any], error: type[Exception], message: str
) -> None:
    with LoopbackServer(lambda x: Reply.json({})) as server:
        with pytest.raises(error, match=message):
            await call(kind, server.url, method, deployment="d", **fields)
        assert server.exchanges == []


CHAT_REPLY = examples()["chat_completions"]["responses"]["200"]["body"]


async def test_accepted_values_are_sent_as_given(kind: str) -> None:
    """Ints for number fields; values of extensible enums (``x-ms-enum.modelAsString``) this client
    does not list; unknown keys inside nested objects; tuples as lists."""
    with LoopbackServer(lambda x: Reply.json(CHAT_REPLY)) as server:
        messages = ({"role": "user", "content": "Hi", "newer_key": 1},)
        await call(kind, server.url, "get_chat_completions", deployment="d", messages=messages, temperature=1)
        assert server.exchanges[0].json() == {
            "messages": [{"role": "user", "content": "Hi", "newer_key": 1}],
            "temperature": 1,
        }
    with LoopbackServer(lambda x: Reply.json({"created": 1, "data": []})) as server:
        await call(kind, server.url, "get_image_generations", deployment="d", prompt="a cat", size="4096x4096")
        assert server.exchanges[0].json() == {"prompt": "a cat", "size": "4096x4096"}


async def test_extra_body_and_extra_query_are_merged_unchecked(kind: str) -> None:
    with LoopbackServer(lambda x: Reply.json(CHAT_REPLY)) as server:
        await call(
            kind,
            server.url,
            "get_chat_completions",
            deployment="d",
            messages=HI,
            temperature=0.2,
            extra_body={"temperature": 0.5, "newer": {"mode": "fast"}, "max_tokens": "lots"},
            extra_query={"feature": "preview"},
        )
    (sent,) = server.exchanges
    assert sent.body == (
        b'{"messages":[{"role":"user","content":"Hi"}],"temperature":0.5,"newer":{"mode":"fast"},"max_tokens":"lots"}'
    )
    assert sent.path == "/openai" + OPERATIONS["get_chat_completions"].path.format(deployment_id="d")
    assert sent.query == {"api-version": [API_VERSION], "feature": ["preview"]}


async def test_extra_fields_of_streams_speech_and_audio(kind: str) -> None:
    sse = b'data: {"id":"1","object":"chat.completion.chunk","created":1,"model":"m","choices":[]}\n\ndata: [DONE]\n\n'
    with LoopbackServer(lambda x: Reply(200, {"content-type": "text/event-stream"}, sse)) as server:
        stream = await call(
            kind, server.url, "get_chat_completions_stream", deployment="d", messages=HI, extra_body={"newer": 1}
        )
        if kind == "sync":
            stream.close()
        else:
            await stream.close()
        assert server.exchanges[0].body == b'{"messages":[{"role":"user","content":"Hi"}],"stream":true,"newer":1}'
    with LoopbackServer(lambda x: Reply(200, {"content-type": "audio/mpeg"}, b"ID3")) as server:
        speech = await call(
            kind,
            server.url,
            "generate_speech_from_text",
            deployment="d",
            input="Hi",
            voice="alloy",
            extra_body={"instructions": "whisper"},
            extra_query={"x": "1"},
        )
        if kind == "sync":
            speech.close()
        else:
            await speech.close()
        (sent,) = server.exchanges
        assert sent.body == b'{"input":"Hi","voice":"alloy","instructions":"whisper"}'
        assert sent.query == {"api-version": [API_VERSION], "x": ["1"]}
    with LoopbackServer(lambda x: Reply.json({"text": "hi"})) as server:
        await call(
            kind,
            server.url,
            "get_audio_transcription",
            deployment="d",
            file=b"RIFF",
            language="en",
            extra_body={"chunking_strategy": "auto"},
            extra_query={"x": "2"},
        )
        (sent,) = server.exchanges
        form = parse_form(sent.headers["content-type"], sent.body)
        assert fields_of(form) == [("language", "en"), ("chunking_strategy", "auto")]
        assert sent.query == {"api-version": [API_VERSION], "x": ["2"]}
