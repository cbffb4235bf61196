"""azure-core pipelines inside httpx2: the bridge both ways.

    httpx2.Client ── PipelineTransport (httpx2 transport) ── azure-core Pipeline (policies)
                                                              └─ HttpxSender (azure-core transport) ── httpx2.HTTPTransport

The generated code and the client speak httpx2; every request they send runs through an azure-core
pipeline, so retries, Retry-After, credentials, logging with redaction and tracing are azure-core's.
The sender returns the very ``httpx2.Response`` the inner transport produced (its body wrapped so that
read failures raise azure-core errors), so the outer client streams and decodes it once. Error responses are read eagerly so a discarded retry attempt gives its
connection back to the pool. Request bodies are replayed from ``httpx2.Request.stream``, which must be
re-iterable (bytes, or a re-iterable upload body) for a retry to re-send them.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Iterator, MutableMapping
from typing import Any

import httpx2
from azure.core.exceptions import (
    ServiceRequestError,
    ServiceRequestTimeoutError,
    ServiceResponseError,
    ServiceResponseTimeoutError,
)
from azure.core.pipeline import AsyncPipeline, Pipeline
from azure.core.pipeline.transport import AsyncHttpTransport, HttpTransport
from azure.core.rest import AsyncHttpResponse, HttpRequest, HttpResponse
from azure.core.utils import case_insensitive_dict

_HTTPX_REQUEST = "httpx_request"
PIPELINE_OPTIONS = "azopenai.pipeline_options"
"""An ``httpx2.Request`` extension: azure-core options for this request's run (``{"retry_total": 0}``)."""


def _azure_request(request: httpx2.Request) -> HttpRequest:
    try:
        content: bytes | None = request.content  # logged by azure-core's network trace policy
    except httpx2.RequestNotRead:
        content = None  # a streamed upload: left to the httpx2 request, not buffered
    headers = case_insensitive_dict(request.headers.multi_items())
    return HttpRequest(request.method, str(request.url), headers=headers, content=content)


def _outgoing(request: HttpRequest, original: httpx2.Request) -> httpx2.Request:
    """The httpx2 request to send for this attempt: the pipeline's url and headers, the original body."""
    url = original.url if request.url == str(original.url) else request.url  # an unchanged url is not reparsed
    return httpx2.Request(
        request.method,
        url,
        headers=list(request.headers.items()),
        stream=original.stream,
        extensions=original.extensions,
    )


def _transport_error(exc: httpx2.TransportError) -> Exception:
    if isinstance(exc, httpx2.ConnectTimeout | httpx2.PoolTimeout):
        return ServiceRequestTimeoutError(f"{type(exc).__name__}: {exc}", error=exc)
    if isinstance(exc, httpx2.TimeoutException):
        return ServiceResponseTimeoutError(f"{type(exc).__name__}: {exc}", error=exc)
    if isinstance(exc, httpx2.ConnectError | httpx2.UnsupportedProtocol | httpx2.ProxyError):
        return ServiceRequestError(f"{type(exc).__name__}: {exc}", error=exc)
    return ServiceResponseError(f"{type(exc).__name__}: {exc}", error=exc)


class _AzureErrorStream(httpx2.SyncByteStream):
    """The body of a response: httpx2 transport errors while reading it become azure-core errors."""

    def __init__(self, stream: httpx2.SyncByteStream) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._stream
        except httpx2.TransportError as exc:
            raise _transport_error(exc) from exc

    def close(self) -> None:
        self._stream.close()


class _AsyncAzureErrorStream(httpx2.AsyncByteStream):
    """The async twin of ``_AzureErrorStream``."""

    def __init__(self, stream: httpx2.AsyncByteStream) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._stream:
                yield chunk
        except httpx2.TransportError as exc:
            raise _transport_error(exc) from exc

    async def aclose(self) -> None:
        await self._stream.aclose()


class _ResponseCommon:
    """What azure-core (policies, ``HttpResponseError``) reads from a response, over an ``httpx2.Response``."""

    def __init__(self, request: HttpRequest, response: httpx2.Response) -> None:
        self._request = request
        self.httpx_response = response

    @property
    def request(self) -> HttpRequest:
        return self._request

    @property
    def status_code(self) -> int:
        return self.httpx_response.status_code

    @functools.cached_property
    def headers(self) -> MutableMapping[str, str]:
        """Built once: the retry, logging and tracing policies each read them."""
        return case_insensitive_dict(self.httpx_response.headers.items())

    @property
    def reason(self) -> str:
        return self.httpx_response.reason_phrase

    @property
    def content_type(self) -> str | None:
        value: str | None = self.httpx_response.headers.get("content-type")
        return value

    @property
    def is_closed(self) -> bool:
        return self.httpx_response.is_closed

    @property
    def is_stream_consumed(self) -> bool:
        return self.httpx_response.is_stream_consumed

    @property
    def encoding(self) -> str | None:
        return self.httpx_response.encoding

    @encoding.setter
    def encoding(self, value: str | None) -> None:
        if value is not None:
            self.httpx_response.encoding = value

    @property
    def url(self) -> str:
        return str(self._request.url)

    @property
    def content(self) -> bytes:
        return self.httpx_response.content

    def text(self, encoding: str | None = None) -> str:
        if encoding:
            return self.httpx_response.content.decode(encoding, errors="replace")
        return self.httpx_response.text

    def json(self) -> Any:
        return self.httpx_response.json()

    def raise_for_status(self) -> None:
        if self.status_code >= 400:
            from ._exceptions import error_from_response

            raise error_from_response(self)


