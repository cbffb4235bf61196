"""Every failure a caller can meet is an azure-core error saying what happened, and bad input is refused
before anything is sent. Real loopback servers that misbehave on purpose, sync and async."""

from __future__ import annotations

import gzip
import json
import socket
import threading
from collections.abc import Iterator
from typing import Any

import azopenai
import azopenai.aio
import pytest
from azure.core.credentials import AzureKeyCredential
from azure.core.exceptions import AzureError, DecodeError
from clients import FAST_RETRY, SECRET, call
from loopback import LoopbackServer, Reply
from routes import OPERATIONS
from test_client import _embeddings_reply, replying
from test_streaming import RECORDED_BODY, SSE, read

JSON = {"content-type": "application/json", "apim-request-id": "rid-bad"}
CHAT = {"deployment": "d", "messages": [{"role": "user", "content": "hi"}]}


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b"{not json", "Expecting property name"),
        (b'{"id": "x", "choi', "Unterminated string"),
        (b"", "Expecting value"),
        (b"{}", "choices"),
        (b"[1, 2]", "list"),
        (b'{"id": "x", "created": 1, "model": "m", "object": "chat.completion", "choices": "x"}', ""),
    ],
    ids=["invalid", "truncated", "empty", "empty object", "array", "wrong shape"],
)
async def test_malformed_2xx_raises_decode_error(kind: str, body: bytes, problem: str) -> None:
    with LoopbackServer(lambda x: Reply(200, JSON, body)) as server:
        with pytest.raises(DecodeError) as info:
            await call(kind, server.url, "get_chat_completions", **CHAT)
    error = info.value
    assert isinstance(error, azopenai.HttpResponseError) and isinstance(error, AzureError)
    assert error.status_code == 200
    assert "rid-bad" in str(error)
    assert f"get_chat_completions() expected a {OPERATIONS['get_chat_completions'].result_models[0]}" in str(error)
    assert problem in str(error)
    assert isinstance(error.__cause__, ValueError | KeyError | TypeError | AttributeError)


async def test_malformed_audio_result_raises_decode_error(kind: str) -> None:
    with LoopbackServer(lambda x: Reply(200, JSON, b'{"text": ')) as server:
        with pytest.raises(DecodeError) as info:
            await call(kind, server.url, "get_audio_transcription", deployment="whisper", file=b"RIFF")
    assert info.value.status_code == 200 and "rid-bad" in str(info.value)
    assert OPERATIONS["get_audio_transcription"].result_models[0] in str(info.value)


async def test_corrupt_gzip_body_raises_decode_error(kind: str) -> None:
    headers = {**JSON, "content-encoding": "gzip"}
    with LoopbackServer(lambda x: Reply(200, headers, b"\x1f\x8b this is not gzip")) as server:
        with pytest.raises(DecodeError) as info:
            await call(kind, server.url, "get_embeddings", deployment="d", input="x")
    assert info.value.status_code == 200 and "rid-bad" in str(info.value)
    assert "gzip" in str(info.value)


async def test_gzip_body_is_decoded(kind: str) -> None:
    payload = {"data": [{"index": 0, "embedding": [0.5]}], "usage": {"prompt_tokens": 1, "total_tokens": 1}}
    body = gzip.compress(json.dumps(payload).encode())
    with LoopbackServer(lambda x: Reply(200, {**JSON, "content-encoding": "gzip"}, body)) as server:
        result = await call(kind, server.url, "get_embeddings", deployment="d", input="x")
    assert result.data[0].embedding == [0.5]


async def test_corrupt_gzip_stream_raises_decode_error(kind: str) -> None:
    headers = {**SSE, "content-encoding": "gzip", "apim-request-id": "rid-gz"}
    with LoopbackServer(lambda x: Reply(200, headers, [b"\x1f\x8b not gzip at all"])) as server:
        chunks, error = await read(kind, server.url)
    assert chunks == []
    assert type(error) is DecodeError and error.status_code == 200 and "rid-gz" in str(error)


@pytest.mark.parametrize(
    "retry_after", ["Mon, 01 Jan 99999999999999999999 00:00:00 GMT", "Fri, 31 Dec 9999 23:59:59 -9999", "soon"]
)
async def test_unreadable_retry_after_falls_back_to_backoff(kind: str, retry_after: str) -> None:
    busy = Reply.json({"error": {"code": "busy", "message": "busy"}}, 503, {"retry-after": retry_after})
    with LoopbackServer(replying(busy, _embeddings_reply(None))) as server:  # type: ignore[arg-type]
        result = await call(kind, server.url, "get_embeddings", client_options=FAST_RETRY, deployment="d", input="x")
        assert len(server.exchanges) == 2
    assert result.data[0].embedding == [0.0]


