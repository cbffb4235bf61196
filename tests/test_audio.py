"""Audio over real loopback servers, sync and async: the recorded transcriptions and speech replayed
with the recorded files, every ``file=`` form, every response format, retries re-sending the same
bytes, speech streamed to memory and to files, errors, and the memory used by a 200 MB upload."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import IO, Any

import azopenai
import azopenai.aio
import pytest
from azure.core.credentials import AzureKeyCredential
from loopback import Exchange, LoopbackServer, Reply
from recorded import ROOT, Entry, recordings
from routes import API_VERSION, azure_path, result_model, route
from test_multipart import FLAC, MP3, OneShotStream, Part, fields_of, file_of, parse_form

KEY = "audio-test-key"
FAST_RETRY = {"retry_backoff_factor": 0.01}
TRANSCRIPTION, TRANSLATION = result_model("get_audio_transcription"), result_model("get_audio_translation")
TRANSCRIBED = {"task": "transcribe", "language": "english", "duration": 1.5, "text": "Hello there."}


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def make_client(kind: str, url: str, *, openai: bool = False, **options: Any) -> Any:
    """A sync or async client for ``url`` (Azure, or OpenAI mode)."""
    cls = azopenai.Client if kind == "sync" else azopenai.aio.Client
    credential = AzureKeyCredential(KEY)
    return cls.for_openai(credential, endpoint=url, **options) if openai else cls(url, credential, **options)


async def call(
    kind: str,
    url: str,
    method: str,
    *,
    openai: bool = False,
    client_options: dict[str, Any] | None = None,
    **kwargs: Any,
) -> Any:
    """``method`` on a fresh sync or async client for ``url``."""
    if kind == "sync":
        with make_client(kind, url, openai=openai, **(client_options or {})) as sync_client:
            return getattr(sync_client, method)(**kwargs)
    async with make_client(kind, url, openai=openai, **(client_options or {})) as async_client:
        return await getattr(async_client, method)(**kwargs)


Handler = Callable[[Exchange], Reply]
Serve = Callable[[Handler], LoopbackServer]


class _Switch:
    handler: Handler


@pytest.fixture(scope="module")
def _loopback() -> Iterator[tuple[LoopbackServer, _Switch]]:
    switch = _Switch()
    with LoopbackServer(lambda exchange: switch.handler(exchange)) as server:
        yield server, switch


@pytest.fixture
def serve(_loopback: tuple[LoopbackServer, _Switch]) -> Serve:
    """One loopback server for the module (starting and stopping one costs ~0.3 s): each test sets how
    it answers and starts with no recorded exchanges."""
    server, switch = _loopback

    def use(handler: Handler) -> LoopbackServer:
        switch.handler = handler
        server.exchanges.clear()
        return server

    return use


Opener = Callable[..., IO[Any]]


@pytest.fixture
def opened() -> Iterator[Opener]:
    """``open`` for the test: every file it opens is closed when the test ends."""
    with ExitStack() as stack:
        yield lambda path, mode="rb": stack.enter_context(open(path, mode))


def replying(*replies: Reply) -> Handler:
    """Answer with ``replies`` in order, repeating the last."""
    queue = list(replies)
    return lambda exchange: queue.pop(0) if len(queue) > 1 else queue[0]


def sent_form(exchange: Exchange) -> list[Part]:
    return parse_form(exchange.headers["content-type"], exchange.body)


# --- recorded traffic -------------------------------------------------------------------------------

TRANSCRIPTIONS = [entry for entry in recordings() if entry.operation == "get_audio_transcription"]
SPEECH, SPEECH_TRANSCRIPTION = [entry for entry in recordings() if entry.recording == "TestClient_GetAudioSpeech"]


def recorded_upload(entry: Entry) -> list[Part]:
    """The recorded multipart request body, parsed."""
    return parse_form(entry.request_headers["Content-Type"], base64.b64decode(entry.request_body))


def recorded_reply(entry: Entry) -> Reply:
    headers = {"content-type": entry.content_type, "apim-request-id": "rid-audio"}
    body = entry.response_body
    if isinstance(body, list):  # text/plain
        return Reply(entry.status, headers, "".join(body).encode())
    if isinstance(body, dict):
        return Reply(entry.status, headers, json.dumps(body).encode())
    return Reply(entry.status, headers, base64.b64decode(body))


def test_the_recordings_are_there() -> None:
    formats = sorted(dict(fields_of(recorded_upload(entry)))["response_format"] for entry in TRANSCRIPTIONS)
    assert formats == ["text", "verbose_json", "verbose_json"]
    assert SPEECH.operation == "generate_speech_from_text"
    assert SPEECH_TRANSCRIPTION.operation == "get_audio_transcription"


@pytest.mark.parametrize("entry", TRANSCRIPTIONS, ids=lambda e: f"{e.recording}-{e.request_headers['Content-Length']}")
async def test_recorded_transcription_replays(serve: Serve, kind: str, entry: Entry, tmp_path: Path) -> None:
    upload = recorded_upload(entry)
    recorded_fields = dict(fields_of(upload))
    recorded_file = file_of(upload)
    assert recorded_file.filename is not None
    openai = "/openai/deployments/" not in entry.uri
    deployment = recorded_fields["model"] if openai else entry.uri.split("/deployments/")[1].split("/")[0]
    audio = tmp_path / Path(recorded_file.filename).name
    audio.write_bytes(recorded_file.data)
    options = {key: recorded_fields[key] for key in ("language", "response_format") if key in recorded_fields}
    server = serve(lambda exchange: recorded_reply(entry))
    result = await call(
        kind,
        server.url,
        "get_audio_transcription",
        openai=openai,
        deployment=deployment,
        file=audio,
        temperature=float(recorded_fields["temperature"]),
        **options,
    )
    (sent,) = server.exchanges
    assert isinstance(result, TRANSCRIPTION)
    if isinstance(entry.response_body, list):
        assert result.text == "".join(entry.response_body) == "My voice is my passport. Verify me.\n"
    else:
        assert result.to_dict() == entry.response_body  # every recorded value, typed
        assert result.segments[0].text == entry.response_body["segments"][0]["text"]
        assert result.duration == entry.response_body["duration"]
    parts = sent_form(sent)
    content_type = {".m4a": "audio/mp4", ".mp3": "audio/mpeg", ".flac": "audio/flac"}[audio.suffix]
    assert file_of(parts) == Part("file", audio.name, content_type, recorded_file.data)
    fields = dict(fields_of(parts))
    assert float(fields.pop("temperature")) == float(recorded_fields.pop("temperature"))
    if openai:
        assert sent.path == f"/{route('get_audio_transcription')}" and sent.query == {}
        assert sent.headers["authorization"] == f"Bearer {KEY}"
    else:
        recorded_fields.pop("model")  # the Go SDK sends it to Azure too; the deployment is in the path
        assert sent.path == azure_path("get_audio_transcription", deployment)
        assert sent.query == {"api-version": [API_VERSION]}
        assert sent.headers["api-key"] == KEY
    assert fields == recorded_fields
    assert sent.headers["content-length"] == str(len(sent.body))


def test_recorded_speech_then_its_transcription(serve: Serve) -> None:
    flac = base64.b64decode(SPEECH.response_body)
    chunks = [flac[i : i + 4096] for i in range(0, len(flac), 4096)]
    speech_reply = Reply(200, {"content-type": "audio/flac"}, chunks)
    server = serve(replying(speech_reply, recorded_reply(SPEECH_TRANSCRIPTION)))
    with azopenai.Client.for_openai(AzureKeyCredential(KEY), endpoint=server.url) as client:
        with client.generate_speech_from_text(
            deployment="tts-1", input="i am a computer", voice="alloy", response_format="flac"
        ) as speech:
            assert speech.content_type == "audio/flac"
            audio = speech.read()
        result = client.get_audio_transcription(
            deployment="whisper-1", file=audio, filename="test.flac", response_format="verbose_json", temperature=0.0
        )
    speech_sent, transcription_sent = server.exchanges
    _check_recorded_speech(audio, result, speech_sent, transcription_sent)


async def test_recorded_speech_then_its_transcription_async(serve: Serve) -> None:
    flac = base64.b64decode(SPEECH.response_body)
    chunks = [flac[i : i + 4096] for i in range(0, len(flac), 4096)]
    speech_reply = Reply(200, {"content-type": "audio/flac"}, chunks)
    server = serve(replying(speech_reply, recorded_reply(SPEECH_TRANSCRIPTION)))
    async with azopenai.aio.Client.for_openai(AzureKeyCredential(KEY), endpoint=server.url) as client:
        async with await client.generate_speech_from_text(
            deployment="tts-1", input="i am a computer", voice="alloy", response_format="flac"
        ) as speech:
            assert speech.content_type == "audio/flac"
            audio = await speech.read()
        result = await client.get_audio_transcription(
            deployment="whisper-1", file=audio, filename="test.flac", response_format="verbose_json", temperature=0.0
        )
    speech_sent, transcription_sent = server.exchanges
    _check_recorded_speech(audio, result, speech_sent, transcription_sent)


def _check_recorded_speech(audio: bytes, result: Any, speech_sent: Exchange, transcription_sent: Exchange) -> None:
    assert audio == base64.b64decode(SPEECH.response_body)
    assert audio.startswith(b"fLaC") and len(audio) == 30421
    assert speech_sent.path == f"/{route('generate_speech_from_text')}"
    assert speech_sent.headers["content-type"] == "application/json"
    assert speech_sent.json() == SPEECH.request_body
    assert result.to_dict() == SPEECH_TRANSCRIPTION.response_body
    assert result.text == "I am a computer."
    recorded = recorded_upload(SPEECH_TRANSCRIPTION)
    sent = sent_form(transcription_sent)
    assert file_of(sent) == Part("file", "test.flac", "audio/flac", file_of(recorded).data)
    fields = dict(fields_of(sent))
    assert float(fields.pop("temperature")) == 0.0
    assert fields == {"model": "whisper-1", "response_format": "verbose_json"}


# --- every file= form ---------------------------------------------------------------------------------


Form = tuple[Any, dict[str, Any], str, str, bool]
FORMS: dict[str, Callable[[Path, Opener], Form]] = {
    # id: (audio path, opener) -> (file, extra keywords, expected filename, expected content type,
    #                              sent with Content-Length)
    "bytes": lambda path, opened: (MP3, {}, "audio.mp3", "audio/mpeg", True),
    "bytes-flac": lambda path, opened: (FLAC, {}, "audio.flac", "audio/flac", True),
    "bytes-named": lambda path, opened: (MP3, {"filename": "voice.ogg"}, "voice.ogg", "audio/ogg", True),
    "str-path": lambda path, opened: (str(path), {}, "clip.mp3", "audio/mpeg", True),
    "pathlike": lambda path, opened: (path, {}, "clip.mp3", "audio/mpeg", True),
    "path-renamed": lambda path, opened: (path, {"filename": "x.webm"}, "x.webm", "audio/webm", True),
    "file-object": lambda path, opened: (opened(path), {}, "clip.mp3", "audio/mpeg", True),
    "bytesio": lambda path, opened: (io.BytesIO(MP3), {}, "audio.mp3", "audio/mpeg", True),
    "bytesio-named": lambda path, opened: (io.BytesIO(MP3), {"filename": "a.m4a"}, "a.m4a", "audio/mp4", True),
    "tuple2": lambda path, opened: (("talk.wav", MP3), {}, "talk.wav", "audio/wav", True),
    "tuple3": lambda path, opened: (("talk.mpga", opened(path), "audio/x-mine"), {}, "talk.mpga", "audio/x-mine", True),
    "tuple3-none": lambda path, opened: (("talk.mpeg", MP3, None), {}, "talk.mpeg", "audio/mpeg", True),
    "stream": lambda path, opened: (OneShotStream(MP3), {}, "audio.mp3", "audio/mpeg", False),
    "stream-named": lambda path, opened: (OneShotStream(MP3), {"filename": "s.mp4"}, "s.mp4", "audio/mp4", False),
}


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("method", ["get_audio_transcription", "get_audio_translation"])
async def test_every_file_form(serve: Serve, kind: str, method: str, form: str, tmp_path: Path, opened: Opener) -> None:
    path = tmp_path / "clip.mp3"
    path.write_bytes(MP3)
    file, extra, filename, content_type, sized = FORMS[form](path, opened)
    server = serve(lambda exchange: Reply.json({"text": "ok"}))
    result = await call(kind, server.url, method, deployment="whisper", file=file, **extra)
    (sent,) = server.exchanges
    assert result.text == "ok"
    assert isinstance(result, TRANSCRIPTION if method == "get_audio_transcription" else TRANSLATION)
    assert file_of(sent_form(sent)) == Part("file", filename, content_type, MP3 if form != "bytes-flac" else FLAC)
    assert ("content-length" in sent.headers) is sized
    assert (sent.headers.get("transfer-encoding") == "chunked") is not sized
    operation = "transcriptions" if method == "get_audio_transcription" else "translations"
    assert sent.path == f"/openai/deployments/whisper/audio/{operation}"


@pytest.mark.parametrize(
    ("bad", "error", "message"),
    [
        (42, TypeError, r"^file: expected bytes, a path, a binary file object or a \(filename, content"),
        (None, TypeError, "^file: expected .* not NoneType"),
        ("missing.mp3", FileNotFoundError, "^file: no such audio file: 'missing.mp3'"),
        ("text-mode", TypeError, r"^file: the file object is in text mode; open it in binary mode \('rb'\)"),
        ("closed", ValueError, "^file: the file object is closed"),
        (("a.mp3", 3), TypeError, "^file: the tuple's content must be bytes or a binary file object, not int"),
    ],
    ids=["int", "none", "missing", "text-mode", "closed", "bad-tuple"],
)
async def test_wrong_file_fails_before_any_request(
    serve: Serve,
    kind: str,
    bad: Any,
    error: type[Exception],
    message: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened: Opener,
) -> None:
    path = tmp_path / "a.mp3"
    path.write_bytes(MP3)
    if bad == "text-mode":
        bad = opened(path, "r")
    elif bad == "closed":
        bad = path.open("rb")
        bad.close()
    elif bad == "missing.mp3":
        monkeypatch.chdir(tmp_path)
    server = serve(lambda exchange: Reply.json({"text": "ok"}))
    with pytest.raises(error, match=message):
        await call(kind, server.url, "get_audio_transcription", deployment="whisper", file=bad)
    assert server.exchanges == []


async def test_keyword_mistakes_fail_before_any_request(serve: Serve, kind: str) -> None:
    server = serve(lambda exchange: Reply.json({"text": "ok"}))
    with pytest.raises(TypeError, match="language"):
        await call(kind, server.url, "get_audio_translation", deployment="whisper", file=MP3, language="en")
    with pytest.raises(TypeError, match=r"get_audio_transcription\(\) needs deployment="):
        await call(kind, server.url, "get_audio_transcription", deployment="", file=MP3)
    with pytest.raises(TypeError, match="file"):
        await call(kind, server.url, "get_audio_transcription", deployment="whisper")
    with pytest.raises(TypeError, match=r"generate_speech_from_text\(\) needs deployment="):
        await call(kind, server.url, "generate_speech_from_text", deployment=None, input="x", voice="alloy")
    assert server.exchanges == []


# --- fields, response formats, modes ----------------------------------------------------------------


async def test_transcription_fields_are_sent(serve: Serve, kind: str) -> None:
    server = serve(lambda exchange: Reply.json(TRANSCRIBED))
    await call(
        kind,
        server.url,
        "get_audio_transcription",
        deployment="whisper",
        file=("a.wav", MP3),
        language="de",
        prompt='Grüße, "Zitat"',
        response_format="verbose_json",
        temperature=0.2,
        timestamp_granularities=["word", "segment"],
        headers={"x-trace": "t1", "content-type": "text/x"},
    )
    (sent,) = server.exchanges
    assert fields_of(sent_form(sent)) == [
        ("language", "de"),
        ("prompt", 'Grüße, "Zitat"'),
        ("response_format", "verbose_json"),
        ("temperature", "0.2"),
        ("timestamp_granularities[]", "word"),
        ("timestamp_granularities[]", "segment"),
    ]
    assert sent.headers["x-trace"] == "t1"
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")  # ours wins


async def test_translation_fields_and_openai_mode(serve: Serve, kind: str) -> None:
    server = serve(lambda exchange: Reply.json({"task": "translate", "text": "Hello."}))
    result = await call(
        kind,
        server.url,
        "get_audio_translation",
        openai=True,
        deployment="whisper-1",
        file=("a.mp3", MP3),
        prompt="p",
        response_format="json",
    )
    (sent,) = server.exchanges
    assert isinstance(result, TRANSLATION) and result.text == "Hello." and result.task == "translate"
    assert sent.path == f"/{route('get_audio_translation')}" and sent.query == {}
    assert sent.headers["authorization"] == f"Bearer {KEY}" and "api-key" not in sent.headers
    assert fields_of(sent_form(sent)) == [("prompt", "p"), ("response_format", "json"), ("model", "whisper-1")]


SUBTITLES = {
    "text": "Hello there.\n",
    "srt": "1\n00:00:00,000 --> 00:00:01,500\nHello there.\n\n",
    "vtt": "WEBVTT\n\n00:00:00.000 --> 00:00:01.500\nHello there.\n\n",
}


@pytest.mark.parametrize("response_format", sorted(SUBTITLES))
@pytest.mark.parametrize("method", ["get_audio_transcription", "get_audio_translation"])
async def test_text_formats_keep_the_body_as_sent(serve: Serve, kind: str, method: str, response_format: str) -> None:
    body = SUBTITLES[response_format].encode()
    server = serve(lambda exchange: Reply(200, {"content-type": "text/plain; charset=utf-8"}, body))
    result = await call(kind, server.url, method, deployment="whisper", file=MP3, response_format=response_format)
    assert dict(fields_of(sent_form(server.exchanges[0])))["response_format"] == response_format
    assert isinstance(result, TRANSCRIPTION if method == "get_audio_transcription" else TRANSLATION)
    assert result.text == SUBTITLES[response_format]
    assert result.to_dict() == {"text": SUBTITLES[response_format]}


async def test_verbose_json_with_words_and_unknown_fields(serve: Serve, kind: str) -> None:
    payload = {
        **TRANSCRIBED,
        "words": [{"word": "Hello", "start": 0.0, "end": 0.5}, {"word": "there", "start": 0.6, "end": 1.1}],
        "segments": [{"id": 0, "start": 0.0, "end": 1.5, "text": " Hello there."}],
        "x_new_field": {"kept": True},
    }
    server = serve(lambda exchange: Reply.json(payload))
    result = await call(
        kind,
        server.url,
        "get_audio_transcription",
        deployment="whisper",
        file=MP3,
        response_format="verbose_json",
        timestamp_granularities=["word"],
    )
    assert result.to_dict() == payload
    assert [word.word for word in result.words] == ["Hello", "there"]
    assert result.words[1].end == 1.1 and result.language == "english" and result.duration == 1.5
    assert result["x_new_field"] == {"kept": True}


# --- retries ------------------------------------------------------------------------------------------


def _retry_sources(tmp_path: Path, opened: Opener) -> dict[str, Any]:
    path = tmp_path / "big.flac"
    path.write_bytes(FLAC * 200)
    handle = opened(path)
    handle.read(len(FLAC))  # the upload starts where the file object stands
    return {"bytes": FLAC * 200, "path": path, "file-object": handle}


@pytest.mark.parametrize("source", ["bytes", "path", "file-object"])
@pytest.mark.parametrize("status", [429, 503])
async def test_retry_resends_identical_bytes(
    serve: Serve, kind: str, source: str, status: int, tmp_path: Path, opened: Opener
) -> None:
    throttled = Reply.json({"error": {"code": str(status), "message": "slow down"}}, status, {"retry-after-ms": "5"})
    file = _retry_sources(tmp_path, opened)[source]
    server = serve(replying(throttled, Reply.json(TRANSCRIBED)))
    result = await call(
        kind,
        server.url,
        "get_audio_transcription",
        client_options=FAST_RETRY,
        deployment="whisper",
        file=file,
        language="en",
    )
    first, second = server.exchanges
    assert result.text == "Hello there."
    assert first.body == second.body
    assert first.headers["content-type"] == second.headers["content-type"]
    assert first.headers["content-length"] == second.headers["content-length"] == str(len(first.body))
    expected = FLAC * (199 if source == "file-object" else 200)
    assert file_of(sent_form(second)).data == expected


async def test_non_seekable_stream_is_not_resent(serve: Serve, kind: str) -> None:
    """Sent once; the service's 429 is what the caller sees (no retry that could only fail)."""
    throttled = Reply.json({"error": {"code": "429", "message": "slow down"}}, 429, {"retry-after-ms": "5"})
    server = serve(replying(throttled, Reply.json(TRANSCRIBED)))
    with pytest.raises(azopenai.HttpResponseError, match="slow down") as info:
        await call(
            kind,
            server.url,
            "get_audio_transcription",
            client_options=FAST_RETRY,
            deployment="whisper",
            file=OneShotStream(MP3),
        )
    (only,) = server.exchanges
    assert info.value.status_code == 429
    assert file_of(sent_form(only)).data == MP3


