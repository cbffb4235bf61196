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
import os
import ssl
from collections.abc import AsyncIterator, Iterator, MutableMapping
from typing import Any

import httpx2
from azure.core.exceptions import (
    DecodeError,
    ServiceRequestError,
    ServiceRequestTimeoutError,
    ServiceResponseError,
    ServiceResponseTimeoutError,
)
from azure.core.pipeline import AsyncPipeline, Pipeline
from azure.core.pipeline.transport import AsyncHttpTransport, HttpTransport
from azure.core.rest import AsyncHttpResponse, HttpRequest, HttpResponse
from azure.core.utils import case_insensitive_dict

from ._exceptions import ResponseNotReceivedError, decode_error

_HTTPX_REQUEST = "httpx_request"
PIPELINE_OPTIONS = "azopenai.pipeline_options"
"""An ``httpx2.Request`` extension: azure-core options for this request's run (``{"retry_total": 0}``)."""


def _azure_request(request: httpx2.Request) -> HttpRequest:
    try:
        content: bytes | None = request.content  # logged by azure-core's network trace policy
    except httpx2.RequestNotRead:
        content = None  # a streamed upload: left to the httpx2 request, not buffered
    # httpx2's names come lower-cased; HttpRequest makes its own case-insensitive copy of this dict
    headers = dict(request.headers.multi_items())
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


def _describe(exc: BaseException) -> str:
    """``Type: message``, never empty: async network errors often have no message of their own, so
    the first message found down their causes is used, else the chain of exception types."""
    chain: list[BaseException] = []
    cause: BaseException | None = exc
    while cause is not None and cause not in chain:
        chain.append(cause)
        cause = cause.__cause__ or cause.__context__
    detail = next((str(item) for item in chain if str(item)), "")
    if not detail:
        detail = "no message; raised from " + " <- ".join(type(item).__name__ for item in chain[1:] or chain)
    return f"{type(exc).__name__}: {detail}"


def _transport_error(exc: httpx2.TransportError, *, sending: bool = False) -> Exception:
    """The azure-core exception for an httpx2 transport error; ``sending``: raised before any response
    byte arrived (a close or reset then is a ``ResponseNotReceivedError``, retried like a refused connection)."""
    message = _describe(exc)
    if isinstance(exc, httpx2.ConnectTimeout | httpx2.PoolTimeout):
        return ServiceRequestTimeoutError(message, error=exc)
    if isinstance(exc, httpx2.TimeoutException):
        return ServiceResponseTimeoutError(message, error=exc)
    if isinstance(exc, httpx2.ConnectError | httpx2.UnsupportedProtocol | httpx2.ProxyError):
        return ServiceRequestError(message, error=exc)
    if sending and isinstance(exc, httpx2.NetworkError | httpx2.RemoteProtocolError):
        return ResponseNotReceivedError(f"no response: {message}", error=exc)
    return ServiceResponseError(message, error=exc)


def _with_deadline(request: httpx2.Request, seconds: float | None) -> httpx2.Request:
    """``request`` with its timeouts cut to ``seconds`` (what is left of the call's ``retry_timeout``)."""
    if not seconds:
        return request
    timeouts = request.extensions.get("timeout") or {}
    capped = {key: seconds if value is None else min(value, seconds) for key, value in timeouts.items()}
    request.extensions = {**request.extensions, "timeout": capped or dict.fromkeys(_TIMEOUTS, seconds)}
    return request


_TIMEOUTS = ("connect", "read", "write", "pool")


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
        outgoing = _with_deadline(_outgoing(request, kwargs[_HTTPX_REQUEST]), kwargs.get("connection_timeout"))
        try:
            response = self._transport.handle_request(outgoing)
        except httpx2.TransportError as exc:
            raise _transport_error(exc, sending=True) from exc
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
        outgoing = _with_deadline(_outgoing(request, kwargs[_HTTPX_REQUEST]), kwargs.get("connection_timeout"))
        try:
            response = await self._transport.handle_async_request(outgoing)
        except httpx2.TransportError as exc:
            raise _transport_error(exc, sending=True) from exc
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


class HttpClient(httpx2.Client):
    """The client's ``httpx2.Client``: a body that cannot be decoded (corrupt gzip) raises azure-core's
    ``DecodeError`` (status, request id) rather than ``httpx2.DecodingError``."""

    def send(self, request: httpx2.Request, *, stream: bool = False, **kwargs: Any) -> httpx2.Response:
        response = super().send(request, stream=True, **kwargs)
        if not stream:
            try:
                response.read()
            except BaseException as exc:
                response.close()
                if isinstance(exc, httpx2.DecodingError):
                    raise _undecodable(response, exc) from exc
                raise
        return response