@pytest.fixture
def resetting_server() -> Iterator[str]:
    """A server that reads the request and resets the connection without answering."""
    listener = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            conn.recv(65536)
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")  # RST on close
            conn.close()

    threading.Thread(target=serve, daemon=True).start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    listener.close()


async def test_transport_errors_have_messages(kind: str, resetting_server: str) -> None:
    with pytest.raises(azopenai.ServiceResponseError) as info:
        await call(
            kind, resetting_server, "get_embeddings", client_options={"retry_total": 0}, deployment="d", input="x"
        )
    message = str(info.value)
    name, _, detail = message.partition(": ")
    assert detail.strip() and "Error" in message
    assert not message.endswith(": ")


async def test_stalled_stream_says_read_timeout(kind: str) -> None:
    with LoopbackServer(lambda x: Reply(200, SSE, RECORDED_BODY, chunk_delay=2.0)) as server:
        chunks, error = await read(kind, server.url, options={"timeout": 0.3})
    assert len(chunks) == 1
    assert type(error) is azopenai.StreamInterruptedError
    assert "read timeout" in str(error) and "dropped" not in str(error)


# --- bad input, refused before sending ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "where"),
    [
        ({"temperature": float("nan")}, "temperature: nan"),
        ({"temperature": float("inf")}, "temperature: inf"),
        ({"top_p": -float("inf")}, "top_p: -inf"),
        ({"messages": [{"role": "user", "content": "bad \ud800 text"}]}, "messages[0]['content']: lone surrogate"),
        ({"user": "\udfff"}, "user: lone surrogate"),
    ],
)
async def test_values_json_cannot_carry_are_refused(kind: str, fields: dict[str, Any], where: str) -> None:
    with LoopbackServer(_embeddings_reply) as server:
        with pytest.raises(ValueError) as info:
            await call(kind, server.url, "get_chat_completions", **{**CHAT, **fields})
        assert server.exchanges == []
    assert str(info.value).startswith(f"get_chat_completions(): {where}")


@pytest.mark.parametrize(
    ("timeout", "error"),
    [("abc", TypeError), (-1, ValueError), (0, ValueError), (float("nan"), ValueError), (True, TypeError)],
)
async def test_bad_call_timeout_is_refused(kind: str, timeout: Any, error: type[Exception]) -> None:
    with LoopbackServer(_embeddings_reply) as server:
        with pytest.raises(error, match="timeout"):
            await call(kind, server.url, "get_embeddings", deployment="d", input="x", timeout=timeout)
        with pytest.raises(error, match="timeout"):
            await call(kind, server.url, "get_audio_transcription", deployment="d", file=b"RIFF", timeout=timeout)
        assert server.exchanges == []


@pytest.mark.parametrize("cls", [azopenai.Client, azopenai.aio.Client])
@pytest.mark.parametrize(
    ("option", "value", "error"),
    [
        ("retry_total", "3", TypeError),
        ("retry_total", 2.5, TypeError),
        ("retry_total", -1, ValueError),
        ("retry_backoff_factor", "0.8", TypeError),
        ("retry_backoff_max", -1, ValueError),
        ("retry_timeout", 0, ValueError),
        ("retry_timeout", "60", TypeError),
        ("logging_enable", "yes", TypeError),
        ("timeout", "abc", TypeError),
        ("timeout", -5, ValueError),
    ],
)
def test_bad_client_options_are_refused_at_construction(
    cls: type, option: str, value: Any, error: type[Exception]
) -> None:
    with pytest.raises(error, match=option):
        cls("https://x.openai.azure.com", AzureKeyCredential(SECRET), **{option: value})


@pytest.mark.parametrize("how", ["read", "iter_bytes"])
async def test_corrupt_gzip_speech_body_raises_decode_error(kind: str, how: str) -> None:
    headers = {"content-type": "audio/mpeg", "content-encoding": "gzip", "apim-request-id": "rid-speech"}
    with LoopbackServer(lambda x: Reply(200, headers, b"\x1f\x8b this is not gzip")) as server:
        if kind == "sync":
            with azopenai.Client(server.url, AzureKeyCredential(SECRET)) as client:
                speech = client.generate_speech_from_text(deployment="tts", input="hi", voice="alloy")
                with pytest.raises(DecodeError) as info:
                    speech.read() if how == "read" else list(speech.iter_bytes())
        else:
            async with azopenai.aio.Client(server.url, AzureKeyCredential(SECRET)) as aclient:
                aspeech = await aclient.generate_speech_from_text(deployment="tts", input="hi", voice="alloy")
                with pytest.raises(DecodeError) as info:
                    if how == "read":
                        await aspeech.read()
                    else:
                        [chunk async for chunk in aspeech.iter_bytes()]
    assert info.value.status_code == 200 and "rid-speech" in str(info.value)
    assert "decompressing" in str(info.value) and "generate_speech_from_text" in str(info.value)
