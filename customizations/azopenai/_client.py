"""The synchronous ``Client``."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Self, Unpack

import httpx2
from azopenai_generated.operations import Operation
from azure.core.credentials import AzureKeyCredential, TokenCredential
from azure.core.pipeline import Pipeline

from ._assistants import AssistantsMixin
from ._base import (
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
from ._multipart import AudioInput, audio_form, audio_result, upload_request
from ._speech import SpeechResponse
from ._streaming import Accumulator, ChatCompletionAccumulator, CompletionAccumulator, Stream, T, completion_chunk
from ._transport import HttpClient, HttpxSender, PipelineTransport, Proxy, Verify, make_transport

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


class Client(AssistantsMixin, ClientBase):
    """Azure OpenAI data-plane client.

    ``Client(endpoint, credential)`` talks to an Azure OpenAI resource (``https://<res>.openai.azure.com``)
    with an ``AzureKeyCredential`` (sent as ``api-key``, read per request so ``update()`` rotates it) or
    an azure-core ``TokenCredential`` (Entra ID bearer tokens, cached and refreshed by azure-core).
    ``Client.for_openai(credential)`` talks to the public OpenAI endpoint with the same methods.

    Every request runs through azure-core policies (retries of 408/429/5xx honouring ``retry-after-ms``
    and ``Retry-After``, logging with redaction, tracing) and is sent with httpx2. Use as a context
    manager, or call ``close()``.

    Every method also takes ``raw_response_hook=``: called by azure-core's ``CustomHookPolicy`` with the
    ``PipelineResponse`` of each attempt (``.http_response.status_code``, ``.http_response.headers``
    such as ``x-ratelimit-remaining-tokens``; the body is not read yet): a plain function, in ``aio`` too.
    """

    _is_async = False

    def __init__(
        self,
        endpoint: str,
        credential: str | AzureKeyCredential | TokenCredential,
        *,
        api_version: str = DEFAULT_API_VERSION,
        allow_insecure_http: bool = False,
        transport: httpx2.BaseTransport | None = None,
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
        """
        :param endpoint: the resource URL, ``https://<resource>.openai.azure.com``.
        :param credential: the API key (``str`` or ``AzureKeyCredential``) or a ``TokenCredential``
            (``azure.identity``). It is sent only to ``endpoint``'s origin (scheme, host, port).
        :keyword api_version: the ``api-version`` query parameter, default the pinned spec's
            (``azopenai_generated.operations.API_VERSION``).
        :keyword allow_insecure_http: send the credential to a plain-``http`` endpoint that is not
            loopback (refused otherwise).
        :keyword transport: the httpx2 transport that finally sends, used as given (no ``verify``/``proxy``/
            environment proxies). By default one with ``limits=azopenai.DEFAULT_LIMITS``: up to 100 connections,
            all kept alive, each closed after 30 s idle; pass ``httpx2.HTTPTransport(limits=httpx2.Limits(...))``
            for other limits.
        :keyword verify: TLS verification: ``True`` (system CAs), ``False``, a CA bundle path or an
            ``ssl.SSLContext``.
        :keyword proxy: a proxy URL for every request (default: ``HTTP_PROXY``, ``HTTPS_PROXY``,
            ``ALL_PROXY``, ``NO_PROXY`` from the environment).
        :keyword trust_env: read proxies (and ``SSL_CERT_FILE``/``SSL_CERT_DIR``) from the environment (default True).
        :keyword timeout: default timeout of every call (each method also takes ``timeout=``).
        :keyword retry_total: retries of 408/429/500/502/503/504 and of connections that failed or
            closed before any response (default 3); see the README's retry rules.
        :keyword retry_backoff_factor: exponential backoff base in seconds (default 0.8).
        :keyword retry_backoff_max: the longest wait between attempts; a ``Retry-After`` asking for
            longer raises ``RetryAfterTooLongError`` at once (default 60 s).
        :keyword retry_timeout: an overall deadline in seconds for a call, its retries and waits included
            (default: none).
        :keyword logging_enable: log requests and responses at DEBUG (credentials are never logged).
        :keyword user_agent: prepended to the ``azsdk-python-azopenai/...`` User-Agent.
        :keyword headers: extra headers sent with every request.
        :keyword tracing_content: record prompts and completions in the OpenTelemetry spans (default: as
            ``AZURE_TRACING_GEN_AI_CONTENT_RECORDING_ENABLED`` / ``OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT``
            say; spans are made when azure-core tracing is on, see ``azopenai._telemetry``).
        """
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
        """A client for the public OpenAI API (``Authorization: Bearer <key>``, no ``api-version``; each
        method's ``deployment`` is sent as the body's ``model``). Takes the same keywords as ``Client``.

        ``credential``: the API key (``str`` or ``AzureKeyCredential``); without it, ``OPENAI_API_KEY``.
        ``endpoint``: default ``OPENAI_BASE_URL``, else ``https://api.openai.com/v1``."""
        key, url = openai_env(credential, endpoint)
        client = cls.__new__(cls)
        client._setup(url, key, openai=True, **openai_options(cls, kwargs))
        return client

    @classmethod
    def from_env(cls, credential: str | AzureKeyCredential | TokenCredential | None = None, **kwargs: Any) -> Self:
        """A client configured from the environment, as ``openai.AzureOpenAI`` is:
        ``AZURE_OPENAI_ENDPOINT`` (the resource URL), ``AZURE_OPENAI_API_KEY`` (unless ``credential`` is
        given, e.g. ``DefaultAzureCredential()``) and, unless ``api_version=`` is given,
        ``OPENAI_API_VERSION``. A missing variable raises ``ValueError`` naming it. Takes the same
        keywords as ``Client``."""
        endpoint, resolved, options = azure_env(credential, kwargs)
        return cls(endpoint, resolved, **options)  # type: ignore[arg-type]

    def _setup(
        self,
        endpoint: object,
        credential: object,
        *,
        transport: httpx2.BaseTransport | None,
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
                is_async=False, verify=verify, proxy=proxy, trust_env=trust_env, limits=DEFAULT_LIMITS
            )
        elif verify is not True or proxy is not None:
            raise TypeError("verify= and proxy= configure the transport the client builds: not with transport=")
        assert transport is not None
        pipeline = Pipeline(HttpxSender(transport), policies=pipeline_policies)
        self._http = HttpClient(
            base_url=self.base_url,
            transport=PipelineTransport(pipeline, self._run_options),
            timeout=timeout,
            trust_env=trust_env,
        )
        del self._http.headers["user-agent"]  # azure-core's UserAgentPolicy sets ours

    @property
    def http_client(self) -> httpx2.Client:
        """The authenticated httpx2 client (every request through the azure-core pipeline), based at
        ``base_url``. For operations without a method here, or for the generated API functions."""
        return self._http

    @property
    def generated(self) -> azopenai_generated.Client:
        """The generated client over ``http_client``, for calling the generated API functions
        (``azopenai_generated.api``) directly, e.g. ``list_assistants.sync(client=client.generated,
        api_version=client.api_version)``; the methods of this client are the typed way."""
        import azopenai_generated

        generated = azopenai_generated.Client(base_url=self.base_url, error_from_response=self._status_error)
        generated.set_httpx_client(self._http)
        return generated

    def close(self) -> None:
        """Close the connections."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _call(
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
            response = span.response(self._http.send(request))
            return span.result(self._result(operation, body, response))

    def _stream(
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
    ) -> Stream[T]:
        """The streaming variant of ``operation``: a non-2xx answer raises before any chunk."""
        payload = self._body(operation, deployment, fields, stream=True, extra_body=extra_body)
        accept = {"accept": "text/event-stream", **(headers or {})}
        request = self._hooked(
            self._request(self._http, operation, deployment, payload, accept, timeout, extra_query), raw_response_hook
        )
        with self._telemetry.operation(operation.name, deployment, payload, stream=True) as span:
            response = span.response(self._http.send(request, stream=True))
            if not response.is_success:
                response.read()
                self._raise_for_status(response)
            return Stream(response, parse=parse, accumulator=accumulator, span=span.stream())

    def get_chat_completions(
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
        """Chat completion for ``messages`` (system/user/assistant/tool messages, as models or dicts).

        Every field of the spec's ``createChatCompletionRequest`` is a keyword with its wire name, typed
        (``ChatCompletionsParams``): ``messages`` (required), ``temperature``, ``max_tokens``, ``tools``,
        ``tool_choice``, ``response_format``, ``data_sources`` (On Your Data), ``logprobs``, ``seed``, ...
        ``extra_body`` / ``extra_query``: fields and query parameters newer than the pinned spec, unchecked.
        """
        result: GetChatCompletionsResult = self._call(
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

    def get_completions(
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
        """Legacy text completion for ``prompt``; every field of ``createCompletionRequest`` as a keyword."""
        result: GetCompletionsResult = self._call(
            operation("get_completions"), deployment, body, headers, timeout, extra_body, extra_query, raw_response_hook
        )
        return result

    def get_chat_completions_stream(
        self,
        *,
        deployment: str,
        headers: Headers = None,
        timeout: Timeout = None,
        extra_body: ExtraBody = None,
        extra_query: ExtraQuery = None,
        raw_response_hook: RawResponseHook | None = None,
        **body: Unpack[ChatCompletionsStreamParams],
    ) -> Stream[GetChatCompletionsChunk]:
        """Chat completion for ``messages``, streamed: an iterator and context manager of typed chunks.

        Takes the keywords of ``get_chat_completions`` and ``stream_options`` (``{"include_usage": True}``
        adds a last chunk with ``usage``); ``stream`` is set here. A non-2xx answer raises before any
        chunk, as in ``get_chat_completions``; errors met while streaming are in ``azopenai._streaming``.
        ``accumulate()`` returns the whole ``GetChatCompletionsResult``. Leaving the ``with`` block,
        ``close()`` or breaking out of the loop releases the connection.
        """
        chunk: type[GetChatCompletionsChunk] = result_type("get_chat_completions", -1)

        op = operation("get_chat_completions")
        return self._stream(
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

    def get_completions_stream(
        self,
        *,
        deployment: str,
        headers: Headers = None,
        timeout: Timeout = None,
        extra_body: ExtraBody = None,
        extra_query: ExtraQuery = None,
        raw_response_hook: RawResponseHook | None = None,
        **body: Unpack[CompletionsStreamParams],
    ) -> Stream[GetCompletionsResult]:
        """Legacy text completion for ``prompt``, streamed (chunks shaped like ``GetCompletionsResult``);
        keywords and behaviour as in ``get_chat_completions_stream``, ``accumulate()`` joins the text."""
        op = operation("get_completions")
        return self._stream(
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

    def get_embeddings(
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
        """GetEmbeddingsResult of ``input``; ``.data[i].embedding`` is a list of floats, also when
        ``encoding_format="base64"`` was asked for (decoded here)."""
        result: GetEmbeddingsResult = self._call(
            operation("get_embeddings"), deployment, body, headers, timeout, extra_body, extra_query, raw_response_hook
        )
        return result

    def get_image_generations(
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
        """Images for ``prompt`` (``n``, ``size``, ``quality``, ``style``, ``response_format`` url/b64_json, ``user``)."""
        result: GetImageGenerationsResult = self._call(
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

    def get_audio_transcription(
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
        """Transcription of the audio ``file`` in its language.

        ``file``: bytes, a path, a binary file object or ``(filename, content[, content_type])``; it is
        streamed, not loaded, and re-read for a retry (a non-seekable stream cannot be re-sent: see
        ``azopenai._multipart``). ``filename`` overrides the uploaded name (the service reads the format
        from its extension). Every ``response_format`` gives an ``GetAudioTranscriptionResult``: ``text``, ``srt``
        and ``vtt`` bodies are in ``.text`` as sent; ``verbose_json`` adds language, duration, segments, words.
        ``extra_body``: form fields newer than the pinned spec, unchecked.
        """
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
            response = span.response(self._http.send(request))
            self._raise_for_status(response)
            return span.result(audio_result(result_cls, response))

    def get_audio_translation(
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
        """English translation of the audio ``file``; ``file``, ``filename`` and the result as in
        ``get_audio_transcription``."""
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
            response = span.response(self._http.send(request))
            self._raise_for_status(response)
            return span.result(audio_result(result_cls, response))

    def generate_speech_from_text(
        self,
        *,
        deployment: str,
        headers: Headers = None,
        timeout: Timeout = None,
        extra_body: ExtraBody = None,
        extra_query: ExtraQuery = None,
        raw_response_hook: RawResponseHook | None = None,
        **body: Unpack[GenerateSpeechFromTextParams],
    ) -> SpeechResponse:
        """Speech audio for ``input`` in ``voice`` (``response_format``: mp3, opus, aac, flac, wav, pcm).

        Returns once the headers arrive: the audio is streamed from the open connection (``read()``,
        ``iter_bytes()``, ``stream_to_file(path)``); use it as a context manager or ``close()`` it. A
        non-2xx answer raises the usual azure-core error, read from its JSON body.
        """
        op = operation("generate_speech_from_text")
        payload = self._body(op, deployment, body, extra_body=extra_body)
        accept = {"accept": "application/octet-stream, application/json", **(headers or {})}
        request = self._hooked(
            self._request(self._http, op, deployment, payload, accept, timeout, extra_query), raw_response_hook
        )
        with self._telemetry.operation(op.name, deployment, payload) as span:  # until the headers arrive
            response = span.response(self._http.send(request, stream=True))
            if not response.is_success:
                response.read()
                self._raise_for_status(response)
            return span.result(SpeechResponse(response))
