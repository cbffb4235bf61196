"""The emulator on its own, spoken to with plain httpx2: routes, validation against the spec, auth,
determinism, recorded Azure shapes, and every fault."""

from __future__ import annotations

import base64
import json
import socket
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import httpx2
import pytest
from azopenai.emulator import Emulator, Settings, SpecNotFoundError, create_app
from azopenai.emulator._audio import describe_upload, speech
from azopenai_generated.operations import API_VERSION
from recorded import ROOT, recordings
from routes import azure_path, route

KEY, TOKEN = "emulator-test-key", "emulator-test-token"
API = {"api-version": API_VERSION}
USER = {"role": "user", "content": "Count to 3."}


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator(Settings(api_key=KEY, bearer_token=TOKEN)) as running:
        yield running


@pytest.fixture
def http(emulator: Emulator) -> Iterator[httpx2.Client]:
    emulator.reset_faults()
    with httpx2.Client(base_url=emulator.url, headers={"api-key": KEY}, params=API, timeout=10) as client:
        yield client


def post(
    http: httpx2.Client, operation: str, body: Any = None, deployment: str = "gpt-4o", **kwargs: Any
) -> httpx2.Response:
    """POST ``body`` to the operation (its name in the generated table) of ``deployment``."""
    return http.post(azure_path(operation, deployment), json=body, **kwargs)


def sse(response: httpx2.Response) -> list[str]:
    return [line[len("data: ") :] for line in response.text.split("\n") if line.startswith("data: ")]


def azure_error(response: httpx2.Response) -> dict[str, Any]:
    error: dict[str, Any] = response.json()["error"]
    assert set(error) >= {"code", "message"}
    assert response.headers["apim-request-id"]
    return error


# -- routes and shapes -----------------------------------------------------------------------------


def test_chat_completion_has_azure_shape_and_is_deterministic(http: httpx2.Client) -> None:
    body = {"messages": [{"role": "system", "content": "Talk like a pirate."}, USER], "max_tokens": 100}
    first, second = post(http, "get_chat_completions", body), post(http, "get_chat_completions", body)
    assert first.status_code == 200
    assert first.content == second.content
    assert first.headers["apim-request-id"] != second.headers["apim-request-id"]
    answer = first.json()
    assert answer["object"] == "chat.completion" and answer["model"] == "gpt-4o"
    assert answer["choices"][0]["message"]["role"] == "assistant"
    assert "Count to 3." in answer["choices"][0]["message"]["content"]
    assert answer["choices"][0]["content_filter_results"]["violence"] == {"filtered": False, "severity": "safe"}
    assert answer["prompt_filter_results"][0]["prompt_index"] == 0
    usage = answer["usage"]
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"] > 0


def test_chat_stream_mimics_recorded_azure_stream(http: httpx2.Client) -> None:
    response = post(http, "get_chat_completions", {"messages": [USER], "stream": True})
    assert response.headers["content-type"].startswith("text/event-stream")
    events = sse(response)
    assert events[-1] == "[DONE]"
    chunks = [json.loads(event) for event in events[:-1]]
    recorded = next(e for e in recordings() if e.recording == "TestClient_GetChatCompletionsStream__AzureOpenAI")
    recorded_chunks = [json.loads(event) for event in recorded.sse_events()[:-1]]
    for ours, theirs in (
        (chunks[0], recorded_chunks[0]),
        (chunks[1], recorded_chunks[1]),
        (chunks[2], recorded_chunks[2]),
    ):
        assert set(ours) == set(theirs)
        for ours_choice, their_choice in zip(ours["choices"], theirs["choices"], strict=True):
            assert set(ours_choice) == set(their_choice)
    assert chunks[0]["choices"] == [] and chunks[0]["prompt_filter_results"]
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks[1:])
    assert text == post(http, "get_chat_completions", {"messages": [USER]}).json()["choices"][0]["message"]["content"]


def test_chat_stream_usage_tools_and_limits(http: httpx2.Client) -> None:
    usage = sse(
        post(
            http,
            "get_chat_completions",
            {"messages": [USER], "stream": True, "stream_options": {"include_usage": True}},
        )
    )
    assert json.loads(usage[-2])["usage"]["total_tokens"] > 0 and json.loads(usage[-2])["choices"] == []
    tool = {
        "type": "function",
        "function": {
            "name": "get_weather",
            "parameters": {"type": "object", "properties": {"unit": {"enum": ["celsius"]}}},
        },
    }
    call = post(http, "get_chat_completions", {"messages": [USER], "tools": [tool]}).json()["choices"][0]
    assert call["finish_reason"] == "tool_calls"
    assert json.loads(call["message"]["tool_calls"][0]["function"]["arguments"]) == {"unit": "celsius"}
    short = post(http, "get_chat_completions", {"messages": [USER], "max_tokens": 2, "n": 2}).json()
    assert [c["finish_reason"] for c in short["choices"]] == ["length", "length"]
    assert len(short["choices"][0]["message"]["content"].split()) == 2


