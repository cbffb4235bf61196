"""The azure-core policies every request goes through, and the checks made before any is sent.

Order (as azure-core's own clients): request id, headers, user agent, retry (per retry from here on:)
network trace logging, credential, custom hook (a call's ``raw_response_hook``), tracing, sensitive-header
cleanup, HTTP logging. The network trace
logger (``logging_enable=True``, bodies and headers at DEBUG) sits *before* the credential policy, so
the ``api-key`` / ``Authorization`` header is never in what it logs; ``HttpLoggingPolicy`` redacts
every header outside its allow-list.
"""

from __future__ import annotations

import ipaddress
from typing import Any
from urllib.parse import urlsplit

from azure.core.credentials import AzureKeyCredential, TokenCredential
from azure.core.credentials_async import AsyncTokenCredential
from azure.core.pipeline import PipelineResponse
from azure.core.pipeline.policies import (
    AsyncBearerTokenCredentialPolicy,
    AsyncRetryPolicy,
    AzureKeyCredentialPolicy,
    BearerTokenCredentialPolicy,
    CustomHookPolicy,
    DistributedTracingPolicy,
    HeadersPolicy,
    HttpLoggingPolicy,
    NetworkTraceLoggingPolicy,
    RequestIdPolicy,
    RetryPolicy,
    SensitiveHeaderCleanupPolicy,
    UserAgentPolicy,
)
from azure.core.pipeline.policies._utils import parse_retry_after

from ._version import VERSION

SCOPE = "https://cognitiveservices.azure.com/.default"
RETRY_STATUS_CODES = frozenset({408, 429, 500, 502, 503, 504})
SDK_MONIKER = f"azopenai/{VERSION}"


class _RetryRules:
    """This API's retry rules, on top of azure-core's retry policies.

    * 408, 429, 500, 502, 503 and 504 are retried for every method (azure-core retries POST only on
      500/503/504 or with a ``Retry-After`` header; Azure OpenAI's 429s often carry only ``retry-after-ms``);
    * the wait the service asks for is read from ``retry-after-ms``, ``x-ms-retry-after-ms``, then
      ``Retry-After`` (the millisecond headers are the precise ones), capped at ``retry_after_max``
      seconds: Azure has sent 24-hour ``Retry-After`` values.
    """

    retry_after_max: float

    def _is_method_retryable(self, settings: dict[str, Any], request: Any, response: Any = None) -> bool:
        if response is not None and response.status_code in RETRY_STATUS_CODES:
            return True
        return super()._is_method_retryable(settings, request, response)  # type: ignore[misc,no-any-return]

    def get_retry_after(self, response: PipelineResponse[Any, Any]) -> float | None:
        headers = response.http_response.headers
        for name, scale in (("retry-after-ms", 1000.0), ("x-ms-retry-after-ms", 1000.0), ("retry-after", 1.0)):
            value = headers.get(name)
            if value:
                try:
                    return min(parse_retry_after(value) / scale, self.retry_after_max)
                except ValueError:
                    continue
        return None


class ApiRetryPolicy(_RetryRules, RetryPolicy):  # type: ignore[type-arg]
    def __init__(self, *, retry_after_max: float, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.retry_after_max = retry_after_max


class AsyncApiRetryPolicy(_RetryRules, AsyncRetryPolicy):  # type: ignore[type-arg]
    def __init__(self, *, retry_after_max: float, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.retry_after_max = retry_after_max


def check_endpoint(endpoint: object, *, allow_insecure_http: bool) -> str:
    """The endpoint without a trailing slash; ``ValueError`` unless it is an absolute http(s) URL, and for
    plain ``http`` unless the host is loopback or the caller opted in."""
    if not isinstance(endpoint, str) or not endpoint:
        raise TypeError(
            f"endpoint must be a URL string such as 'https://<resource>.openai.azure.com', got {endpoint!r}"
        )
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(
            f"endpoint must be an absolute http(s) URL such as 'https://<resource>.openai.azure.com', got {endpoint!r}"
        )
    if parts.scheme == "http" and not allow_insecure_http and not is_loopback(parts.hostname):
        raise ValueError(
            f"endpoint {endpoint!r} uses plain http: the credential would be sent unencrypted. "
            "Use https, or pass allow_insecure_http=True to send it anyway."
        )
    return endpoint.rstrip("/")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def credential_policy(credential: object, *, openai: bool, is_async: bool) -> Any:
    """The policy that authenticates each request with ``credential``."""
    if credential is None:
        raise TypeError("credential is required: an azure.core.credentials.AzureKeyCredential or a TokenCredential")
    if isinstance(credential, AzureKeyCredential):
        if openai:
            return AzureKeyCredentialPolicy(credential, "Authorization", prefix="Bearer")
        return AzureKeyCredentialPolicy(credential, "api-key")
    if openai:
        raise TypeError("Client.for_openai takes an AzureKeyCredential holding the OpenAI API key")
    if is_async:
        if not isinstance(credential, AsyncTokenCredential):
            raise TypeError(
                "azopenai.aio.Client needs an AzureKeyCredential or an async TokenCredential "
                f"(azure.identity.aio), got {type(credential).__name__}"
            )
        return AsyncBearerTokenCredentialPolicy(credential, SCOPE)
    if not isinstance(credential, TokenCredential):
        raise TypeError(
            f"credential must be an AzureKeyCredential or a TokenCredential, got {type(credential).__name__}"
        )
    return BearerTokenCredentialPolicy(credential, SCOPE)


def policies(
    auth: Any,
    *,
    is_async: bool,
    retry_total: int,
    retry_backoff_factor: float,
    retry_backoff_max: float,
    logging_enable: bool,
    user_agent: str | None,
    headers: dict[str, str] | None,
) -> list[Any]:
    retry_cls = AsyncApiRetryPolicy if is_async else ApiRetryPolicy
    retry = retry_cls(
        retry_total=retry_total,
        retry_backoff_factor=retry_backoff_factor,
        retry_backoff_max=retry_backoff_max,
        retry_after_max=retry_backoff_max,
    )
    # user_agent_overwrite: httpx2 puts its own User-Agent on every request; ours (with the caller's
    # ``user_agent`` prefix) replaces it: azsdk-python-azopenai/<version> Python/<version> (<platform>).
    agent = UserAgentPolicy(sdk_moniker=SDK_MONIKER, user_agent=user_agent, user_agent_overwrite=True)
    return [
        RequestIdPolicy(),
        HeadersPolicy(headers or {}),
        agent,
        retry,
        NetworkTraceLoggingPolicy(logging_enable=logging_enable),
        auth,
        CustomHookPolicy(),  # a call's raw_response_hook=, per attempt (where azure-core's clients have it)
        DistributedTracingPolicy(),
        SensitiveHeaderCleanupPolicy(),
        HttpLoggingPolicy(),
    ]
