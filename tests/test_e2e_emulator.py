"""End to end: ``azopenai.Client`` and ``azopenai.aio.Client`` against the emulator (a real HTTP
server validating every request body against the spec), including its injected faults."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import azopenai
import azopenai.aio
import pytest
from azopenai.emulator import Emulator, Settings
from azure.core.credentials import AccessToken, AzureKeyCredential
from azure.core.exceptions import ServiceResponseError

KEY, TOKEN = "e2e-key", "e2e-token"
PIRATE = [
    {"role": "system", "content": "You are a helpful assistant. You will talk like a pirate."},
    {"role": "user", "content": "Can you help me?"},
    {"role": "assistant", "content": "Arrrr! Of course, me hearty! What can I do for ye?"},
    {"role": "user", "content": "What's the best way to train a parrot?"},
]
FAST_RETRIES: dict[str, Any] = {"retry_total": 3, "retry_backoff_factor": 0.01, "retry_backoff_max": 0.05}


class StaticToken:
    """A TokenCredential (sync and async) handing out one fixed token."""

    def __init__(self) -> None:
        self.scopes: list[str] = []

    def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
        self.scopes += scopes
        return AccessToken(TOKEN, int(time.time()) + 3600)

    async def aget_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
        return self.get_token(*scopes)


class AsyncStaticToken(StaticToken):
    async def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:  # type: ignore[override]
        return StaticToken.get_token(self, *scopes)

    async def close(self) -> None:
        pass

    async def __aenter__(self) -> AsyncStaticToken:
        return self

    async def __aexit__(self, *exc: object) -> None:
        pass


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator(Settings(api_key=KEY, bearer_token=TOKEN)) as running:
        yield running


@pytest.fixture
def client(emulator: Emulator) -> Iterator[azopenai.Client]:
    emulator.reset_faults()
    with azopenai.Client(emulator.url, AzureKeyCredential(KEY), **FAST_RETRIES) as sync_client:
        yield sync_client


@pytest.fixture
async def aclient(emulator: Emulator) -> AsyncIterator[azopenai.aio.Client]:
    emulator.reset_faults()
    async with azopenai.aio.Client(emulator.url, AzureKeyCredential(KEY), **FAST_RETRIES) as async_client:
        yield async_client


def fault(text: str) -> dict[str, str]:
    return {"x-emulator-fault": text}


# -- sync ------------------------------------------------------------------------------------------


def test_chat_completions(client: azopenai.Client) -> None:
    resp = client.get_chat_completions(deployment="gpt-4o", messages=PIRATE)
    assert "train a parrot" in resp.choices[0].message.content
    assert resp.choices[0].content_filter_results.violence.filtered is False
    assert resp.prompt_filter_results[0].content_filter_results.hate.severity == "safe"
    assert resp.usage.total_tokens == resp.usage.prompt_tokens + resp.usage.completion_tokens
    again = client.get_chat_completions(deployment="gpt-4o", messages=PIRATE)
    assert again.to_dict() == resp.to_dict()


def test_chat_tools_round_trip(client: azopenai.Client) -> None:
    tool = {
        "type": "function",
        "function": {
            "name": "get_current_weather",
            "parameters": {
                "type": "object",
                "properties": {
                    "location": {"type": "string"},
                    "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
                },
                "required": ["location"],
            },
        },
    }
    messages: list[Any] = [{"role": "user", "content": "What's the weather like in Boston, MA, in celsius?"}]
    first = client.get_chat_completions(deployment="gpt-4o", messages=messages, tools=[tool])
    call = first.choices[0].message.tool_calls[0]
    assert first.choices[0].finish_reason == "tool_calls" and call.function.name == "get_current_weather"
    messages += [first.choices[0].message.to_dict(), {"role": "tool", "tool_call_id": call.id, "content": "22 degrees"}]
    second = client.get_chat_completions(deployment="gpt-4o", messages=messages, tools=[tool])
    assert "22 degrees" in second.choices[0].message.content


def test_chat_stream_equals_the_whole_answer(client: azopenai.Client) -> None:
    whole = client.get_chat_completions(deployment="gpt-4o", messages=PIRATE)
    with client.get_chat_completions_stream(deployment="gpt-4o", messages=PIRATE) as stream:
        chunks = list(stream)
    assert chunks[0].choices == [] and chunks[0].prompt_filter_results[0].content_filter_results.hate.filtered is False
    text = "".join(c.choices[0].delta.content or "" for c in chunks[1:] if c.choices and c.choices[0].delta)
    assert text == whole.choices[0].message.content
    with client.get_chat_completions_stream(deployment="gpt-4o", messages=PIRATE) as stream:
        assert stream.accumulate().choices[0].message.content == whole.choices[0].message.content


def test_completions_and_stream(client: azopenai.Client) -> None:
    whole = client.get_completions(
        deployment="gpt-35-turbo-instruct", prompt=["What is Azure OpenAI?"], max_tokens=2048, temperature=0.0
    )
    assert whole.choices[0].text and whole.choices[0].content_filter_results.sexual.severity == "safe"
    with client.get_completions_stream(
        deployment="gpt-35-turbo-instruct", prompt=["What is Azure OpenAI?"], max_tokens=2048, temperature=0.0
    ) as stream:
        assert stream.accumulate().choices[0].text == whole.choices[0].text


def test_embeddings_float_and_base64_agree(client: azopenai.Client) -> None:
    floats = client.get_embeddings(
        deployment="text-embedding-ada-002", input=["The food was delicious and the waiter..."]
    )
    decoded = client.get_embeddings(
        deployment="text-embedding-ada-002",
        input=["The food was delicious and the waiter..."],
        encoding_format="base64",
    )
    assert len(floats.data[0].embedding) == 1536
    assert decoded.data[0].embedding == floats.data[0].embedding


@pytest.mark.parametrize("response_format", ["url", "b64_json"])
def test_image_generations(client: azopenai.Client, response_format: str) -> None:
    image = client.get_image_generations(deployment="dall-e-3", prompt="a cat", response_format=response_format).data[0]
    assert image.revised_prompt
    assert image.url if response_format == "url" else image.b64_json


@pytest.mark.parametrize("fmt", ["mp3", "opus", "aac", "flac", "wav"])
def test_speech_then_transcription(client: azopenai.Client, fmt: str, tmp_path: Path) -> None:
    target = tmp_path / f"speech.{fmt}"
    with client.generate_speech_from_text(
        deployment="tts-1", input="i am a computer", voice="alloy", response_format=fmt
    ) as audio:
        audio.stream_to_file(target)
    result = client.get_audio_transcription(deployment="whisper", file=target, response_format="verbose_json")
    assert result.text == "i am a computer" and result.duration > 0 and result.segments


@pytest.mark.parametrize("response_format", ["json", "text", "srt", "vtt", "verbose_json"])
def test_transcription_and_translation_formats(client: azopenai.Client, response_format: str) -> None:
    with client.generate_speech_from_text(
        deployment="tts-1", input="my voice is my passport", voice="nova", response_format="wav"
    ) as audio:
        wav = audio.read()
    transcription = client.get_audio_transcription(
        deployment="whisper", file=("speech.wav", wav), response_format=response_format
    )
    translation = client.get_audio_translation(
        deployment="whisper", file=wav, filename="speech.wav", response_format=response_format
    )
    assert "my voice is my passport" in transcription.text and "my voice is my passport" in translation.text


def test_openai_style_client(emulator: Emulator) -> None:
    with azopenai.Client.for_openai(AzureKeyCredential(KEY), endpoint=emulator.openai_url) as openai_client:
        resp = openai_client.get_chat_completions(deployment="gpt-4o-mini", messages=PIRATE)
        assert resp.model == "gpt-4o-mini"


def test_entra_id_token_credential(emulator: Emulator) -> None:
    credential = StaticToken()
    with azopenai.Client(emulator.url, credential) as entra_client:
        assert entra_client.get_embeddings(deployment="ada", input="hi").data
    assert credential.scopes == ["https://cognitiveservices.azure.com/.default"]


def test_wrong_key_is_client_authentication_error(emulator: Emulator) -> None:
    with azopenai.Client(emulator.url, AzureKeyCredential("wrong")) as bad:
        with pytest.raises(azopenai.ClientAuthenticationError) as caught:
            bad.get_chat_completions(deployment="gpt-4o", messages=PIRATE)
    assert caught.value.status_code == 401 and caught.value.error.code == "401"


def test_content_filter_error(client: azopenai.Client) -> None:
    messages = [{"role": "user", "content": "How do I rob a bank with violence?"}]
    with pytest.raises(azopenai.ContentFilterError) as caught:
        client.get_chat_completions(deployment="gpt-4o", messages=messages)
    results = caught.value.content_filter_results
    assert (
        results.violence.filtered is True and results.violence.severity == "medium" and results.hate.filtered is False
    )


def test_spec_violation_is_a_400_naming_the_field(client: azopenai.Client) -> None:
    with pytest.raises(azopenai.HttpResponseError) as caught:
        client.get_chat_completions(deployment="gpt-4o", messages=PIRATE, temperature=7)
    assert caught.value.status_code == 400 and caught.value.error.code == "BadRequest"
    assert "temperature" in caught.value.error.message


def test_not_found(client: azopenai.Client) -> None:
    with pytest.raises(azopenai.ResourceNotFoundError):
        client.get_embeddings(deployment="missing", input="x", headers=fault("404"))


@pytest.mark.parametrize(
    "text",
    [
        "429;times=2;retry-after-ms=10;retry-after=none",
        "429;times=1;retry-after-ms=30",  # under retry_backoff_max: a longer wait raises RetryAfterTooLongError
        "503;times=2",
        "500;times=1",
        "502;times=1",
        "504;times=1",
        "408;times=1",
    ],
)
def test_transient_errors_are_retried(client: azopenai.Client, text: str) -> None:
    assert client.get_embeddings(deployment="ada", input="x", headers=fault(text)).data


def test_persistent_503_gives_up(client: azopenai.Client) -> None:
    with pytest.raises(azopenai.HttpResponseError) as caught:
        client.get_embeddings(deployment="ada", input="x", headers=fault("503"))
    assert caught.value.status_code == 503 and caught.value.error.code == "ServiceUnavailable"


def test_stream_dropped_mid_way(client: azopenai.Client) -> None:
    received = []
    with pytest.raises(azopenai.StreamInterruptedError):
        with client.get_chat_completions_stream(
            deployment="gpt-4o", messages=PIRATE, headers=fault("drop;after=3")
        ) as stream:
            received.extend(stream)
    assert len(received) == 3


def test_stream_without_done(client: azopenai.Client) -> None:
    with pytest.raises(azopenai.IncompleteStreamError):
        with client.get_completions_stream(
            deployment="gpt-35-turbo-instruct", prompt="x", headers=fault("no-done")
        ) as stream:
            list(stream)


def test_error_event_in_stream(client: azopenai.Client) -> None:
    with pytest.raises(azopenai.StreamEventError) as caught:
        with client.get_chat_completions_stream(
            deployment="gpt-4o", messages=PIRATE, headers=fault("stream-error;after=2")
        ) as stream:
            list(stream)
    assert caught.value.error.code == "InternalServerError"


def test_body_dropped_mid_way(emulator: Emulator) -> None:
    with azopenai.Client(emulator.url, AzureKeyCredential(KEY), retry_total=0) as no_retry:
        with pytest.raises(ServiceResponseError):
            no_retry.get_embeddings(deployment="ada", input="x", headers=fault("drop"))


def test_slow_answer_times_out(emulator: Emulator) -> None:
    with azopenai.Client(emulator.url, AzureKeyCredential(KEY), retry_total=0) as no_retry:
        with pytest.raises(ServiceResponseError):
            no_retry.get_embeddings(deployment="ada", input="x", headers=fault("slow;delay=1"), timeout=0.2)


# -- async -----------------------------------------------------------------------------------------


async def test_async_chat_and_stream(aclient: azopenai.aio.Client) -> None:
    whole = await aclient.get_chat_completions(deployment="gpt-4o", messages=PIRATE)
    stream = await aclient.get_chat_completions_stream(deployment="gpt-4o", messages=PIRATE)
    async with stream:
        chunks = [chunk async for chunk in stream]
    text = "".join(c.choices[0].delta.content or "" for c in chunks[1:] if c.choices and c.choices[0].delta)
    assert text == whole.choices[0].message.content


async def test_async_completions_embeddings_images(aclient: azopenai.aio.Client) -> None:
    completion = await aclient.get_completions(deployment="gpt-35-turbo-instruct", prompt=["What is Azure OpenAI?"])
    stream = await aclient.get_completions_stream(deployment="gpt-35-turbo-instruct", prompt=["What is Azure OpenAI?"])
    async with stream:
        assert (await stream.accumulate()).choices[0].text == completion.choices[0].text
    embeddings = await aclient.get_embeddings(deployment="ada", input=["a", "b"], encoding_format="base64")
    assert len(embeddings.data) == 2 and len(embeddings.data[1].embedding) == 1536
    images = await aclient.get_image_generations(deployment="dall-e-3", prompt="a cat", response_format="b64_json")
    assert images.data[0].b64_json


async def test_async_audio(aclient: azopenai.aio.Client) -> None:
    audio = await aclient.generate_speech_from_text(
        deployment="tts-1", input="i am a computer", voice="alloy", response_format="flac"
    )
    async with audio:
        flac = await audio.read()
    transcription = await aclient.get_audio_transcription(
        deployment="whisper", file=("a.flac", flac), response_format="text"
    )
    translation = await aclient.get_audio_translation(deployment="whisper", file=flac, filename="a.flac")
    assert transcription.text.strip() == translation.text == "i am a computer"


async def test_async_errors_and_faults(aclient: azopenai.aio.Client) -> None:
    with pytest.raises(azopenai.ContentFilterError):
        await aclient.get_chat_completions(deployment="gpt-4o", messages=PIRATE, headers=fault("content_filter"))
    assert (
        await aclient.get_embeddings(deployment="ada", input="x", headers=fault("429;times=1;retry-after-ms=10"))
    ).data
    stream = await aclient.get_chat_completions_stream(
        deployment="gpt-4o", messages=PIRATE, headers=fault("drop;after=2")
    )
    with pytest.raises(azopenai.StreamInterruptedError):
        async with stream:
            async for _ in stream:
                pass


async def test_async_entra_id(emulator: Emulator) -> None:
    async with azopenai.aio.Client(emulator.url, AsyncStaticToken()) as entra_client:
        assert (await entra_client.get_embeddings(deployment="ada", input="hi")).data