class AsyncHttpClient(httpx2.AsyncClient):
    """The async twin of ``HttpClient``."""

    async def send(self, request: httpx2.Request, *, stream: bool = False, **kwargs: Any) -> httpx2.Response:
        response = await super().send(request, stream=True, **kwargs)
        if not stream:
            try:
                await response.aread()
            except BaseException as exc:
                await response.aclose()
                if isinstance(exc, httpx2.DecodingError):
                    raise _undecodable(response, exc) from exc
                raise
        return response


def _undecodable(response: httpx2.Response, exc: httpx2.DecodingError) -> DecodeError:
    encoding = response.headers.get("content-encoding", "")
    return decode_error(response, f"the {encoding} body could not be decoded ({_describe(exc)})", exc)


class _ProxyRouter:
    """Sends each request with the transport of the first proxy pattern its URL matches (httpx2's own
    rules: ``all://``, ``https://``, ``all://*example.com``, ...), else directly."""

    def __init__(self, direct: Any, mounts: dict[str, Any]) -> None:
        from httpx2._utils import URLPattern

        self._direct = direct
        routes = sorted(((URLPattern(key), via) for key, via in mounts.items()), key=lambda route: route[0])
        self._routes = [(pattern, direct if via is None else via) for pattern, via in routes]

    def _for(self, url: httpx2.URL) -> Any:
        for pattern, transport in self._routes:
            if pattern.matches(url):
                return transport
        return self._direct

    def _all(self) -> list[Any]:
        return [self._direct, *(transport for _, transport in self._routes if transport is not self._direct)]


class ProxyRouter(_ProxyRouter, httpx2.BaseTransport):
    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        response: httpx2.Response = self._for(request.url).handle_request(request)
        return response

    def close(self) -> None:
        for transport in self._all():
            transport.close()


class AsyncProxyRouter(_ProxyRouter, httpx2.AsyncBaseTransport):
    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        response: httpx2.Response = await self._for(request.url).handle_async_request(request)
        return response

    async def aclose(self) -> None:
        for transport in self._all():
            await transport.aclose()


Verify = bool | str | os.PathLike[str] | ssl.SSLContext
Proxy = str | httpx2.URL | httpx2.Proxy


def ssl_context(verify: object) -> ssl.SSLContext | bool:
    """``verify=`` as httpx2 takes it: ``True`` (system CAs), ``False`` (no verification), a CA bundle
    file or directory path (made into an ``ssl.SSLContext``), or an ``ssl.SSLContext``."""
    if isinstance(verify, bool | ssl.SSLContext):
        return verify
    if isinstance(verify, str | os.PathLike):
        path = os.fspath(verify)
        if os.path.isdir(path):
            return ssl.create_default_context(capath=path)
        if not os.path.isfile(path):
            raise ValueError(f"verify: no CA bundle file or directory at {path!r}")
        return ssl.create_default_context(cafile=path)
    raise TypeError(f"verify must be a bool, a CA bundle path or an ssl.SSLContext, got {type(verify).__name__}")


def make_transport(
    *, is_async: bool, verify: object, proxy: object, trust_env: bool, limits: httpx2.Limits
) -> httpx2.BaseTransport | httpx2.AsyncBaseTransport:
    """The httpx2 transport that finally sends, built as ``httpx2.Client`` builds its own: ``proxy`` for
    every request if given, else (with ``trust_env``) the proxies of ``HTTP_PROXY``, ``HTTPS_PROXY``,
    ``ALL_PROXY`` and ``NO_PROXY``; one connection pool per route, each with ``limits``."""
    if proxy is not None and not isinstance(proxy, str | httpx2.URL | httpx2.Proxy):
        raise TypeError(f"proxy must be a URL string or an httpx2.Proxy, got {type(proxy).__name__}")
    if not isinstance(trust_env, bool):
        raise TypeError(f"trust_env must be a bool, got {trust_env!r}")
    context = ssl_context(verify)
    cls: Any = httpx2.AsyncHTTPTransport if is_async else httpx2.HTTPTransport
    if proxy is not None:
        proxies: dict[str, Any] = {"all://": proxy if isinstance(proxy, httpx2.Proxy) else httpx2.Proxy(proxy)}
    elif trust_env:
        from httpx2._utils import get_environment_proxies

        proxies = {key: None if url is None else httpx2.Proxy(url) for key, url in get_environment_proxies().items()}
    else:
        proxies = {}
    direct = cls(verify=context, trust_env=trust_env, limits=limits)
    if not proxies:
        return direct  # type: ignore[no-any-return]
    mounts = {
        pattern: None if via is None else cls(verify=context, trust_env=trust_env, limits=limits, proxy=via)
        for pattern, via in proxies.items()
    }
    return (AsyncProxyRouter if is_async else ProxyRouter)(direct, mounts)
