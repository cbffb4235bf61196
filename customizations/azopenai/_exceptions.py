"""Errors raised by the client: azure-core exceptions, plus the Azure OpenAI specific ones.

    azure.core.exceptions.AzureError
     ├── HttpResponseError                 the service answered with a non-2xx status
     │    ├── ClientAuthenticationError    401, 403
     │    ├── ResourceNotFoundError        404
     │    ├── ContentFilterError           400, error code "content_filter" (images: "content_policy_violation")
     │    ├── RetryAfterTooLongError       the service asked to wait longer than ``retry_backoff_max``
     │    ├── StreamEventError             a ``data: {"error": ...}`` event inside a stream
     │    └── DecodeError                  a 2xx whose body is not what the operation returns
     │                                     (invalid, truncated or empty JSON, wrong shape, corrupt gzip)
     ├── ServiceRequestError               the request could not be sent (connection refused, DNS, ...)
     │    └── RequestBodyNotReplayableError  a retry of an upload read from a non-seekable stream
     └── ServiceResponseError              the response could not be read
          ├── ResponseNotReceivedError     the connection closed after the request, before any response byte
          ├── StreamInterruptedError       the connection dropped (or stalled past the read timeout)
          │                                in the middle of a stream
          └── IncompleteStreamError        the stream ended without its ``data: [DONE]`` event

``HttpResponseError`` carries ``status_code``, ``reason``, ``response`` and ``error`` (ODataV4:
``code``, ``message``, ``innererror``); its message names the request id the service gave.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from azure.core.exceptions import (
    AzureError,
    ClientAuthenticationError,
    DecodeError,
    HttpResponseError,
    ResourceNotFoundError,
    ServiceRequestError,
    ServiceResponseError,
)

if TYPE_CHECKING:
    from azopenai_generated.models import ContentFilterPromptResults

__all__ = [
    "AzureError",
    "ClientAuthenticationError",
    "ContentFilterError",
    "DecodeError",
    "HttpResponseError",
    "RequestBodyNotReplayableError",
    "IncompleteStreamError",
    "ResourceNotFoundError",
    "ResponseNotReceivedError",
    "RetryAfterTooLongError",
    "ServiceRequestError",
    "ServiceResponseError",
    "StreamEventError",
    "StreamInterruptedError",
]

REQUEST_ID_HEADERS = ("apim-request-id", "x-request-id", "x-ms-request-id")
CONTENT_FILTER_CODES = ("content_filter", "content_policy_violation")


class ContentFilterError(HttpResponseError):
    """The prompt (or the completion) was refused by Azure's content filter (HTTP 400, code
    ``content_filter``; for images ``content_policy_violation``).

    ``content_filter_results`` holds the per-category results from the error's ``innererror``
    (``hate``, ``self_harm``, ``sexual``, ``violence``, ``jailbreak``, ``profanity``, ...), or ``None``
    when the service sent none.
    """

    content_filter_results: ContentFilterPromptResults | None = None


class RetryAfterTooLongError(HttpResponseError):
    """The service answered a retryable status (429, 503, ...) asking to wait longer than the client's
    ``retry_backoff_max`` (Azure asks for up to a day when a quota is exhausted): raised at once
    instead of sleeping. ``retry_after`` is the wait asked for, in seconds; ``status_code``, ``error``
    and the request id are the service's answer's."""

    retry_after: float


class ResponseNotReceivedError(ServiceResponseError):
    """The request was sent but the connection closed (or was reset) before any byte of a response:
    retried like a connection failure, also for POST (the service answered nothing)."""


class StreamEventError(HttpResponseError):
    """The service sent ``data: {"error": {...}}`` in the middle of a stream.

    ``error`` holds the event's code and message; ``status_code`` is the stream's HTTP status (200).
    """


class StreamInterruptedError(ServiceResponseError):
    """The connection dropped while a stream was being read; the chunks already yielded are all there is."""


class RequestBodyNotReplayableError(ServiceRequestError):
    """A retry (after 429/5xx) could not be sent: the upload came from a non-seekable stream that was
    already sent once. Pass a path, bytes or a seekable file to get retries."""


class IncompleteStreamError(ServiceResponseError):
    """The stream's body ended without ``data: [DONE]``: the answer may be truncated."""