def test_on_your_data_answers_with_citations(http: httpx2.Client) -> None:
    source = {
        "type": "azure_search",
        "parameters": {
            "endpoint": "https://s.search.windows.net",
            "index_name": "docs",
            "authentication": {"type": "api_key", "key": "k"},
        },
    }
    message = post(http, "get_chat_completions", {"messages": [USER], "data_sources": [source]}).json()["choices"][0][
        "message"
    ]
    assert message["context"]["citations"][0]["content"]


def test_completions_and_stream(http: httpx2.Client) -> None:
    whole = post(http, "get_completions", {"prompt": ["What is Azure OpenAI?"], "max_tokens": 50}).json()
    assert whole["object"] == "text_completion" and whole["choices"][0]["content_filter_results"]
    events = sse(post(http, "get_completions", {"prompt": ["What is Azure OpenAI?"], "max_tokens": 50, "stream": True}))
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    assert chunks[0]["choices"] == [] and chunks[0]["prompt_filter_results"]
    assert "".join(c["choices"][0]["text"] for c in chunks[1:]) == whole["choices"][0]["text"]


def test_embeddings_are_deterministic_unit_vectors_and_base64(http: httpx2.Client) -> None:
    floats = post(http, "get_embeddings", {"input": ["a", "b", "a"]}, deployment="text-embedding-ada-002").json()
    vectors = [item["embedding"] for item in floats["data"]]
    assert len(vectors[0]) == 1536 and vectors[0] == vectors[2] != vectors[1]
    assert abs(sum(x * x for x in vectors[0]) - 1) < 1e-5
    encoded = post(http, "get_embeddings", {"input": "a", "encoding_format": "base64", "dimensions": 8}).json()["data"][
        0
    ]
    raw = base64.b64decode(encoded["embedding"])
    assert len(struct.unpack("<8f", raw)) == 8
    assert (
        list(struct.unpack("<8f", raw))
        == post(http, "get_embeddings", {"input": "a", "dimensions": 8}).json()["data"][0]["embedding"]
    )


@pytest.mark.parametrize("response_format", ["url", "b64_json"])
def test_image_generations(http: httpx2.Client, response_format: str) -> None:
    body = {"prompt": "a cat", "size": "1024x1792", "response_format": response_format}
    image = post(http, "get_image_generations", body, deployment="dall-e-3").json()["data"][0]
    assert image["revised_prompt"] and image["content_filter_results"]["hate"]["filtered"] is False
    png = base64.b64decode(image["b64_json"]) if response_format == "b64_json" else http.get(image["url"]).content
    assert png.startswith(b"\x89PNG") and struct.unpack(">II", png[16:24]) == (1024, 1792)


@pytest.mark.parametrize("fmt", ["mp3", "opus", "aac", "flac", "wav", "pcm"])
def test_speech_is_a_file_of_the_requested_format(http: httpx2.Client, fmt: str) -> None:
    response = post(
        http,
        "generate_speech_from_text",
        {"input": "i am a computer", "voice": "alloy", "response_format": fmt},
        deployment="tts-1",
    )
    assert response.status_code == 200
    magic = {"mp3": b"ID3", "opus": b"OggS", "aac": b"ID3", "flac": b"fLaC", "wav": b"RIFF", "pcm": b"\0\0"}[fmt]
    assert response.content.startswith(magic)
    assert response.headers["content-type"].startswith("audio/")
    if fmt != "pcm":
        assert describe_upload(response.content, "speech")[0] == "i am a computer"


def test_speech_takes_json_not_the_multipart_body_the_spec_declared(http: httpx2.Client) -> None:
    """generator/corrections.py: the service takes a JSON speech body; the emulator checks what it checks."""
    fields = {"input": "hello", "voice": "nova", "response_format": "wav"}
    response = http.post(azure_path("generate_speech_from_text", "tts"), data=fields, files={"unused": ("", b"")})
    assert 400 <= response.status_code < 500
    assert http.post(azure_path("generate_speech_from_text", "tts"), json=fields).content.startswith(b"RIFF")


