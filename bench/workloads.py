"""The same calls made by each client under test, with the client libraries imported lazily.

Each client is a small adapter with ``chat()`` (one chat completion, parsed), ``stream()`` (consumes
the canned chat stream, returns the number of chunks and the text assembled from the deltas),
``transcribe(path)`` (passes an open file object), ``transcribe_path(path)`` and ``close()``; the async
adapters have ``chat()``, ``stream()`` (the short stream of deployment ``SHORT_DEPLOYMENT``) and
``close()`` as coroutines, and take the number of pooled connections. ``httpx2`` is the floor: raw
httpx2 plus ``json.loads``, no models, no policies; its streams are ``iter_lines`` + ``json.loads``.

Every client pools at most ``CONNECTIONS`` connections and keeps them all alive: the floor and
``openai`` are given those limits, ``azopenai`` has them by default (``azopenai.DEFAULT_LIMITS``).

A client that lacks a feature raises ``Unavailable`` (printed as "n/a") instead of failing the run.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any, BinaryIO


def _operations() -> Any:
    """The generated operation table, loaded from its file alone: importing the ``azopenai_generated``
    package here would load httpx2 and attrs into every client's process before the cold-start timers."""
    package = importlib.util.find_spec("azopenai_generated")
    assert package is not None and package.origin is not None
    spec = importlib.util.spec_from_file_location("_bench_operations", Path(package.origin).parent / "operations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_TABLE = _operations()

DEPLOYMENT = "gpt-4"
SHORT_DEPLOYMENT = "gpt-4-short"  # the server answers its streams with SHORT_STREAM_CHUNKS chunks
AUDIO_DEPLOYMENT = "whisper"
API_VERSION: str = _TABLE.API_VERSION
KEY = "bench-key"
MESSAGES = [
    {
        "role": "user",
        "content": "Count to 10, with a comma between each number, no newlines and a period at the end. E.g., 1, 2, 3, ...",
    }
]
CHAT_OPERATION_PATH: str = _TABLE.OPERATIONS["get_chat_completions"].path
AUDIO_OPERATION_PATH: str = _TABLE.OPERATIONS["get_audio_transcription"].path
_CHAT_PATH = "/openai" + CHAT_OPERATION_PATH.format(deployment_id=DEPLOYMENT)
_SHORT_PATH = "/openai" + CHAT_OPERATION_PATH.format(deployment_id=SHORT_DEPLOYMENT)
_AUDIO_PATH = "/openai" + AUDIO_OPERATION_PATH.format(deployment_id=AUDIO_DEPLOYMENT)
_PARAMS = {"api-version": API_VERSION}
_BODY = {"messages": MESSAGES, "max_tokens": 1024, "temperature": 0}
CONNECTIONS = 100


def _limits(connections: int = CONNECTIONS) -> Any:
    import httpx2

    return httpx2.Limits(max_connections=connections, max_keepalive_connections=connections)


class Unavailable(Exception):
    """The client does not offer this call (yet)."""


def _method(obj: object, name: str) -> Any:
    try:
        return getattr(obj, name)
    except AttributeError:
        raise Unavailable(f"{type(obj).__module__}.{type(obj).__name__}.{name}") from None


def _azopenai_client(module: str, url: str, connections: int = CONNECTIONS) -> Any:
    try:
        import importlib

        from azure.core.credentials import AzureKeyCredential

        client_class = importlib.import_module(module).Client
    except (ImportError, AttributeError) as exc:
        raise Unavailable(f"{module}.Client: {exc}") from None
    if connections == CONNECTIONS:  # azopenai.DEFAULT_LIMITS
        return client_class(url, AzureKeyCredential(KEY))
    import httpx2

    transport = httpx2.AsyncHTTPTransport(limits=_limits(connections))
    return client_class(url, AzureKeyCredential(KEY), transport=transport)


def _text_of_deltas(choices: Any) -> str:
    return "".join((choice.delta.content or "") for choice in choices)


class RawHttpx:
    """The floor: httpx2 posts and ``json.loads``, nothing else."""

    def __init__(self, url: str) -> None:
        import httpx2

        self._client = httpx2.Client(base_url=url, headers={"api-key": KEY}, limits=_limits())

    def chat(self) -> object:
        response = self._client.post(_CHAT_PATH, params=_PARAMS, json=_BODY)
        response.raise_for_status()
        return json.loads(response.content)

    def stream(self) -> tuple[int, str]:
        count, text = 0, []
        with self._client.stream("POST", _CHAT_PATH, params=_PARAMS, json={**_BODY, "stream": True}) as response:
            response.raise_for_status()
            for line in response.iter_lines():
                if line.startswith("data: ") and line != "data: [DONE]":
                    count += 1
                    for choice in json.loads(line[6:])["choices"]:
                        text.append(choice["delta"].get("content") or "")
        return count, "".join(text)

    def transcribe(self, path: str) -> str:
        with open(path, "rb") as file:
            response = self._client.post(_AUDIO_PATH, params=_PARAMS, files={"file": file})
        response.raise_for_status()
        return str(json.loads(response.content)["text"])

    transcribe_path = transcribe  # httpx2 takes file objects only

    def close(self) -> None:
        self._client.close()


class OpenAI:
    """``openai.AzureOpenAI`` with its defaults but the connection limits."""

    def __init__(self, url: str) -> None:
        import openai

        http_client = openai.DefaultHttpxClient(limits=_limits())
        self._client = openai.AzureOpenAI(
            azure_endpoint=url, api_key=KEY, api_version=API_VERSION, http_client=http_client
        )

    def chat(self) -> object:
        return self._client.chat.completions.create(model=DEPLOYMENT, messages=MESSAGES, max_tokens=1024, temperature=0)

    def stream(self) -> tuple[int, str]:
        count, text = 0, []
        create = self._client.chat.completions.create
        with create(model=DEPLOYMENT, messages=MESSAGES, max_tokens=1024, temperature=0, stream=True) as stream:
            for chunk in stream:
                count += 1
                text.append(_text_of_deltas(chunk.choices))
        return count, "".join(text)

    def transcribe(self, path: str) -> str:
        with open(path, "rb") as file:
            return self._transcribe(file)

    def transcribe_path(self, path: str) -> str:
        return self._transcribe(Path(path))

    def _transcribe(self, file: BinaryIO | Path) -> str:
        return self._client.audio.transcriptions.create(model=AUDIO_DEPLOYMENT, file=file).text

    def close(self) -> None:
        self._client.close()


class AzOpenAI:
    """``azopenai.Client`` with its defaults."""

    def __init__(self, url: str) -> None:
        self._client = _azopenai_client("azopenai", url)

    def chat(self) -> object:
        get = _method(self._client, "get_chat_completions")
        return get(deployment=DEPLOYMENT, messages=MESSAGES, max_tokens=1024, temperature=0)

    def stream(self) -> tuple[int, str]:
        count, text = 0, []
        get = _method(self._client, "get_chat_completions_stream")
        with get(deployment=DEPLOYMENT, messages=MESSAGES, max_tokens=1024, temperature=0) as stream:
            for chunk in stream:
                count += 1
                text.append(_text_of_deltas(chunk.choices))
        return count, "".join(text)

    def transcribe(self, path: str) -> str:
        with open(path, "rb") as file:
            return self._transcribe(file)

    def transcribe_path(self, path: str) -> str:
        return self._transcribe(Path(path))

    def _transcribe(self, file: BinaryIO | Path) -> str:
        return str(_method(self._client, "get_audio_transcription")(deployment=AUDIO_DEPLOYMENT, file=file).text)

    def close(self) -> None:
        self._client.close()


class AsyncRawHttpx:
    """The async floor."""

    def __init__(self, url: str, connections: int = CONNECTIONS) -> None:
        import httpx2

        self._client = httpx2.AsyncClient(base_url=url, headers={"api-key": KEY}, limits=_limits(connections))

    async def chat(self) -> object:
        response = await self._client.post(_CHAT_PATH, params=_PARAMS, json=_BODY)
        response.raise_for_status()
        return json.loads(response.content)

    async def stream(self) -> tuple[int, str]:
        count, text = 0, []
        async with self._client.stream("POST", _SHORT_PATH, params=_PARAMS, json={**_BODY, "stream": True}) as response:
            response.raise_for_status()
            async for line in response.aiter_lines():
                if line.startswith("data: ") and line != "data: [DONE]":
                    count += 1
                    for choice in json.loads(line[6:])["choices"]:
                        text.append(choice["delta"].get("content") or "")
        return count, "".join(text)

    async def close(self) -> None:
        await self._client.aclose()


class AsyncOpenAI:
    """``openai.AsyncAzureOpenAI`` with its defaults but the connection limits."""

    def __init__(self, url: str, connections: int = CONNECTIONS) -> None:
        import openai

        http_client = openai.DefaultAsyncHttpxClient(limits=_limits(connections))
        self._client = openai.AsyncAzureOpenAI(
            azure_endpoint=url, api_key=KEY, api_version=API_VERSION, http_client=http_client
        )

    async def chat(self) -> object:
        create = self._client.chat.completions.create
        return await create(model=DEPLOYMENT, messages=MESSAGES, max_tokens=1024, temperature=0)

    async def stream(self) -> tuple[int, str]:
        count, text = 0, []
        create = self._client.chat.completions.create
        stream = await create(model=SHORT_DEPLOYMENT, messages=MESSAGES, max_tokens=1024, temperature=0, stream=True)
        async with stream:
            async for chunk in stream:
                count += 1
                text.append(_text_of_deltas(chunk.choices))
        return count, "".join(text)

    async def close(self) -> None:
        await self._client.close()


class AsyncAzOpenAI:
    """``azopenai.aio.Client`` with its defaults."""

    def __init__(self, url: str, connections: int = CONNECTIONS) -> None:
        self._client = _azopenai_client("azopenai.aio", url, connections)

    async def chat(self) -> object:
        get = _method(self._client, "get_chat_completions")
        return await get(deployment=DEPLOYMENT, messages=MESSAGES, max_tokens=1024, temperature=0)

    async def stream(self) -> tuple[int, str]:
        count, text = 0, []
        get = _method(self._client, "get_chat_completions_stream")
        stream = await get(deployment=SHORT_DEPLOYMENT, messages=MESSAGES, max_tokens=1024, temperature=0)
        async with stream:
            async for chunk in stream:
                count += 1
                text.append(_text_of_deltas(chunk.choices))
        return count, "".join(text)

    async def close(self) -> None:
        await self._client.close()


CLIENTS = ("httpx2", "openai", "azopenai")
SYNC: dict[str, Any] = {"httpx2": RawHttpx, "openai": OpenAI, "azopenai": AzOpenAI}
ASYNC: dict[str, Any] = {"httpx2": AsyncRawHttpx, "openai": AsyncOpenAI, "azopenai": AsyncAzOpenAI}
