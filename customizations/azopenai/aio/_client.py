"""The asynchronous ``Client``: the same methods as ``azopenai.Client``, as coroutines."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Self, Unpack

import httpx2
from azopenai_generated.operations import Operation
from azure.core.credentials import AzureKeyCredential
from azure.core.credentials_async import AsyncTokenCredential
from azure.core.pipeline import AsyncPipeline

from .._base import (
    DEFAULT_API_VERSION,
    DEFAULT_LIMITS,
    DEFAULT_TIMEOUT,
    ClientBase,
    ExtraBody,
    ExtraQuery,
    Headers,
    RawResponseHook,
    Timeout,
    azure_env,
    check_timeout,
    deployment_path,
    openai_env,
    openai_options,
    operation,
    request_type,
    result_type,
)
from .._multipart import AudioInput, audio_form, audio_result, upload_request
from .._speech import AsyncSpeechResponse
from .._streaming import Accumulator, AsyncStream, ChatCompletionAccumulator, CompletionAccumulator, T, completion_chunk
from .._transport import AsyncHttpClient, AsyncHttpxSender, AsyncPipelineTransport, Proxy, Verify, make_transport
from ._assistants import AsyncAssistantsMixin

if TYPE_CHECKING:
    import azopenai_generated
    from azopenai_generated.operation_types import (
        GetAudioTranscriptionRequest,
        GetAudioTranscriptionResult,
        GetAudioTranslationRequest,
        GetAudioTranslationResult,
        GetChatCompletionsChunk,
        GetChatCompletionsResult,
        GetCompletionsResult,
        GetEmbeddingsResult,
        GetImageGenerationsResult,
    )
    from azopenai_generated.params import (
        AudioResponseFormatParam,
        ChatCompletionsParams,
        ChatCompletionsStreamParams,
        CompletionsParams,
        CompletionsStreamParams,
        CreateTranscriptionRequestTimestampGranularitiesItemParam,
        EmbeddingsParams,
        GenerateSpeechFromTextParams,
        ImageGenerationsParams,
    )


class Client(AsyncAssistantsMixin, ClientBase):
    """Async Azure OpenAI data-plane client; see ``azopenai.Client`` for the options (the default
    ``transport`` is an ``httpx2.AsyncHTTPTransport(limits=azopenai.DEFAULT_LIMITS)``).

    Takes an ``AzureKeyCredential`` or an async ``TokenCredential`` (``azure.identity.aio``). Use as an
    async context manager, or ``await client.close()``.
    """

    _is_async = True

    def __init__(
        self,
        endpoint: str,
        credential: str | AzureKeyCredential | AsyncTokenCredential,
        *,
        api_version: str = DEFAULT_API_VERSION,
        allow_insecure_http: bool = False,
        transport: httpx2.AsyncBaseTransport | None = None,
        verify: Verify = True,
        proxy: Proxy | None = None,
        trust_env: bool = True,
        timeout: float | httpx2.Timeout = DEFAULT_TIMEOUT,
        retry_total: int = 3,
        retry_backoff_factor: float = 0.8,
        retry_backoff_max: float = 60.0,
        retry_timeout: float | None = None,
        logging_enable: bool = False,
        user_agent: str | None = None,
        headers: dict[str, str] | None = None,
        tracing_content: bool | None = None,
    ) -> None:
        self._setup(
            endpoint,
            credential,
            openai=False,
            api_version=api_version,
            allow_insecure_http=allow_insecure_http,
            transport=transport,
            verify=verify,
            proxy=proxy,
            trust_env=trust_env,
            timeout=timeout,
            retry_total=retry_total,
            retry_backoff_factor=retry_backoff_factor,
            retry_backoff_max=retry_backoff_max,
            retry_timeout=retry_timeout,
            logging_enable=logging_enable,
            user_agent=user_agent,
            headers=headers,
            tracing_content=tracing_content,
        )

    @classmethod
    def for_openai(
        cls, credential: str | AzureKeyCredential | None = None, *, endpoint: str | None = None, **kwargs: Any
    ) -> Self:
        """A client for the public OpenAI API; see ``azopenai.Client.for_openai``."""
        key, url = openai_env(credential, endpoint)
        client = cls.__new__(cls)
        client._setup(url, key, openai=True, **openai_options(cls, kwargs))
        return client

    @classmethod
    def from_env(cls, credential: str | AzureKeyCredential | AsyncTokenCredential | None = None, **kwargs: Any) -> Self:
        """A client configured from the environment; see ``azopenai.Client.from_env``."""
        endpoint, resolved, options = azure_env(credential, kwargs)
        return cls(endpoint, resolved, **options)  # type: ignore[arg-type]

    def _setup(
        self,
        endpoint: object,
        credential: object,
        *,
        transport: httpx2.AsyncBaseTransport | None,
        verify: object,
        proxy: object,
        trust_env: bool,
        timeout: float | httpx2.Timeout,
        **options: Any,
    ) -> None:
        check_timeout(timeout)
        pipeline_policies = self._configure(endpoint, credential, **options)
        if transport is None:
            transport = make_transport(  # type: ignore[assignment]
                is_async=True, verify=verify, proxy=proxy, trust_env=trust_env, limits=DEFAULT_LIMITS
            )
        elif verify is not True or proxy is not None:
            raise TypeError("verify= and proxy= configure the transport the client builds: not with transport=")
        assert transport is not None
        pipeline = AsyncPipeline(AsyncHttpxSender(transport), policies=pipeline_policies)
        self._http = AsyncHttpClient(
            base_url=self.base_url,
            transport=AsyncPipelineTransport(pipeline, self._run_options),
            timeout=timeout,
            trust_env=trust_env,
        )
        del self._http.headers["user-agent"]  # azure-core's UserAgentPolicy sets ours

    @property
    def http_client(self) -> httpx2.AsyncClient:
        """The authenticated async httpx2 client, based at ``base_url``; see ``azopenai.Client.http_client``."""
        return self._http

    @property
    def generated(self) -> azopenai_generated.Client:
        """The generated client over ``http_client``, for the generated API functions (``asyncio``)."""
        import azopenai_generated

        generated = azopenai_generated.Client(base_url=self.base_url, error_from_response=self._status_error)
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
        self,
        operation: Operation,
        deployment: str,
        fields: Mapping[str, Any],
        headers: Headers,
        timeout: Timeout,
        extra_body: ExtraBody,
        extra_query: ExtraQuery,
        raw_response_hook: RawResponseHook | None,
    ) -> Any:
        body = self._body(operation, deployment, fields, extra_body=extra_body)
        request = self._hooked(
            self._request(self._http, operation, deployment, body, headers, timeout, extra_query), raw_response_hook
        )
        with self._telemetry.operation(operation.name, deployment, body) as span:
            response = span.response(await self._http.send(request))
            return span.result(self._result(operation, body, response))

    async def _stream(
        self,
        operation: Operation,
        deployment: str,
        fields: Mapping[str, Any],
        headers: Headers,
        timeout: Timeout,
        extra_body: ExtraBody,
        extra_query: ExtraQuery,
        raw_response_hook: RawResponseHook | None,
        parse: Callable[[dict[str, Any]], T],
        accumulator: Accumulator,
    ) -> AsyncStream[T]:
        """The streaming variant of ``operation``: a non-2xx answer raises before any chunk."""
        payload = self._body(operation, deployment, fields, stream=True, extra_body=extra_body)
        accept = {"accept": "text/event-stream", **(headers or {})}
        request = self._hooked(
            self._request(self._http, operation, deployment, payload, accept, timeout, extra_query), raw_response_hook
        )
        with self._telemetry.operation(operation.name, deployment, payload, stream=True) as span:
            response = span.response(await self._http.send(request, stream=True))
            if not response.is_success:
                await response.aread()
                self._raise_for_status(response)
            return AsyncStream(response, parse=parse, accumulator=accumulator, span=span.stream())

    async def get_chat_completions(
        self,
        *,
        deployment: str,
        headers: Headers = None,
        timeout: Timeout = None,
        extra_body: ExtraBody = None,
        extra_query: ExtraQuery = None,
        raw_response_hook: RawResponseHook | None = None,
        **body: Unpack[ChatCompletionsParams],
    ) -> GetChatCompletionsResult:
        """Chat completion for ``messages``; see ``azopenai.Client.get_chat_completions``."""
        result: GetChatCompletionsResult = await self._call(
            operation("get_chat_completions"),
            deployment,
            body,
            headers,
            timeout,
            extra_body,
            extra_query,
            raw_response_hook,
        )
        return result

    async def get_completions(
        self,
        *,
        deployment: str,
        headers: Headers = None,
        timeout: Timeout = None,
        extra_body: ExtraBody = None,
        extra_query: ExtraQuery = None,
        raw_response_hook: RawResponseHook | None = None,
        **body: Unpack[CompletionsParams],
    ) -> GetCompletionsResult:
        """Legacy text completion for ``prompt``; see ``azopenai.Client.get_completions``."""
        result: GetCompletionsResult = await self._call(
            operation("get_completions"), deployment, body, headers, timeout, extra_body, extra_query, raw_response_hook
        )
        return result

    async def get_chat_completions_stream(
        self,
        *,
        deployment: str,
        headers: Headers = None,
        timeout: Timeout = None,
        extra_body: ExtraBody = None,
        extra_query: ExtraQuery = None,
        raw_response_hook: RawResponseHook | None = None,
        **body: Unpack[ChatCompletionsStreamParams],
    ) -> AsyncStream[GetChatCompletionsChunk]:
        """Chat completion for ``messages``, streamed: ``stream = await client.get_chat_completions_stream(...)``
        then ``async for`` / ``async with``; see ``azopenai.Client.get_chat_completions_stream``."""
        chunk: type[GetChatCompletionsChunk] = result_type("get_chat_completions", -1)

        op = operation("get_chat_completions")
        return await self._stream(
            op,
            deployment,
            body,
            headers,
            timeout,
            extra_body,
            extra_query,
            raw_response_hook,
            chunk.from_dict,
            ChatCompletionAccumulator(),
        )

    async def get_completions_stream(
        self,
        *,
        deployment: str,
        headers: Headers = None,
        timeout: Timeout = None,
        extra_body: ExtraBody = None,
        extra_query: ExtraQuery = None,
        raw_response_hook: RawResponseHook | None = None,
        **body: Unpack[CompletionsStreamParams],
    ) -> AsyncStream[GetCompletionsResult]:
        """Legacy text completion for ``prompt``, streamed; see ``azopenai.Client.get_completions_stream``."""
        op = operation("get_completions")
        return await self._stream(
            op,
            deployment,
            body,
            headers,
            timeout,
            extra_body,
            extra_query,
            raw_response_hook,
            completion_chunk,
            CompletionAccumulator(),
        )

    async def get_embeddings(
        self,
        *,
        deployment: str,
        headers: Headers = None,
        timeout: Timeout = None,
        extra_body: ExtraBody = None,
        extra_query: ExtraQuery = None,
        raw_response_hook: RawResponseHook | None = None,
        **body: Unpack[EmbeddingsParams],
    ) -> GetEmbeddingsResult:
        """GetEmbeddingsResult of ``input`` as lists of floats; see ``azopenai.Client.get_embeddings``."""
        result: GetEmbeddingsResult = await self._call(
            operation("get_embeddings"), deployment, body, headers, timeout, extra_body, extra_query, raw_response_hook
        )
        return result

    async def get_image_generations(
        self,
        *,
        deployment: str,
        headers: Headers = None,
        timeout: Timeout = None,
        extra_body: ExtraBody = None,
        extra_query: ExtraQuery = None,
        raw_response_hook: RawResponseHook | None = None,
        **body: Unpack[ImageGenerationsParams],
    ) -> GetImageGenerationsResult:
        """Images for ``prompt``; see ``azopenai.Client.get_image_generations``."""
        result: GetImageGenerationsResult = await self._call(
            operation("get_image_generations"),
            deployment,
            body,
            headers,
            timeout,
            extra_body,
            extra_query,
            raw_response_hook,
        )
        return result

    async def get_audio_transcription(
        self,
        *,
        deployment: str,
        file: AudioInput,
        filename: str | None = None,
        language: str | None = None,
        prompt: str | None = None,
        response_format: AudioResponseFormatParam | None = None,
        temperature: float | None = None,
        timestamp_granularities: Sequence[CreateTranscriptionRequestTimestampGranularitiesItemParam] | None = None,
        headers: Headers = None,
        timeout: Timeout = None,
        extra_body: ExtraBody = None,
        extra_query: ExtraQuery = None,
        raw_response_hook: RawResponseHook | None = None,
    ) -> GetAudioTranscriptionResult:
        """Transcription of the audio ``file`` (streamed; file reads in a worker thread); see
        ``azopenai.Client.get_audio_transcription``."""
        request_cls: type[GetAudioTranscriptionRequest] = request_type("get_audio_transcription")
        result_cls: type[GetAudioTranscriptionResult] = result_type("get_audio_transcription")

        body = audio_form(
            "get_audio_transcription",
            request_cls,
            deployment=deployment,
            openai=self._openai,
            file=file,
            filename=filename,
            extra_body=extra_body,
            language=language,
            prompt=prompt,
            response_format=response_format,
            temperature=temperature,
            timestamp_granularities=timestamp_granularities,
        )
        url, params = self._url_and_params(deployment, deployment_path(operation("get_audio_transcription")))
        request = self._hooked(
            upload_request(self._http, url, {**params, **(extra_query or {})}, body, headers, timeout),
            raw_response_hook,
        )
        with self._telemetry.operation("get_audio_transcription", deployment, None) as span:
            response = span.response(await self._http.send(request))
            self._raise_for_status(response)
            return span.result(audio_result(result_cls, response))

    async def get_audio_translation(
        self,
        *,
        deployment: str,
        file: AudioInput,
        filename: str | None = None,
        prompt: str | None = None,
        response_format: AudioResponseFormatParam | None = None,
        temperature: float | None = None,
        headers: Headers = None,
        timeout: Timeout = None,
        extra_body: ExtraBody = None,
        extra_query: ExtraQuery = None,
        raw_response_hook: RawResponseHook | None = None,
    ) -> GetAudioTranslationResult:
        """English translation of the audio ``file``; see ``azopenai.Client.get_audio_translation``."""
        request_cls: type[GetAudioTranslationRequest] = request_type("get_audio_translation")
        result_cls: type[GetAudioTranslationResult] = result_type("get_audio_translation")

        body = audio_form(
            "get_audio_translation",
            request_cls,
            deployment=deployment,
            openai=self._openai,
            file=file,
            filename=filename,
            extra_body=extra_body,
            prompt=prompt,
            response_format=response_format,
            temperature=temperature,
        )
        url, params = self._url_and_params(deployment, deployment_path(operation("get_audio_translation")))
        request = self._hooked(
            upload_request(self._http, url, {**params, **(extra_query or {})}, body, headers, timeout),
            raw_response_hook,
        )
        with self._telemetry.operation("get_audio_translation", deployment, None) as span:
            response = span.response(await self._http.send(request))
            self._raise_for_status(response)
            return span.result(audio_result(result_cls, response))

    async def generate_speech_from_text(
        self,
        *,
        deployment: str,
        headers: Headers = None,
        timeout: Timeout = None,
        extra_body: ExtraBody = None,
        extra_query: ExtraQuery = None,
        raw_response_hook: RawResponseHook | None = None,
        **body: Unpack[GenerateSpeechFromTextParams],
    ) -> AsyncSpeechResponse:
        """Speech audio for ``input``, streamed (``await read()``, ``async for`` over ``iter_bytes()``,
        ``await stream_to_file(path)``); see ``azopenai.Client.generate_speech_from_text``."""
        op = operation("generate_speech_from_text")
        payload = self._body(op, deployment, body, extra_body=extra_body)
        accept = {"accept": "application/octet-stream, application/json", **(headers or {})}
        request = self._hooked(
            self._request(self._http, op, deployment, payload, accept, timeout, extra_query), raw_response_hook
        )
        with self._telemetry.operation(op.name, deployment, payload) as span:  # until the headers arrive
            response = span.response(await self._http.send(request, stream=True))
            if not response.is_success:
                await response.aread()
                self._raise_for_status(response)
            return span.result(AsyncSpeechResponse(response))
