"""The synchronous ``Client``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Self

import httpx2
from azure.core.credentials import AzureKeyCredential, TokenCredential
from azure.core.pipeline import Pipeline

from ._base import (
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
from ._multipart import AudioInput, audio_form, audio_result, upload_request
from ._speech import SpeechResponse
from ._streaming import ChatCompletionAccumulator, CompletionAccumulator, Stream, completion_chunk
from ._transport import HttpxSender, PipelineTransport

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
    """Azure OpenAI data-plane client.

    ``Client(endpoint, credential)`` talks to an Azure OpenAI resource (``https://<res>.openai.azure.com``)
    with an ``AzureKeyCredential`` (sent as ``api-key``, read per request so ``update()`` rotates it) or
    an azure-core ``TokenCredential`` (Entra ID bearer tokens, cached and refreshed by azure-core).
    ``Client.for_openai(credential)`` talks to the public OpenAI endpoint with the same methods.

    Every request runs through azure-core policies (retries of 408/429/5xx honouring ``retry-after-ms``
    and ``Retry-After``, logging with redaction, tracing) and is sent with httpx2. Use as a context
    manager, or call ``close()``.
    """

    _is_async = False

    def __init__(
        self,
        endpoint: str,
        credential: AzureKeyCredential | TokenCredential,
        *,
        api_version: str = DEFAULT_API_VERSION,
        allow_insecure_http: bool = False,
        transport: httpx2.BaseTransport | None = None,
        timeout: float | httpx2.Timeout = DEFAULT_TIMEOUT,
        retry_total: int = 3,
        retry_backoff_factor: float = 0.8,
        retry_backoff_max: float = 60.0,
        logging_enable: bool = False,
        user_agent: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        """
        :param endpoint: the resource URL, ``https://<resource>.openai.azure.com``.
        :param credential: ``AzureKeyCredential`` or a ``TokenCredential`` (``azure.identity``).
        :keyword api_version: the ``api-version`` query parameter, default ``2024-10-01-preview``.
        :keyword allow_insecure_http: send the credential to a plain-``http`` endpoint that is not
            loopback (refused otherwise).
        :keyword transport: the httpx2 transport that finally sends. By default an
            ``httpx2.HTTPTransport(limits=azopenai.DEFAULT_LIMITS)``: up to 100 connections, all kept
            alive, each closed after 30 s idle; pass ``httpx2.HTTPTransport(limits=httpx2.Limits(...))``
            for other limits.
        :keyword timeout: default timeout of every call (each method also takes ``timeout=``).
        :keyword retry_total: retries of 408/429/500/502/503/504 and connection errors (default 3).
        :keyword retry_backoff_factor: exponential backoff base in seconds (default 0.8).
        :keyword retry_backoff_max: the longest wait between attempts, also the cap on a server's
            ``Retry-After`` (default 60 s).
        :keyword logging_enable: log requests and responses at DEBUG (credentials are never logged).
        :keyword user_agent: prepended to the ``azsdk-python-azopenai/...`` User-Agent.
        :keyword headers: extra headers sent with every request.
        """
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
        """A client for the public OpenAI API (``Authorization: Bearer <key>``, no ``api-version``; each
        method's ``deployment`` is sent as the body's ``model``). Takes the same keywords as ``Client``."""
        client = cls.__new__(cls)
        client._setup(endpoint, credential, openai=True, **openai_options(cls, kwargs))
        return client

    def _setup(
        self,
        endpoint: object,
        credential: object,
        *,
        transport: httpx2.BaseTransport | None,
        timeout: float | httpx2.Timeout,
        **options: Any,
    ) -> None:
        pipeline_policies = self._configure(endpoint, credential, **options)
        transport = transport or httpx2.HTTPTransport(limits=DEFAULT_LIMITS)
        pipeline = Pipeline(HttpxSender(transport), policies=pipeline_policies)
        self._http = httpx2.Client(
            base_url=self.base_url, transport=PipelineTransport(pipeline, self._run_options), timeout=timeout
        )
        del self._http.headers["user-agent"]  # azure-core's UserAgentPolicy sets ours

    @property
    def http_client(self) -> httpx2.Client:
        """The authenticated httpx2 client (every request through the azure-core pipeline), based at
        ``base_url``. For operations without a method here, or for the generated API functions."""
        return self._http

    @property
    def generated(self) -> azopenai_generated.Client:
        """The generated client over ``http_client``, for the spec's other operations (assistants,
        threads, messages, runs, vector stores), e.g. ``list_assistants.sync(client=client.generated,
        api_version=client.api_version)`` from ``azopenai_generated.api.assistants``."""
        import azopenai_generated

        generated = azopenai_generated.Client(base_url=self.base_url, raise_on_unexpected_status=True)
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
        self, operation: Operation, deployment: str, fields: dict[str, Any], headers: Headers, timeout: Timeout
    ) -> Any:
        body = self._body(operation, deployment, fields)
        response = self._http.send(self._request(self._http, operation, deployment, body, headers, timeout))
        return self._result(operation, body, response)

    def get_chat_completions(
        self, *, deployment: str, headers: Headers = None, timeout: Timeout = None, **body: Any
    ) -> CreateChatCompletionResponse:
        """Chat completion for ``messages`` (system/user/assistant/tool messages, as models or dicts).

        Every field of the spec's ``createChatCompletionRequest`` is a keyword with its wire name:
        ``messages`` (required), ``temperature``, ``max_tokens``, ``tools``, ``tool_choice``,
        ``response_format``, ``data_sources`` (On Your Data), ``logprobs``, ``seed``, ``user``, ...
        """
        result: CreateChatCompletionResponse = self._call(CHAT_COMPLETIONS, deployment, body, headers, timeout)
        return result

    def get_completions(
        self, *, deployment: str, headers: Headers = None, timeout: Timeout = None, **body: Any
    ) -> CreateCompletionResponse:
        """Legacy text completion for ``prompt``; every field of ``createCompletionRequest`` as a keyword."""
        result: CreateCompletionResponse = self._call(COMPLETIONS, deployment, body, headers, timeout)
        return result

    def get_chat_completions_stream(
        self, *, deployment: str, headers: Headers = None, timeout: Timeout = None, **body: Any
    ) -> Stream[CreateChatCompletionStreamResponse]:
        """Chat completion for ``messages``, streamed: an iterator and context manager of typed chunks.

        Takes the keywords of ``get_chat_completions`` and ``stream_options`` (``{"include_usage": True}``
        adds a last chunk with ``usage``); ``stream`` is set here. A non-2xx answer raises before any
        chunk, as in ``get_chat_completions``; errors met while streaming are in ``azopenai._streaming``.
        ``accumulate()`` returns the whole ``CreateChatCompletionResponse``. Leaving the ``with`` block,
        ``close()`` or breaking out of the loop releases the connection.
        """
        from azopenai_generated.models import CreateChatCompletionStreamResponse

        payload = self._body(CHAT_COMPLETIONS, deployment, body, stream=True)
        accept = {"accept": "text/event-stream", **(headers or {})}
        request = self._request(self._http, CHAT_COMPLETIONS, deployment, payload, accept, timeout)
        response = self._http.send(request, stream=True)
        if not response.is_success:
            response.read()
            self._raise_for_status(response)
        return Stream(
            response, parse=CreateChatCompletionStreamResponse.from_dict, accumulator=ChatCompletionAccumulator()
        )

    def get_completions_stream(
        self, *, deployment: str, headers: Headers = None, timeout: Timeout = None, **body: Any
    ) -> Stream[CreateCompletionResponse]:
        """Legacy text completion for ``prompt``, streamed (chunks shaped like ``CreateCompletionResponse``);
        keywords and behaviour as in ``get_chat_completions_stream``, ``accumulate()`` joins the text."""
        payload = self._body(COMPLETIONS, deployment, body, stream=True)
        accept = {"accept": "text/event-stream", **(headers or {})}
        request = self._request(self._http, COMPLETIONS, deployment, payload, accept, timeout)
        response = self._http.send(request, stream=True)
        if not response.is_success:
            response.read()
            self._raise_for_status(response)
        return Stream(response, parse=completion_chunk, accumulator=CompletionAccumulator())

    def get_embeddings(
        self, *, deployment: str, headers: Headers = None, timeout: Timeout = None, **body: Any
    ) -> Embeddings:
        """Embeddings of ``input``; ``.data[i].embedding`` is a list of floats, also when
        ``encoding_format="base64"`` was asked for (decoded here)."""
        result: Embeddings = self._call(EMBEDDINGS, deployment, body, headers, timeout)
        return result

    def get_image_generations(
        self, *, deployment: str, headers: Headers = None, timeout: Timeout = None, **body: Any
    ) -> GenerateImagesResponse:
        """Images for ``prompt`` (``n``, ``size``, ``quality``, ``style``, ``response_format`` url/b64_json, ``user``)."""
        result: GenerateImagesResponse = self._call(IMAGE_GENERATIONS, deployment, body, headers, timeout)
        return result

    def get_audio_transcription(
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
        """Transcription of the audio ``file`` in its language.

        ``file``: bytes, a path, a binary file object or ``(filename, content[, content_type])``; it is
        streamed, not loaded, and re-read for a retry (a non-seekable stream cannot be re-sent: see
        ``azopenai._multipart``). ``filename`` overrides the uploaded name (the service reads the format
        from its extension). Every ``response_format`` gives an ``AudioTranscription``: ``text``, ``srt``
        and ``vtt`` bodies are in ``.text`` as sent; ``verbose_json`` adds language, duration, segments, words.
        """
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
        response = self._http.send(upload_request(self._http, url, params, body, headers, timeout))
        self._raise_for_status(response)
        return audio_result(AudioTranscription, response)

    def get_audio_translation(
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
        """English translation of the audio ``file``; ``file``, ``filename`` and the result as in
        ``get_audio_transcription``."""
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
        response = self._http.send(upload_request(self._http, url, params, body, headers, timeout))
        self._raise_for_status(response)
        return audio_result(AudioTranslation, response)

    def generate_speech_from_text(
        self,
        *,
        deployment: str,
        input: str,
        voice: str,
        response_format: str | None = None,
        speed: float | None = None,
        headers: Headers = None,
        timeout: Timeout = None,
    ) -> SpeechResponse:
        """Speech audio for ``input`` in ``voice`` (``response_format``: mp3, opus, aac, flac, wav, pcm).

        Returns once the headers arrive: the audio is streamed from the open connection (``read()``,
        ``iter_bytes()``, ``stream_to_file(path)``); use it as a context manager or ``close()`` it. A
        non-2xx answer raises the usual azure-core error, read from its JSON body.
        """
        fields = {"input": input, "voice": voice, "response_format": response_format, "speed": speed}
        body = self._body(SPEECH, deployment, {key: value for key, value in fields.items() if value is not None})
        accept = {"accept": "application/octet-stream, application/json", **(headers or {})}
        response = self._http.send(self._request(self._http, SPEECH, deployment, body, accept, timeout), stream=True)
        if not response.is_success:
            response.read()
            self._raise_for_status(response)
        return SpeechResponse(response)