# --- errors -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "exc"),
    [
        (400, azopenai.HttpResponseError),
        (401, azopenai.ClientAuthenticationError),
        (404, azopenai.ResourceNotFoundError),
        (413, azopenai.HttpResponseError),
    ],
)
@pytest.mark.parametrize("method", ["get_audio_transcription", "generate_speech_from_text"])
async def test_errors_are_azure_errors(serve: Serve, kind: str, method: str, status: int, exc: type) -> None:
    body = {"error": {"code": f"E{status}", "message": f"audio status {status}"}}
    args: dict[str, Any] = {"file": MP3} if method == "get_audio_transcription" else {"input": "x", "voice": "alloy"}
    server = serve(lambda exchange: Reply.json(body, status, {"apim-request-id": "rid-9"}))
    with pytest.raises(exc) as info:
        await call(kind, server.url, method, deployment="d", **args)
    assert type(info.value) is exc
    assert info.value.status_code == status and info.value.error.code == f"E{status}"
    assert f"audio status {status}" in str(info.value) and "rid-9" in str(info.value)


async def test_speech_content_filter_error(serve: Serve, kind: str) -> None:
    body = {
        "error": {
            "code": "content_filter",
            "message": "filtered",
            "innererror": {
                "code": "ResponsibleAIPolicyViolation",
                "content_filter_result": {"hate": {"filtered": True, "severity": "high"}},
            },
        }
    }
    server = serve(lambda exchange: Reply.json(body, 400))
    with pytest.raises(azopenai.ContentFilterError) as info:
        await call(kind, server.url, "generate_speech_from_text", deployment="tts", input="x", voice="alloy")
    assert info.value.content_filter_results.hate.filtered is True


