"""The azure-core policies every request goes through, and the checks made before any is sent.

Order (as azure-core's own clients): request id, headers, user agent, retry (per retry from here on:)
network trace logging, credential, custom hook (a call's ``raw_response_hook``), tracing, sensitive-header
cleanup, HTTP logging; the request id, headers and user agent policies (request-side only) run as one
step (``RequestHeadersPolicy``). The network trace logger (bodies and headers at DEBUG) is in the pipeline
only with the client's ``logging_enable=True`` (the methods take no per-call ``logging_enable``); it
sits *before* the credential policy,
and the credential policy takes its header off again once the attempt is sent, so the ``api-key`` /
``Authorization`` header is never in what it logs, on any attempt; ``HttpLoggingPolicy`` redacts
every header outside its allow-list. The credential is added only to requests for the endpoint's own
origin (scheme, host, port).
"""

from __future__ import annotations

import functools
import ipaddress
import logging
import sys
import time
import uuid
from typing import Any
from urllib.parse import urlsplit

from azure.core.credentials import AzureKeyCredential, TokenCredential
from azure.core.credentials_async import AsyncTokenCredential
from azure.core.exceptions import (
    ServiceRequestError,
    ServiceRequestTimeoutError,
    ServiceResponseTimeoutError,
)
from azure.core.pipeline import PipelineRequest, PipelineResponse
from azure.core.pipeline.policies import (
    AsyncBearerTokenCredentialPolicy,
    AsyncHTTPPolicy,
    AsyncRetryPolicy,
    AzureKeyCredentialPolicy,
    BearerTokenCredentialPolicy,
    CustomHookPolicy,
    DistributedTracingPolicy,
    HeadersPolicy,
    HttpLoggingPolicy,
    HTTPPolicy,
    NetworkTraceLoggingPolicy,
    RequestIdPolicy,
    RetryPolicy,
    SansIOHTTPPolicy,
    SensitiveHeaderCleanupPolicy,
    UserAgentPolicy,
)
from azure.core.pipeline.policies._utils import parse_retry_after

from ._exceptions import (
    RequestBodyNotReplayableError,
    ResponseNotReceivedError,
    RetryAfterTooLongError,
    error_from_response,
)
from ._version import VERSION

_LOGGER = logging.getLogger("azopenai")

SCOPE = "https://cognitiveservices.azure.com/.default"
RETRY_STATUS_CODES = frozenset({408, 429, 500, 502, 503, 504})
SDK_MONIKER = f"azopenai/{VERSION}"


class ClientRequestIdPolicy(RequestIdPolicy):
    """azure-core's ``RequestIdPolicy`` with a random (version 4) ``x-ms-client-request-id``: its own
    ``uuid1`` costs twice as much per request and carries the host's clock and MAC address. A
    ``request_id`` option or a header the caller set still wins."""

    def on_request(self, request: PipelineRequest[Any]) -> None:
        if "request_id" in request.context.options or self._request_id_header_name in request.http_request.headers:
            super().on_request(request)
        else:
            request.http_request.headers[self._request_id_header_name] = str(uuid.uuid4())


class RequestHeadersPolicy(SansIOHTTPPolicy):  # type: ignore[type-arg]
    """The request id, headers and user agent policies as one pipeline step (each runs as it would on its
    own, in this order): a step less for the pipeline to run per request, in sync and async clients."""

    def __init__(self, *steps: SansIOHTTPPolicy) -> None:  # type: ignore[type-arg]
        self._steps = [step.on_request for step in steps]

    def on_request(self, request: PipelineRequest[Any]) -> None:
        for step in self._steps:
            step(request)


