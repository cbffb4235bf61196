"""The synchronous ``Client``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Self

import httpx
from azure.core.credentials import AzureKeyCredential, TokenCredential
from azure.core.pipeline import Pipeline

from ._base import (
    CHAT_COMPLETIONS,
    COMPLETIONS,
    DEFAULT_API_VERSION,
    DEFAULT_TIMEOUT,
    EMBEDDINGS,
    IMAGE_GENERATIONS,
    OPENAI_ENDPOINT,
    ClientBase,
    Headers,
    Operation,
    Timeout,
    openai_options,
)
from ._transport import HttpxSender, PipelineTransport

if TYPE_CHECKING:
    import azopenai_generated
    from azopenai_generated.models import (
        CreateChatCompletionResponse,
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
    and ``Retry-After``, logging with redaction, tracing) and is sent with httpx. Use as a context
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
        transport: httpx.BaseTransport | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
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
        :keyword transport: the httpx transport that finally sends (e.g. ``httpx.HTTPTransport(limits=...)``).
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
            endpoint, credential, openai=False, api_version=api_version, allow_insecure_http=allow_insecure_http,
            transport=transport, timeout=timeout, retry_total=retry_total, retry_backoff_factor=retry_backoff_factor,
            retry_backoff_max=retry_backoff_max, logging_enable=logging_enable, user_agent=user_agent, headers=headers,
        )

    @classmethod
    def for_openai(cls, credential: AzureKeyCredential, *, endpoint: str = OPENAI_ENDPOINT, **kwargs: Any) -> Self:
        """A client for the public OpenAI API (``Authorization: Bearer <key>``, no ``api-version``; each
        method's ``deployment`` is sent as the body's ``model``). Takes the same keywords as ``Client``."""
        client = cls.__new__(cls)
        client._setup(endpoint, credential, openai=True, **openai_options(cls, kwargs))
        return client

    def _setup(self, endpoint: object, credential: object, *, transport: httpx.BaseTransport | None,
               timeout: float | httpx.Timeout, **options: Any) -> None:
        pipeline_policies = self._configure(endpoint, credential, **options)
        pipeline = Pipeline(HttpxSender(transport or httpx.HTTPTransport()), policies=pipeline_policies)
        self._http = httpx.Client(base_url=self.base_url, transport=PipelineTransport(pipeline), timeout=timeout)
        del self._http.headers["user-agent"]  # azure-core's UserAgentPolicy sets ours

    @property
    def http_client(self) -> httpx.Client:
        """The authenticated httpx client (every request through the azure-core pipeline), based at
        ``base_url``. For operations without a method here, or for the generated API functions."""
        return self._http

    @property
    def generated(self) -> azopenai_generated.Client:
        """The generated client over ``http_client``, for the spec's other operations::

            from azopenai_generated.api.assistants import list_assistants
            list_assistants.sync(client=client.generated, api_version=client.api_version)
        """
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

    def _call(self, operation: Operation, deployment: str, fields: dict[str, Any], headers: Headers, timeout: Timeout) -> Any:
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