async def test_upload_timeout(serve: Serve, kind: str) -> None:
    def slow(exchange: Exchange) -> Reply:
        threading.Event().wait(1.0)
        return Reply.json(TRANSCRIBED)

    server = serve(slow)
    with pytest.raises(azopenai.ServiceResponseError):
        await call(
            kind,
            server.url,
            "get_audio_transcription",
            client_options={"retry_total": 0},
            deployment="whisper",
            file=MP3,
            timeout=0.2,
        )


# --- speech as a binary stream ------------------------------------------------------------------------

AUDIO = bytes(range(256)) * 400  # 102400 bytes


def _speech(**reply: Any) -> Handler:
    """Answers with ``AUDIO`` in 10 000-byte chunks."""
    chunks = [AUDIO[i : i + 10_000] for i in range(0, len(AUDIO), 10_000)]
    return lambda exchange: Reply(200, {"content-type": "audio/mpeg"}, chunks, **reply)


def test_speech_stream(serve: Serve) -> None:
    server = serve(_speech())
    with azopenai.Client(server.url, AzureKeyCredential(KEY)) as client:
        speech = client.generate_speech_from_text(
            deployment="tts", input="Hi", voice="nova", response_format="mp3", speed=1.5, headers={"x-trace": "s1"}
        )
        chunks = list(speech.iter_bytes(chunk_size=4096))
        assert speech.response.is_closed
        assert [len(chunk) for chunk in chunks] == [4096] * 25
        assert b"".join(chunks) == AUDIO
        assert speech.headers["content-type"] == "audio/mpeg"
        with client.generate_speech_from_text(deployment="tts", input="Hi", voice="nova") as speech:
            assert speech.read() == AUDIO
            assert speech.read() == AUDIO  # cached
        with client.generate_speech_from_text(deployment="tts", input="Hi", voice="nova") as speech:
            next(speech.iter_bytes())
        assert speech.response.is_closed  # left early: released
        sent = server.exchanges[0]
    assert sent.path == azure_path("generate_speech_from_text", "tts")
    assert sent.json() == {"input": "Hi", "voice": "nova", "response_format": "mp3", "speed": 1.5}
    assert sent.headers["accept"] == "application/octet-stream, application/json"
    assert sent.headers["x-trace"] == "s1"