@pytest.mark.parametrize("operation", ["get_audio_transcription", "get_audio_translation"])
@pytest.mark.parametrize("fmt", ["json", "text", "srt", "vtt", "verbose_json"])
def test_transcription_and_translation_formats(http: httpx2.Client, operation: str, fmt: str) -> None:
    audio = speech("my voice is my passport", "flac")
    fields: dict[str, Any] = {
        "response_format": fmt,
        "temperature": "0",
        "timestamp_granularities[]": ["word", "segment"],
    }
    if operation == "get_audio_translation":
        del fields["timestamp_granularities[]"]
    response = http.post(
        azure_path(operation, "whisper"), data=fields, files={"file": ("speech.flac", audio, "audio/flac")}
    )
    assert response.status_code == 200, response.text
    if fmt in ("json", "verbose_json"):
        result = response.json()
        assert result["text"] == "my voice is my passport"
        if fmt == "verbose_json":
            assert result["task"] == ("translate" if operation == "get_audio_translation" else "transcribe")
            assert result["segments"][0]["end"] == result["duration"] > 0
            assert ("words" in result) == (operation == "get_audio_transcription")
    else:
        assert response.headers["content-type"].startswith("text/plain")
        assert "my voice is my passport" in response.text
        assert response.text.startswith(
            {"text": "my voice", "srt": "1\n00:00:00,000 --> ", "vtt": "WEBVTT\n\n00:00:00.000 --> "}[fmt]
        )


def test_openai_routes_take_the_model_from_the_body(emulator: Emulator) -> None:
    with httpx2.Client(base_url=emulator.openai_url, headers={"authorization": f"Bearer {KEY}"}) as http:
        answer = http.post(f"/{route('get_chat_completions')}", json={"model": "gpt-4o-mini", "messages": [USER]})
        assert answer.status_code == 200 and answer.json()["model"] == "gpt-4o-mini"
        missing = http.post(f"/{route('get_embeddings')}", json={"input": "x"})
        assert missing.status_code == 400 and "model" in missing.json()["error"]["message"]
        unauthorised = http.post(
            f"/{route('get_embeddings')}", json={"input": "x", "model": "m"}, headers={"authorization": "Bearer nope"}
        )
        assert unauthorised.status_code == 401 and unauthorised.json()["error"]["code"] == "invalid_api_key"


# -- validation against the spec -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("operation", "body", "field", "words"),
    [
        ("get_chat_completions", {}, "", "'messages' is a required property"),
        ("get_chat_completions", {"messages": "hi"}, "messages", "not of type 'array'"),
        (
            "get_chat_completions",
            {"messages": [{"role": "robot", "content": "hi"}]},
            "messages[0].role",
            "'robot' is not one of",
        ),
        ("get_chat_completions", {"messages": [USER], "temperature": "hot"}, "temperature", "not of type 'number'"),
        ("get_chat_completions", {"messages": [USER], "n": 0}, "n", "less than the minimum"),
        (
            "get_chat_completions",
            {
                "messages": [
                    {
                        "role": "user",
                        "content": [{"type": "image_url", "image_url": {"url": "https://x", "detail": "max"}}],
                    }
                ]
            },
            "messages[0].content[0].image_url.detail",
            "'max' is not one of",
        ),
        (
            "get_chat_completions",
            {
                "messages": [USER],
                "data_sources": [
                    {
                        "type": "azure_search",
                        "parameters": {"endpoint": "https://s", "authentication": {"type": "api_key", "key": "k"}},
                    }
                ],
            },
            "data_sources[0].parameters",
            "'index_name' is a required property",
        ),
        (
            "get_chat_completions",
            {
                "messages": [USER],
                "data_sources": [
                    {
                        "type": "azure_search",
                        "parameters": {
                            "endpoint": "https://s",
                            "index_name": "i",
                            "authentication": {"type": "api_key"},
                        },
                    }
                ],
            },
            "data_sources[0].parameters.authentication",
            "'key' is a required property",
        ),
        ("get_completions", {"prompt": 5}, "prompt", "is not valid under any of the given schemas"),
        ("get_embeddings", {"input": ["ok"], "dimensions": "8"}, "dimensions", "not of type 'integer'"),
        ("get_image_generations", {"prompt": "cat", "n": 2}, "n", "greater than the maximum of 1"),
        ("generate_speech_from_text", {"input": "hi", "voice": "bob"}, "voice", "'bob' is not one of"),
    ],
)
def test_invalid_bodies_get_a_400_naming_the_field(
    http: httpx2.Client, operation: str, body: Any, field: str, words: str
) -> None:
    response = post(http, operation, body)
    assert response.status_code == 400, response.text
    error = azure_error(response)
    assert error["code"] == "BadRequest"
    assert error["param"] == (field or None)
    assert words in error["message"] and (not field or f"'{field}'" in error["message"])