class _RetryRules:
    """This API's retry rules, on top of azure-core's retry policies.

    * 408, 429, 500, 502, 503 and 504 are retried for every method (azure-core retries POST only on
      500/503/504 or with a ``Retry-After`` header; Azure OpenAI's 429s often carry only ``retry-after-ms``);
    * a connection failure before the request was sent (refused, DNS, TLS, connect or pool timeout) and
      a connection closed or reset after it was sent but before any response byte
      (``ResponseNotReceivedError``) are retried for every method, POST included: the service answered
      nothing. A read timeout while waiting for the answer, and a failure after part of a response
      arrived, are not retried (the service may have done the work);
    * the wait the service asks for is read from ``retry-after-ms``, ``x-ms-retry-after-ms``, then
      ``Retry-After`` (the millisecond headers are the precise ones; an unreadable value is ignored);
      a wait longer than ``retry_after_max`` raises ``RetryAfterTooLongError`` at once (Azure asks
      for up to a day when a quota is exhausted);
    * ``timeout`` (the client's ``retry_timeout``) bounds the whole call, retries and waits
      included: no attempt starts, and no wait is begun, that would end after it;
    * each retry is logged on the ``azopenai`` logger at INFO: the status or error, the attempt and
      the wait.
    """

    retry_after_max: float
    has_deadline: bool  # retry_timeout was given (azure-core's own default is 7 days)
    timeout: int  # as RetryPolicyBase declares it; a float of seconds in fact

    def configure_retries(self, options: dict[str, Any]) -> dict[str, Any]:
        settings: dict[str, Any] = super().configure_retries(options)  # type: ignore[misc]
        settings["azopenai_retries"] = settings["total"]
        settings["azopenai_deadline"] = time.monotonic() + settings["timeout"]
        return settings

    def _is_method_retryable(self, settings: dict[str, Any], request: Any, response: Any = None) -> bool:
        if response is not None and response.status_code in RETRY_STATUS_CODES:
            return True
        # azure-core asks without a response from inside ``except AzureError as err``: err is the
        # exception being handled (the policy does not pass it).
        error = sys.exc_info()[1] if response is None else None
        if isinstance(error, ServiceRequestError) and not isinstance(error, RequestBodyNotReplayableError):
            return True
        if isinstance(error, ResponseNotReceivedError):
            return True
        return super()._is_method_retryable(settings, request, response)  # type: ignore[misc,no-any-return]

    def get_retry_after(self, response: PipelineResponse[Any, Any]) -> float | None:
        """The wait in seconds the response asks for before a retry, ``None`` if it names none (a wait
        over ``retry_after_max`` never gets here: ``increment`` raises)."""
        headers = response.http_response.headers
        for name, scale in (("retry-after-ms", 1000.0), ("x-ms-retry-after-ms", 1000.0), ("retry-after", 1.0)):
            value = headers.get(name)
            if value:
                try:
                    wait = parse_retry_after(value) / scale
                except (ValueError, OverflowError):  # not a number nor a date, or a date out of range
                    continue
                return wait
        return None

    def increment(self, settings: dict[str, Any], response: Any = None, error: Exception | None = None) -> bool:
        answered = error is None and isinstance(response, PipelineResponse)
        wait = self.get_retry_after(response) if answered else None
        if wait is not None and wait > self.retry_after_max:
            raise retry_after_too_long(response.http_response, wait, self.retry_after_max)
        if not super().increment(settings, response, error):  # type: ignore[misc]
            return False
        if not wait:
            wait = self.get_backoff_time(settings)  # type: ignore[attr-defined]
        if time.monotonic() + wait >= settings["azopenai_deadline"]:
            return False  # the retry could not start before the deadline: the last answer stands
        attempt = settings["azopenai_retries"] - settings["total"]
        request = response.http_request
        what = (
            f"{response.http_response.status_code} {response.http_response.reason}"
            if answered
            else f"{type(error).__name__}: {error}"
        )
        _LOGGER.info(
            "%s %s failed (%s); retry %d of %d in %.2f s",
            request.method,
            request.url,
            what,
            attempt,
            settings["azopenai_retries"],
            wait,
        )
        return True

    def _configure_timeout(self, request: Any, absolute_timeout: float, is_response_error: bool) -> None:
        """Before each attempt: refuse it once the deadline passed; otherwise hand what is left of it to
        the sender (``connection_timeout``), which cuts the attempt's httpx2 timeouts to it."""
        try:
            super()._configure_timeout(request, absolute_timeout, is_response_error)  # type: ignore[misc]
        except (ServiceRequestTimeoutError, ServiceResponseTimeoutError) as exc:
            exc.message = f"the call's overall timeout (retry_timeout={self.timeout} s) passed before a retry"
            exc.args = (exc.message,)
            raise
        if self.has_deadline:
            current = request.context.options.get("connection_timeout")
            request.context.options["connection_timeout"] = min(current or absolute_timeout, absolute_timeout)


def retry_after_too_long(response: Any, wait: float, limit: float) -> RetryAfterTooLongError:
    error = error_from_response(response, RetryAfterTooLongError)
    assert isinstance(error, RetryAfterTooLongError)
    error.retry_after = wait
    error.message = (
        f"the service asked to wait {wait:.0f} s before retrying, longer than retry_backoff_max={limit:g} s: "
        f"{error.message}"
    )
    error.args = (error.message,)
    return error