async def test_speech_stream_async(serve: Serve) -> None:
    server = serve(_speech())
    async with azopenai.aio.Client(server.url, AzureKeyCredential(KEY)) as client:
        speech = await client.generate_speech_from_text(deployment="tts", input="Hi", voice="nova", speed=0.5)
        chunks = [chunk async for chunk in speech.iter_bytes(chunk_size=4096)]
        assert speech.response.is_closed
        assert [len(chunk) for chunk in chunks] == [4096] * 25
        assert b"".join(chunks) == AUDIO
        async with await client.generate_speech_from_text(deployment="tts", input="Hi", voice="nova") as speech:
            assert await speech.read() == AUDIO
        assert speech.response.is_closed
        speech = await client.generate_speech_from_text(deployment="tts", input="Hi", voice="nova")
        await speech.close()
        assert speech.response.is_closed
    assert server.exchanges[0].json() == {"input": "Hi", "voice": "nova", "speed": 0.5}


async def test_stream_to_file(serve: Serve, kind: str, tmp_path: Path) -> None:
    target = tmp_path / "out.mp3"
    target.write_bytes(b"old")
    server = serve(_speech())
    if kind == "sync":
        with azopenai.Client(server.url, AzureKeyCredential(KEY)) as client:
            speech = client.generate_speech_from_text(deployment="tts", input="Hi", voice="alloy")
            speech.stream_to_file(target, chunk_size=1000)
    else:
        async with azopenai.aio.Client(server.url, AzureKeyCredential(KEY)) as aclient:
            aspeech = await aclient.generate_speech_from_text(deployment="tts", input="Hi", voice="alloy")
            await aspeech.stream_to_file(str(target), chunk_size=1000)
    assert target.read_bytes() == AUDIO
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.mp3"]
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