def test_multipart_fields_are_validated_too(http: httpx2.Client) -> None:
    response = http.post(
        azure_path("get_audio_transcription", "whisper"),
        data={"temperature": "warm"},
        files={"file": ("a.wav", b"RIFF")},
    )
    assert response.status_code == 400 and azure_error(response)["param"] == "temperature"
    missing_file = http.post(
        azure_path("get_audio_transcription", "whisper"), data={"language": "en"}, files={"x": ("", b"")}
    )
    assert missing_file.status_code == 400 and "'file' is a required property" in azure_error(missing_file)["message"]


def test_bodies_that_are_not_json_or_not_multipart(http: httpx2.Client) -> None:
    assert (
        post(
            http, "get_chat_completions", content=b"{not json", headers={"content-type": "application/json"}
        ).status_code
        == 400
    )
    assert post(http, "get_chat_completions", content=b"a=b", headers={"content-type": "text/plain"}).status_code == 415
    assert post(http, "get_audio_transcription", {"file": "x"}).status_code == 415


def test_uploads_over_25_mb_are_refused(http: httpx2.Client) -> None:
    response = http.post(
        azure_path("get_audio_transcription", "whisper"), files={"file": ("big.wav", bytes(25 * 1024 * 1024 + 1))}
    )
    assert response.status_code == 413 and azure_error(response)["code"] == "RequestEntityTooLarge"


# -- routes, api-version and auth ------------------------------------------------------------------


def test_api_version_is_required_on_azure_routes(emulator: Emulator) -> None:
    url = f"{emulator.url}{azure_path('get_chat_completions', 'gpt-4o')}"
    missing = httpx2.post(url, json={"messages": [USER]}, headers={"api-key": KEY})
    assert missing.status_code == 400 and azure_error(missing)["code"] == "MissingApiVersionParameter"
    bad = httpx2.post(url, params={"api-version": "latest"}, json={"messages": [USER]}, headers={"api-key": KEY})
    assert bad.status_code == 400 and azure_error(bad)["code"] == "InvalidApiVersionParameter"


def test_unknown_routes_are_azure_404s(http: httpx2.Client) -> None:
    assert azure_error(http.post("/openai/deployments/gpt-4o/files", json={}))["code"] == "404"  # not an operation
    assert http.post("/nowhere").status_code == 404
    assert azure_error(http.get(azure_path("get_chat_completions", "gpt-4o")))["code"] == "405"


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({"api-key": "wrong"}, 401),
        ({"api-key": ""}, 401),
        ({"authorization": "Bearer wrong"}, 401),
        ({"authorization": f"Basic {TOKEN}"}, 401),
        ({"api-key": KEY}, 200),
        ({"authorization": f"Bearer {TOKEN}"}, 200),
    ],
)
def test_auth(emulator: Emulator, headers: dict[str, str], status: int) -> None:
    response = httpx2.post(
        f"{emulator.url}{azure_path('get_chat_completions', 'gpt-4o')}",
        params=API,
        json={"messages": [USER]},
        headers=headers,
    )
    assert response.status_code == status
    if status == 401:
        assert azure_error(response)["code"] == "401"


def test_401_comes_before_validation_like_the_recording(emulator: Emulator) -> None:
    recorded = next(e for e in recordings() if e.recording == "TestClient_GetChatCompletionsStream_Error__AzureOpenAI")
    response = httpx2.post(
        f"{emulator.url}{azure_path('get_chat_completions', 'gpt')}", params=API, json={}, headers={"api-key": "bad"}
    )
    assert response.json() == recorded.response_body


def test_any_credential_is_accepted_when_none_is_configured() -> None:
    with Emulator() as open_emulator:
        response = httpx2.post(
            f"{open_emulator.url}{azure_path('get_embeddings', 'd')}",
            params=API,
            json={"input": "x"},
            headers={"api-key": "anything"},
        )
        assert response.status_code == 200


# -- the content filter and faults -----------------------------------------------------------------


