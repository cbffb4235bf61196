"""The asynchronous ``Client``: the same methods as ``azopenai.Client``, as coroutines."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Self

import httpx2
from azure.core.credentials import AzureKeyCredential
from azure.core.credentials_async import AsyncTokenCredential
from azure.core.pipeline import AsyncPipeline

from .._base import (
    CHAT_COMPLETIONS,
    COMPLETIONS,
    DEFAULT_API_VERSION,
    DEFAULT_LIMITS,
    DEFAULT_TIMEOUT,
    EMBEDDINGS,
    IMAGE_GENERATIONS,
    OPENAI_ENDPOINT,
    SPEECH,
    ClientBase,
    Headers,
    Operation,
    Timeout,
    openai_options,
)
from .._multipart import AudioInput, audio_form, audio_result, upload_request
from .._speech import AsyncSpeechResponse
from .._streaming import AsyncStream, ChatCompletionAccumulator, CompletionAccumulator, completion_chunk
from .._transport import AsyncHttpxSender, AsyncPipelineTransport

if TYPE_CHECKING:
    import azopenai_generated
    from azopenai_generated.models import (
        AudioTranscription,
        AudioTranslation,
        CreateChatCompletionResponse,
        CreateChatCompletionStreamResponse,
        CreateCompletionResponse,
        Embeddings,
        GenerateImagesResponse,
    )


class Client(ClientBase):
    """Async Azure OpenAI data-plane client; see ``azopenai.Client`` for the options (the default
    ``transport`` is an ``httpx2.AsyncHTTPTransport(limits=azopenai.DEFAULT_LIMITS)``).

    Takes an ``AzureKeyCredential`` or an async ``TokenCredential`` (``azure.identity.aio``). Use as an
    async context manager, or ``await client.close()``.
    """

    _is_async = True

    def __init__(
        self,
        endpoint: str,
        credential: AzureKeyCredential | AsyncTokenCredential,
        *,
        api_version: str = DEFAULT_API_VERSION,
        allow_insecure_http: bool = False,
        transport: httpx2.AsyncBaseTransport | None = None,
        timeout: float | httpx2.Timeout = DEFAULT_TIMEOUT,
        retry_total: int = 3,
        retry_backoff_factor: float = 0.8,
        retry_backoff_max: float = 60.0,
        logging_enable: bool = False,
        user_agent: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self._setup(
            endpoint,
            credential,
            openai=False,
            api_version=api_version,
            allow_insecure_http=allow_insecure_http,
            transport=transport,
            timeout=timeout,
            retry_total=retry_total,
            retry_backoff_factor=retry_backoff_factor,
            retry_backoff_max=retry_backoff_max,
            logging_enable=logging_enable,
            user_agent=user_agent,
            headers=headers,
        )

    @classmethod
    def for_openai(cls, credential: AzureKeyCredential, *, endpoint: str = OPENAI_ENDPOINT, **kwargs: Any) -> Self:
        """A client for the public OpenAI API; see ``azopenai.Client.for_openai``."""
        client = cls.__new__(cls)
        client._setup(endpoint, credential, openai=True, **openai_options(cls, kwargs))
        return client

    def _setup(
        self,
        endpoint: object,
        credential: object,
        *,
        transport: httpx2.AsyncBaseTransport | None,
        timeout: float | httpx2.Timeout,
        **options: Any,
    ) -> None:
        pipeline_policies = self._configure(endpoint, credential, **options)
        transport = transport or httpx2.AsyncHTTPTransport(limits=DEFAULT_LIMITS)
        pipeline = AsyncPipeline(AsyncHttpxSender(transport), policies=pipeline_policies)
        self._http = httpx2.AsyncClient(
            base_url=self.base_url, transport=AsyncPipelineTransport(pipeline, self._run_options), timeout=timeout
        )
        del self._http.headers["user-agent"]  # azure-core's UserAgentPolicy sets ours

    @property
    def http_client(self) -> httpx2.AsyncClient:
        """The authenticated async httpx2 client, based at ``base_url``; see ``azopenai.Client.http_client``."""
        return self._http

    @property
    def generated(self) -> azopenai_generated.Client:
        """The generated client over ``http_client``, for the spec's other operations (``asyncio`` functions)."""
        import azopenai_generated

        generated = azopenai_generated.Client(base_url=self.base_url, raise_on_unexpected_status=True)
        generated.set_async_httpx_client(self._http)
        return generated

    async def close(self) -> None:
        """Close the connections."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def _call(
        self, operation: Operation, deployment: str, fields: dict[str, Any], headers: Headers, timeout: Timeout
    ) -> Any:
        body = self._body(operation, deployment, fields)
        response = await self._http.send(self._request(self._http, operation, deployment, body, headers, timeout))
        return self._result(operation, body, response)

    async def get_chat_completions(
        self, *, deployment: str, headers: Headers = None, timeout: Timeout = None, **body: Any
    ) -> CreateChatCompletionResponse:
        """Chat completion for ``messages``; see ``azopenai.Client.get_chat_completions``."""
        result: CreateChatCompletionResponse = await self._call(CHAT_COMPLETIONS, deployment, body, headers, timeout)
        return result

    async def get_completions(
        self, *, deployment: str, headers: Headers = None, timeout: Timeout = None, **body: Any
    ) -> CreateCompletionResponse:
        """Legacy text completion for ``prompt``; see ``azopenai.Client.get_completions``."""
        result: CreateCompletionResponse = await self._call(COMPLETIONS, deployment, body, headers, timeout)
        return result

    async def get_chat_completions_stream(
        self, *, deployment: str, headers: Headers = None, timeout: Timeout = None, **body: Any
    ) -> AsyncStream[CreateChatCompletionStreamResponse]:
        """Chat completion for ``messages``, streamed: ``stream = await client.get_chat_completions_stream(...)``
        then ``async for`` / ``async with``; see ``azopenai.Client.get_chat_completions_stream``."""
        from azopenai_generated.models import CreateChatCompletionStreamResponse

        payload = self._body(CHAT_COMPLETIONS, deployment, body, stream=True)
        accept = {"accept": "text/event-stream", **(headers or {})}
        request = self._request(self._http, CHAT_COMPLETIONS, deployment, payload, accept, timeout)
        response = await self._http.send(request, stream=True)
        if not response.is_success:
            await response.aread()
            self._raise_for_status(response)
        return AsyncStream(
            response, parse=CreateChatCompletionStreamResponse.from_dict, accumulator=ChatCompletionAccumulator()
        )

    async def get_completions_stream(
        self, *, deployment: str, headers: Headers = None, timeout: Timeout = None, **body: Any
    ) -> AsyncStream[CreateCompletionResponse]:
        """Legacy text completion for ``prompt``, streamed; see ``azopenai.Client.get_completions_stream``."""
        payload = self._body(COMPLETIONS, deployment, body, stream=True)
        accept = {"accept": "text/event-stream", **(headers or {})}
        request = self._request(self._http, COMPLETIONS, deployment, payload, accept, timeout)
        response = await self._http.send(request, stream=True)
        if not response.is_success:
            await response.aread()
            self._raise_for_status(response)
        return AsyncStream(response, parse=completion_chunk, accumulator=CompletionAccumulator())

    async def get_embeddings(
        self, *, deployment: str, headers: Headers = None, timeout: Timeout = None, **body: Any
    ) -> Embeddings:
        """Embeddings of ``input`` as lists of floats; see ``azopenai.Client.get_embeddings``."""
        result: Embeddings = await self._call(EMBEDDINGS, deployment, body, headers, timeout)
        return result

    async def get_image_generations(
        self, *, deployment: str, headers: Headers = None, timeout: Timeout = None, **body: Any
    ) -> GenerateImagesResponse:
        """Images for ``prompt``; see ``azopenai.Client.get_image_generations``."""
        result: GenerateImagesResponse = await self._call(IMAGE_GENERATIONS, deployment, body, headers, timeout)
        return result

    async def get_audio_transcription(
        self,
        *,
        deployment: str,
        file: AudioInput,
        filename: str | None = None,
        language: str | None = None,
        prompt: str | None = None,
        response_format: str | None = None,
        temperature: float | None = None,
        timestamp_granularities: list[str] | None = None,
        headers: Headers = None,
        timeout: Timeout = None,
    ) -> AudioTranscription:
        """Transcription of the audio ``file`` (streamed; file reads in a worker thread); see
        ``azopenai.Client.get_audio_transcription``."""
        from azopenai_generated.models import AudioTranscription, CreateTranscriptionRequest

        body = audio_form(
            "get_audio_transcription",
            CreateTranscriptionRequest,
            deployment=deployment,
            openai=self._openai,
            file=file,
            filename=filename,
            language=language,
            prompt=prompt,
            response_format=response_format,
            temperature=temperature,
            timestamp_granularities=timestamp_granularities,
        )
        url, params = self._url_and_params(deployment, "audio/transcriptions")
        response = await self._http.send(upload_request(self._http, url, params, body, headers, timeout))
        self._raise_for_status(response)
        return audio_result(AudioTranscription, response)

    async def get_audio_translation(
        self,
        *,
        deployment: str,
        file: AudioInput,
        filename: str | None = None,
        prompt: str | None = None,
        response_format: str | None = None,
        temperature: float | None = None,
        headers: Headers = None,
        timeout: Timeout = None,
    ) -> AudioTranslation:
        """English translation of the audio ``file``; see ``azopenai.Client.get_audio_translation``."""
        from azopenai_generated.models import AudioTranslation, CreateTranslationRequest

        body = audio_form(
            "get_audio_translation",
            CreateTranslationRequest,
            deployment=deployment,
            openai=self._openai,
            file=file,
            filename=filename,
            prompt=prompt,
            response_format=response_format,
            temperature=temperature,
        )
        url, params = self._url_and_params(deployment, "audio/translations")
        response = await self._http.send(upload_request(self._http, url, params, body, headers, timeout))
        self._raise_for_status(response)
        return audio_result(AudioTranslation, response)

    async def generate_speech_from_text(
        self,
        *,
        deployment: str,
        input: str,
        voice: str,
        response_format: str | None = None,
        speed: float | None = None,
        headers: Headers = None,
        timeout: Timeout = None,
    ) -> AsyncSpeechResponse:
        """Speech audio for ``input``, streamed (``await read()``, ``async for`` over ``iter_bytes()``,
        ``await stream_to_file(path)``); see ``azopenai.Client.generate_speech_from_text``."""
        fields = {"input": input, "voice": voice, "response_format": response_format, "speed": speed}
        body = self._body(SPEECH, deployment, {key: value for key, value in fields.items() if value is not None})
        accept = {"accept": "application/octet-stream, application/json", **(headers or {})}
        request = self._request(self._http, SPEECH, deployment, body, accept, timeout)
        response = await self._http.send(request, stream=True)
        if not response.is_success:
            await response.aread()
            self._raise_for_status(response)
        return AsyncSpeechResponse(response)