async def test_stream_to_file_is_atomic(serve: Serve, kind: str, tmp_path: Path) -> None:
    target = tmp_path / "out.mp3"
    target.write_bytes(b"old")
    server = serve(_speech(drop_after=3))  # the connection drops after 30 000 of 102 400 bytes
    with pytest.raises(azopenai.ServiceResponseError, match="incomplete chunked read"):
        if kind == "sync":
            with azopenai.Client(server.url, AzureKeyCredential(KEY)) as client:
                client.generate_speech_from_text(deployment="tts", input="Hi", voice="alloy").stream_to_file(target)
        else:
            async with azopenai.aio.Client(server.url, AzureKeyCredential(KEY)) as aclient:
                aspeech = await aclient.generate_speech_from_text(deployment="tts", input="Hi", voice="alloy")
                await aspeech.stream_to_file(target)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.mp3"]


# --- memory: a 200 MB upload streamed from disk -------------------------------------------------------

BIG = 200 * 1024 * 1024

UPLOADER = r"""
import asyncio, gc, json, sys
from azure.core.credentials import AzureKeyCredential
import azopenai, azopenai.aio

url, path, small = sys.argv[1], sys.argv[2], sys.argv[3]

def status_mb(field):
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith(field + ":")) / 1024

async def upload_async(file):
    async with azopenai.aio.Client(url, AzureKeyCredential("k")) as client:
        return (await client.get_audio_transcription(deployment="whisper", file=file)).additional_properties

with azopenai.Client(url, AzureKeyCredential("k")) as client:
    client.get_audio_transcription(deployment="whisper", file=small)  # warm-up: imports, connections, threads
    asyncio.run(upload_async(small))
    gc.collect()
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")  # resets the peak (VmHWM) to the current RSS
    baseline = status_mb("VmRSS")
    results = [client.get_audio_transcription(deployment="whisper", file=path).additional_properties]
    with open(path, "rb") as handle:
        results.append(client.get_audio_transcription(deployment="whisper", file=handle).additional_properties)
results.append(asyncio.run(upload_async(path)))
growth = status_mb("VmHWM") - baseline
with open("/proc/self/clear_refs", "w") as f:
    f.write("5")
control_baseline = status_mb("VmRSS")
with open(path, "rb") as handle:
    whole = handle.read()  # the control: what holding the file in memory shows
control = status_mb("VmHWM") - control_baseline
print(json.dumps({"baseline_mb": baseline, "peak_growth_mb": growth, "control_mb": control, "uploads": results}))
"""