class HttpxResponse(_ResponseCommon, HttpResponse):
    """A sync ``httpx2.Response`` as an azure-core ``HttpResponse``."""

    def __enter__(self) -> HttpxResponse:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    def close(self) -> None:
        self.httpx_response.close()

    def read(self) -> bytes:
        return self.httpx_response.read()

    def iter_raw(self, **kwargs: Any) -> Iterator[bytes]:
        return self.httpx_response.iter_raw(**kwargs)

    def iter_bytes(self, **kwargs: Any) -> Iterator[bytes]:
        return self.httpx_response.iter_bytes(**kwargs)


class AsyncHttpxResponse(_ResponseCommon, AsyncHttpResponse):
    """An async ``httpx2.Response`` as an azure-core ``AsyncHttpResponse``."""

    async def __aenter__(self) -> AsyncHttpxResponse:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.close()

    async def close(self) -> None:
        await self.httpx_response.aclose()

    async def read(self) -> bytes:
        return await self.httpx_response.aread()

    async def iter_raw(self, **kwargs: Any) -> AsyncIterator[bytes]:
        async for chunk in self.httpx_response.aiter_raw(**kwargs):
            yield chunk

    async def iter_bytes(self, **kwargs: Any) -> AsyncIterator[bytes]:
        async for chunk in self.httpx_response.aiter_bytes(**kwargs):
            yield chunk


class HttpxSender(HttpTransport[HttpRequest, HttpxResponse]):
    """azure-core's last step: sends with an httpx2 transport (connection pool, TLS, HTTP/1.1)."""

    def __init__(self, transport: httpx2.BaseTransport) -> None:
        self._transport = transport

    def send(self, request: HttpRequest, **kwargs: Any) -> HttpxResponse:
        outgoing = _outgoing(request, kwargs[_HTTPX_REQUEST])
        try:
            response = self._transport.handle_request(outgoing)
        except httpx2.TransportError as exc:
            raise _transport_error(exc) from exc
        response.stream = _AzureErrorStream(response.stream)  # type: ignore[arg-type]
        if response.status_code >= 400:
            response.read()
        response.request = outgoing
        return HttpxResponse(request, response)

    def open(self) -> None:
        pass

    def close(self) -> None:
        self._transport.close()

    def __enter__(self) -> HttpxSender:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()


class AsyncHttpxSender(AsyncHttpTransport[HttpRequest, AsyncHttpxResponse]):
    """The async twin of ``HttpxSender``."""

    def __init__(self, transport: httpx2.AsyncBaseTransport) -> None:
        self._transport = transport

    async def send(self, request: HttpRequest, **kwargs: Any) -> AsyncHttpxResponse:
        outgoing = _outgoing(request, kwargs[_HTTPX_REQUEST])
        try:
            response = await self._transport.handle_async_request(outgoing)
        except httpx2.TransportError as exc:
            raise _transport_error(exc) from exc
        response.stream = _AsyncAzureErrorStream(response.stream)  # type: ignore[arg-type]
        if response.status_code >= 400:
            await response.aread()
        response.request = outgoing
        return AsyncHttpxResponse(request, response)

    async def open(self) -> None:
        pass

    async def close(self) -> None:
        await self._transport.aclose()

    async def __aenter__(self) -> AsyncHttpxSender:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.close()


class PipelineTransport(httpx2.BaseTransport):
    """An httpx2 transport that runs each request through an azure-core ``Pipeline``; ``options`` are
    passed to every run (e.g. ``enforce_https=False`` for a loopback endpoint)."""

    def __init__(self, pipeline: Pipeline[HttpRequest, HttpxResponse], options: dict[str, Any]) -> None:
        self._pipeline = pipeline
        self._options = options

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        options = {**self._options, **request.extensions.get(PIPELINE_OPTIONS, {}), _HTTPX_REQUEST: request}
        result = self._pipeline.run(_azure_request(request), stream=True, **options)
        response: HttpxResponse = result.http_response
        return response.httpx_response

    def close(self) -> None:
        self._pipeline.__exit__()


class AsyncPipelineTransport(httpx2.AsyncBaseTransport):
    """An async httpx2 transport that runs each request through an azure-core ``AsyncPipeline``."""

    def __init__(self, pipeline: AsyncPipeline[HttpRequest, AsyncHttpxResponse], options: dict[str, Any]) -> None:
        self._pipeline = pipeline
        self._options = options

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        options = {**self._options, **request.extensions.get(PIPELINE_OPTIONS, {}), _HTTPX_REQUEST: request}
        result = await self._pipeline.run(_azure_request(request), stream=True, **options)
        response: AsyncHttpxResponse = result.http_response
        return response.httpx_response

    async def aclose(self) -> None:
        await self._pipeline.__aexit__()