def request_id(headers: Any) -> str | None:
    """The request id the service gave (``apim-request-id`` first), if any."""
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return str(value)
    return None


def _with_request_id(error: AzureError, headers: Any) -> AzureError:
    rid = request_id(headers)
    if rid:
        error.message = f"{error.message}\nRequest id: {rid}"
        error.args = (error.message, *error.args[1:])
    return error


def _problem(exc: BaseException) -> str:
    """What went wrong in a few words: the exception's message, else its type."""
    return str(exc) or type(exc).__name__


@contextmanager
def decoding(response: Any, what: str) -> Iterator[None]:
    """Turn a failure to read or parse the 2xx ``response`` (an ``httpx2.Response``) into azure-core's
    ``DecodeError`` with the status, the request id and what was wrong: ``json.JSONDecodeError``,
    the ``KeyError``/``ValueError``/``TypeError`` of a model given the wrong shape, a corrupt
    content encoding (``httpx2.DecodingError``). ``what`` names what was being read."""
    import httpx2

    try:
        yield
    except (ValueError, KeyError, TypeError, AttributeError, httpx2.DecodingError) as exc:
        if isinstance(exc, AzureError):
            raise
        raise decode_error(response, f"{what}: {_problem(exc)}", exc) from exc


def decode_error(response: Any, problem: str, exc: BaseException | None = None) -> DecodeError:
    """A ``DecodeError`` for the 2xx ``response`` (an ``httpx2.Response``) whose body could not be
    used: ``status_code``, ``reason``, ``response`` set, the request id in the message."""
    message = f"unreadable response (status {response.status_code}): {problem}"
    rid = request_id(response.headers)
    if rid:
        message = f"{message}\nRequest id: {rid}"
    error = DecodeError(message=message, error=exc)
    error.response = response
    error.status_code = response.status_code
    error.reason = getattr(response, "reason_phrase", None)
    return error


def error_from_response(response: Any, cls: type[HttpResponseError] | None = None) -> HttpResponseError:
    """The azure-core exception for a non-2xx ``response`` (an ``azure.core.rest.HttpResponse``),
    its body already read. A body that is not JSON still gives a readable message. ``cls`` overrides
    the class chosen from the status."""
    status = response.status_code
    try:
        body = json.loads(response.text() or "null")
    except ValueError:
        body = None
    detail = body.get("error") if isinstance(body, dict) else None
    detail = detail if isinstance(detail, dict) else {}
    code = detail.get("code")
    text = (response.text() or "").strip()
    fallback = f"Operation returned status {status} ({response.reason})" + (f": {text[:500]}" if text else "")
    if cls is not None:
        pass
    elif status in (401, 403):
        cls = ClientAuthenticationError
    elif status == 404:
        cls = ResourceNotFoundError
    elif status == 400 and code in CONTENT_FILTER_CODES:
        cls = ContentFilterError
    else:
        cls = HttpResponseError
    error = cls(message=fallback, response=response)
    if isinstance(error, ContentFilterError):
        inner = detail.get("innererror") or detail.get("inner_error") or {}
        results = inner.get("content_filter_result") or inner.get("content_filter_results")
        if isinstance(results, dict):
            from azopenai_generated.models import ContentFilterPromptResults

            error.content_filter_results = ContentFilterPromptResults.from_dict(results)
    if error.error is None or not error.error.message:
        error.message = fallback
        error.args = (fallback,)
    _with_request_id(error, response.headers)
    return error


def stream_event_error(event: dict[str, Any], response: Any) -> StreamEventError:
    """The exception for an ``{"error": {...}}`` event read from the stream of ``response`` (the
    ``httpx2.Response`` being streamed): ``.error`` holds the event's code and message."""
    from azure.core.exceptions import ODataV4Format

    error = StreamEventError(message=f"error event in stream: {json.dumps(event)[:500]}")
    error.response = response
    error.status_code = response.status_code
    error.reason = getattr(response, "reason_phrase", None)
    error.error = ODataV4Format(event)
    error.message = f"error event in stream: {error.error}"
    error.args = (error.message,)
    _with_request_id(error, response.headers)
    return error