class _Sink(BaseHTTPRequestHandler):
    """Reads a multipart upload in 1 MiB pieces, keeping only a hash of the file part."""

    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        length = int(self.headers["content-length"])
        tail = f"\r\n--{self.headers['content-type'].split('boundary=')[1]}--\r\n".encode()
        received, head = 0, b""
        while (start := head.find(b"\r\n\r\n", max(head.find(b'filename="'), 0))) < 0 or b'filename="' not in head:
            piece = self.rfile.read(min(65536, length - received))
            received += len(piece)
            head += piece
        digest, pending = hashlib.sha256(), head[start + 4 :]
        while True:
            digest.update(pending[: -len(tail)])
            pending = pending[-len(tail) :]
            if received == length:
                break
            piece = self.rfile.read(min(1 << 20, length - received))
            received += len(piece)
            pending += piece
        assert pending == tail
        body = json.dumps({"text": "sunk", "sha256": digest.hexdigest(), "bytes": received}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_200_mb_upload_is_streamed_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "big.wav"
    with path.open("wb") as out:  # sparse, with a marker every 10 MiB so the bytes are not all alike
        out.truncate(BIG)
        for offset in range(0, BIG, 10 * 1024 * 1024):
            out.seek(offset)
            out.write(f"marker at {offset}".encode())
    with path.open("rb") as handle:
        expected = hashlib.file_digest(handle, "sha256").hexdigest()
    small = tmp_path / "small.wav"
    small.write_bytes(os.urandom(1 << 20))
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Sink)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        done = subprocess.run(
            [sys.executable, "-c", UPLOADER, url, str(path), str(small)],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=ROOT,
        )
    finally:
        server.shutdown()
        server.server_close()
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    print(
        f"\n200 MB upload x3 (sync path, sync file object, async path): peak RSS growth "
        f"{report['peak_growth_mb']:.1f} MB over a {report['baseline_mb']:.1f} MB baseline "
        f"(control, the file read whole: {report['control_mb']:.1f} MB)"
    )
    assert [upload["sha256"] for upload in report["uploads"]] == [expected] * 3
    assert report["control_mb"] > 190  # the measurement does see a file held in memory
    assert report["peak_growth_mb"] < 60