def test_content_filter_refusal_matches_the_recording(http: httpx2.Client) -> None:
    recorded = next(
        e for e in recordings() if e.recording == "TestClient_GetChatCompletions_AzureOpenAI_ContentFilterWithError"
    )
    response = post(http, "get_chat_completions", recorded.request_body)
    assert response.status_code == 400
    assert response.json() == recorded.response_body


def test_content_filter_fault_on_any_prompt_and_on_images(http: httpx2.Client) -> None:
    refused = post(
        http,
        "get_chat_completions",
        {"messages": [USER]},
        headers={"x-emulator-fault": "content_filter;category=hate;severity=high"},
    )
    result = azure_error(refused)["innererror"]["content_filter_result"]
    assert refused.status_code == 400 and result["hate"] == {"filtered": True, "severity": "high"}
    image = post(http, "get_image_generations", {"prompt": "cat"}, headers={"x-emulator-fault": "content_filter"})
    error = azure_error(image)
    assert (
        error["code"] == "content_policy_violation"
        and error["inner_error"]["content_filter_results"]["violence"]["filtered"]
    )


@pytest.mark.parametrize("status", [400, 404, 408, 500, 502, 503, 504])
def test_status_faults(http: httpx2.Client, status: int) -> None:
    response = post(http, "get_embeddings", {"input": "x"}, headers={"x-emulator-fault": str(status)})
    assert response.status_code == status
    assert azure_error(response)["message"]


def test_429_carries_retry_after_headers(http: httpx2.Client) -> None:
    both = post(
        http, "get_chat_completions", {"messages": [USER]}, headers={"x-emulator-fault": "429;retry-after-ms=1500"}
    )
    assert both.status_code == 429 and azure_error(both)["code"] == "429"
    assert (both.headers["retry-after-ms"], both.headers["retry-after"]) == ("1500", "2")
    ms_only = post(
        http,
        "get_chat_completions",
        {"messages": [USER]},
        headers={"x-emulator-fault": "429;retry-after-ms=10;retry-after=none"},
    )
    assert ms_only.headers["retry-after-ms"] == "10" and "retry-after" not in ms_only.headers


def test_times_limits_a_fault_per_client_request_id(http: httpx2.Client) -> None:
    headers = {"x-emulator-fault": "503;times=2", "x-ms-client-request-id": "retried-request"}
    statuses = [post(http, "get_embeddings", {"input": "x"}, headers=headers).status_code for _ in range(3)]
    assert statuses == [503, 503, 200]
    other = {**headers, "x-ms-client-request-id": "another-request"}
    assert post(http, "get_embeddings", {"input": "x"}, headers=other).status_code == 503


def test_settings_fault_applies_without_header(emulator: Emulator, http: httpx2.Client) -> None:
    emulator.settings.fault = "500"
    try:
        assert post(http, "get_embeddings", {"input": "x"}).status_code == 500
        assert post(http, "get_embeddings", {"input": "x"}, headers={"x-emulator-fault": "502"}).status_code == 502
    finally:
        emulator.settings.fault = None
    assert post(http, "get_embeddings", {"input": "x"}).status_code == 200


def test_malformed_fault_is_a_400(http: httpx2.Client) -> None:
    response = post(http, "get_embeddings", {"input": "x"}, headers={"x-emulator-fault": "explode"})
    assert response.status_code == 400 and azure_error(response)["code"] == "InvalidFault"


def test_drop_cuts_a_stream_after_n_events(http: httpx2.Client) -> None:
    received = []
    with pytest.raises(httpx2.RemoteProtocolError):
        with http.stream(
            "POST",
            azure_path("get_chat_completions", "gpt-4o"),
            json={"messages": [USER], "stream": True},
            headers={"x-emulator-fault": "drop;after=3"},
        ) as response:
            for line in response.iter_lines():
                if line.startswith("data: "):
                    received.append(line)
    assert len(received) == 3


def test_drop_cuts_a_json_body_halfway(http: httpx2.Client) -> None:
    with pytest.raises(httpx2.RemoteProtocolError):
        post(http, "get_embeddings", {"input": "x"}, headers={"x-emulator-fault": "drop"})


def test_no_done_ends_the_stream_cleanly_without_done(http: httpx2.Client) -> None:
    events = sse(
        post(
            http, "get_chat_completions", {"messages": [USER], "stream": True}, headers={"x-emulator-fault": "no-done"}
        )
    )
    assert events and "[DONE]" not in events and json.loads(events[-1])["choices"][0]["finish_reason"] == "stop"