_STATUS_CODES: dict[frozenset[int], set[int]] = {}


def _shared(codes: set[int]) -> set[int]:
    """One set for all policies with the same retried status codes: azure-core builds a ~500-code set
    per policy (16 KiB per client); none of it changes after ``__init__``."""
    return _STATUS_CODES.setdefault(frozenset(codes), codes)


class ApiRetryPolicy(_RetryRules, RetryPolicy):  # type: ignore[type-arg]
    def __init__(self, *, retry_after_max: float, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._retry_on_status_codes = _shared(self._retry_on_status_codes)
        self.retry_after_max = retry_after_max
        self.has_deadline = "timeout" in kwargs


class AsyncApiRetryPolicy(_RetryRules, AsyncRetryPolicy):  # type: ignore[type-arg]
    def __init__(self, *, retry_after_max: float, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._retry_on_status_codes = _shared(self._retry_on_status_codes)
        self.retry_after_max = retry_after_max
        self.has_deadline = "timeout" in kwargs


@functools.lru_cache(maxsize=256)
def origin(url: str) -> tuple[str, str, int | None]:
    """(scheme, host, port) of ``url``, lower-cased, the default port made explicit."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    return scheme, (parts.hostname or "").lower(), port or {"http": 80, "https": 443}.get(scheme)


class _OwnOrigin:
    """Runs the credential policy only for requests to the client's own origin (scheme, host, port):
    a request that ``http_client`` sends elsewhere, or a redirect to another origin, goes without it.
    The credential header is taken off the request again once the attempt is sent, so the next
    attempt's network trace (``logging_enable=True``), which runs before this policy, never sees it."""

    def __init__(self, auth: Any, endpoint: str, header: str) -> None:
        self._auth = auth
        self._sans_io = isinstance(auth, SansIOHTTPPolicy)  # the key policy; the bearer ones send
        self._origin = origin(endpoint)
        self._header = header
        self._next: Any = None

    @property
    def next(self) -> Any:
        return self._next

    @next.setter
    def next(self, policy: Any) -> None:
        self._next = policy
        if not self._sans_io:
            self._auth.next = policy

    def _applies(self, request: PipelineRequest[Any]) -> bool:
        return origin(request.http_request.url) == self._origin

    def _restore(self, request: PipelineRequest[Any], before: str | None) -> None:
        headers = request.http_request.headers
        if before is None:
            headers.pop(self._header, None)
        else:
            headers[self._header] = before


class OwnOriginCredentialPolicy(_OwnOrigin, HTTPPolicy):  # type: ignore[type-arg]
    def send(self, request: PipelineRequest[Any]) -> PipelineResponse[Any, Any]:
        if not self._applies(request):
            return self._next.send(request)  # type: ignore[no-any-return]
        before = request.http_request.headers.get(self._header)
        try:
            if self._sans_io:
                self._auth.on_request(request)
                return self._next.send(request)  # type: ignore[no-any-return]
            return self._auth.send(request)  # type: ignore[no-any-return]
        finally:
            self._restore(request, before)


class AsyncOwnOriginCredentialPolicy(_OwnOrigin, AsyncHTTPPolicy):  # type: ignore[type-arg]
    async def send(self, request: PipelineRequest[Any]) -> PipelineResponse[Any, Any]:
        if not self._applies(request):
            return await self._next.send(request)  # type: ignore[no-any-return]
        before = request.http_request.headers.get(self._header)
        try:
            if self._sans_io:
                self._auth.on_request(request)
                return await self._next.send(request)  # type: ignore[no-any-return]
            return await self._auth.send(request)  # type: ignore[no-any-return]
        finally:
            self._restore(request, before)


def check_endpoint(endpoint: object, *, allow_insecure_http: bool, openai: bool = False) -> str:
    """The endpoint without a trailing slash; ``ValueError`` unless it is an absolute http(s) URL without
    query or fragment, and for plain ``http`` unless the host is loopback or the caller opted in.

    An Azure endpoint pasted with the API's own path is normalised (``https://<res>.openai.azure.com/openai``
    -> ``https://<res>.openai.azure.com``) or, with a deployment in it (``.../openai/deployments/<name>...``),
    refused with a message saying what to pass instead."""
    if not isinstance(endpoint, str) or not endpoint:
        raise TypeError(
            f"endpoint must be a URL string such as 'https://<resource>.openai.azure.com', got {endpoint!r}"
        )
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(
            f"endpoint must be an absolute http(s) URL such as 'https://<resource>.openai.azure.com', got {endpoint!r}"
        )
    if parts.query or parts.fragment:
        raise ValueError(f"endpoint must not have a query or fragment (the client adds api-version), got {endpoint!r}")
    if parts.scheme == "http" and not allow_insecure_http and not is_loopback(parts.hostname):
        raise ValueError(
            f"endpoint {endpoint!r} uses plain http: the credential would be sent unencrypted. "
            "Use https, or pass allow_insecure_http=True to send it anyway."
        )
    path = parts.path.rstrip("/")
    if not openai:
        segments = path.split("/")
        if "openai" in segments:
            at = segments.index("openai")
            root = f"{parts.scheme}://{parts.netloc}{'/'.join(segments[:at])}"
            if at + 1 < len(segments):
                raise ValueError(
                    f"endpoint must be the resource URL, such as {root!r}, not an operation URL ({endpoint!r}): "
                    "the client adds /openai/deployments/<deployment>/...; pass the deployment name as deployment="
                )
            return root
    return f"{parts.scheme}://{parts.netloc}{path}"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def credential_policy(credential: object, *, endpoint: str, openai: bool, is_async: bool) -> Any:
    """The policy that authenticates each request to ``endpoint``'s origin with ``credential`` (a
    ``str`` is taken as an API key)."""
    if credential is None:
        raise TypeError(
            "credential is required: an API key (str or azure.core.credentials.AzureKeyCredential) or a TokenCredential"
        )
    if isinstance(credential, str):
        if not credential:
            raise ValueError("credential: the API key is an empty string")
        credential = AzureKeyCredential(credential)
    auth: Any
    if isinstance(credential, AzureKeyCredential):
        header = "Authorization" if openai else "api-key"
        if openai:
            auth = AzureKeyCredentialPolicy(credential, header, prefix="Bearer")
        else:
            auth = AzureKeyCredentialPolicy(credential, header)
    elif openai:
        raise TypeError("Client.for_openai takes the OpenAI API key (a str or an AzureKeyCredential)")
    elif is_async:
        if not isinstance(credential, AsyncTokenCredential):
            raise TypeError(
                "azopenai.aio.Client needs an API key (str or AzureKeyCredential) or an async TokenCredential "
                f"(azure.identity.aio), got {type(credential).__name__}"
            )
        auth, header = AsyncBearerTokenCredentialPolicy(credential, SCOPE), "Authorization"
    elif not isinstance(credential, TokenCredential):
        raise TypeError(
            "credential must be an API key (str or AzureKeyCredential) or a TokenCredential, "
            f"got {type(credential).__name__}"
        )
    else:
        auth, header = BearerTokenCredentialPolicy(credential, SCOPE), "Authorization"
    wrapper = AsyncOwnOriginCredentialPolicy if is_async else OwnOriginCredentialPolicy
    return wrapper(auth, endpoint, header)


def policies(
    auth: Any,
    *,
    is_async: bool,
    retry_total: int,
    retry_backoff_factor: float,
    retry_backoff_max: float,
    retry_timeout: float | None,
    logging_enable: bool,
    user_agent: str | None,
    headers: dict[str, str] | None,
) -> list[Any]:
    retry_cls = AsyncApiRetryPolicy if is_async else ApiRetryPolicy
    deadline = {} if retry_timeout is None else {"timeout": retry_timeout}
    retry = retry_cls(
        retry_total=retry_total,
        retry_backoff_factor=retry_backoff_factor,
        retry_backoff_max=retry_backoff_max,
        retry_after_max=retry_backoff_max,
        **deadline,
    )
    # user_agent_overwrite: httpx2 puts its own User-Agent on every request; ours (with the caller's
    # ``user_agent`` prefix) replaces it: azsdk-python-azopenai/<version> Python/<version> (<platform>).
    agent = UserAgentPolicy(sdk_moniker=SDK_MONIKER, user_agent=user_agent, user_agent_overwrite=True)
    trace = [NetworkTraceLoggingPolicy(logging_enable=True)] if logging_enable else []
    return [
        RequestHeadersPolicy(ClientRequestIdPolicy(), HeadersPolicy(headers or {}), agent),
        retry,
        *trace,
        auth,
        CustomHookPolicy(),  # a call's raw_response_hook=, per attempt (where azure-core's clients have it)
        DistributedTracingPolicy(),
        SensitiveHeaderCleanupPolicy(),
        HttpLoggingPolicy(),
    ]