def test_stream_error_event(http: httpx2.Client) -> None:
    events = sse(
        post(
            http,
            "get_completions",
            {"prompt": "x", "stream": True},
            headers={"x-emulator-fault": "stream-error;after=1"},
        )
    )
    assert len(events) == 2 and json.loads(events[1])["error"]["code"] == "InternalServerError"


def test_slow_delays_the_answer_and_the_stream(http: httpx2.Client) -> None:
    with pytest.raises(httpx2.ReadTimeout):
        post(http, "get_embeddings", {"input": "x"}, headers={"x-emulator-fault": "slow;delay=1"}, timeout=0.3)
    start = time.monotonic()
    events = sse(
        post(
            http,
            "get_completions",
            {"prompt": "a b", "max_tokens": 3, "stream": True},
            headers={"x-emulator-fault": "slow;delay=0;chunk-delay=0.1"},
        )
    )
    assert time.monotonic() - start >= 0.1 * (len(events) - 1)


def test_faults_combine(http: httpx2.Client) -> None:
    events = sse(
        post(
            http,
            "get_chat_completions",
            {"messages": [USER], "stream": True},
            headers={"x-emulator-fault": "no-done, slow;delay=0.1"},
        )
    )
    assert "[DONE]" not in events


# -- start-up --------------------------------------------------------------------------------------


def test_missing_spec_file_is_named(tmp_path: Any) -> None:
    with pytest.raises(SpecNotFoundError, match="absent.json was not found"):
        create_app(Settings(spec_path=str(tmp_path / "absent.json")))


def test_command_line_prints_its_url_and_serves() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "azopenai.emulator", "--api-key", KEY, "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        url = first.split("listening on ")[1].strip()
        assert url.startswith("http://127.0.0.1:")
        assert httpx2.get(url).json()["api_version"] == API_VERSION
    finally:
        process.terminate()
        process.wait(10)


def test_command_line_without_spec_exits_with_a_hint(tmp_path: Any) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "azopenai.emulator", "--spec", str(tmp_path / "none.json")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "none.json was not found" in result.stderr


# -- latency ---------------------------------------------------------------------------------------


def test_listening_socket_is_tcp_so_asyncio_sets_nodelay() -> None:
    from azopenai.emulator._server import bind

    with bind() as sock:
        assert sock.proto == socket.IPPROTO_TCP


def test_a_request_does_not_wait_for_delayed_acks(http: httpx2.Client) -> None:
    """Without TCP_NODELAY on accepted connections every request took ~44 ms (Nagle's algorithm
    meeting delayed ACKs); with it well under a millisecond. The median leaves room for a busy CI."""
    post(http, "get_chat_completions", {"messages": [USER]})
    timings = []
    for _ in range(15):
        start = time.perf_counter()
        assert post(http, "get_chat_completions", {"messages": [USER]}).status_code == 200
        timings.append(time.perf_counter() - start)
    assert sorted(timings)[len(timings) // 2] < 0.02, timings


# -- packaging ---------------------------------------------------------------------------------------


def test_the_spec_comes_with_the_package(http: httpx2.Client) -> None:
    """No ``spec/`` or ``generator/`` needed at run time: the corrected request schemas are package data."""
    served = http.get("/").json()["spec"]
    assert served.endswith("_data/requests.json") and served.startswith(str(ROOT / "customizations"))


def test_an_upstream_spec_given_by_path_is_corrected_too() -> None:
    from azopenai.emulator._spec import Spec

    raw = Spec(ROOT / "spec" / "inference.json")
    packaged = Spec()
    assert raw.api_version == packaged.api_version == API_VERSION
    for operation in ("get_chat_completions", "generate_speech_from_text"):
        assert raw.request_schema(operation, "application/json") == packaged.request_schema(
            operation, "application/json"
        )
    assert raw.validate("generate_speech_from_text", "application/json", {"input": "hi", "voice": "nova"}) is None
    assert packaged.validate("get_chat_completions", "application/json", {"messages": [{"role": "x"}]}) is not None


@pytest.mark.parametrize("missing", ["starlette", "uvicorn", "jsonschema"])
def test_import_without_the_extra_names_it(missing: str) -> None:
    code = f"import sys; sys.modules[{missing!r}] = None\nimport azopenai.emulator"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("ImportError:") and "pip install 'azopenai[emulator]'" in last and missing in last
    client_only = f"import sys; sys.modules[{missing!r}] = None\nimport azopenai; azopenai.Client"
    assert subprocess.run([sys.executable, "-c", client_only], timeout=60).returncode == 0
