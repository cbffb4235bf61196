"""What the sync and async clients share: configuration, request building, result parsing.

A call is ``deployment`` + the operation's request-body fields as keywords (wire names; typed models
or plain dicts), checked against the spec's request shapes before anything is sent (``_validation``),
+ ``extra_body=`` / ``extra_query=``: fields newer than the pinned spec, merged in unchecked.
"""

from __future__ import annotations

import base64
import json
import math
import sys
from array import array
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Any, Final
from urllib.parse import quote

import httpx2
from azopenai_generated import operations
from azopenai_generated.operations import Operation
from azure.core.exceptions import AzureError, HttpResponseError
from azure.core.pipeline import PipelineResponse
from azure.core.rest import HttpRequest

from ._exceptions import decoding, error_from_response
from ._pipeline import check_endpoint, credential_policy, policies
from ._telemetry import Telemetry
from ._transport import PIPELINE_OPTIONS, HttpxResponse
from ._validation import check_request

DEFAULT_API_VERSION: Final = operations.API_VERSION
OPENAI_ENDPOINT: Final = "https://api.openai.com/v1"
DEFAULT_TIMEOUT: Final = httpx2.Timeout(600.0, connect=10.0)
DEFAULT_LIMITS: Final = httpx2.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=30.0)
"""The connection pool of every transport the client builds itself: up to 100 connections, every one kept alive (so a
burst of 100 requests in flight re-uses them on the next burst instead of re-opening 80, as httpx2's
default of 20 idle connections would), each closed after 30 s idle (well under the 4 minutes after
which Azure's load balancers drop an idle connection). More requests in flight wait for a free
connection, within the timeout's ``pool`` part."""

Headers = dict[str, str] | None
Timeout = float | httpx2.Timeout | None
RawResponseHook = Callable[[PipelineResponse[HttpRequest, Any]], None]
"""Called by azure-core (``CustomHookPolicy``) with each attempt's response, headers received, body not
yet read; a plain function for ``aio`` clients too (azure-core does not await it)."""
ExtraBody = Mapping[str, object] | None
"""``extra_body=``: fields merged into the JSON body after the checks, unchecked (for fields newer than
the pinned spec); a key given here replaces a keyword's value."""
ExtraQuery = Mapping[str, str] | None
"""``extra_query=``: query parameters added to the request URL, unchecked."""

_DEPLOYMENT: Final = "/deployments/{deployment_id}/"


class OperationNotAvailableError(AzureError, NotImplementedError):
    """The operation is not in the API version this azopenai was generated from; raised before anything
    is sent. ``operation`` and ``api_version`` say which."""

    def __init__(self, operation: str, api_version: str) -> None:
        super().__init__(f"{operation}() is not part of Azure OpenAI API version {api_version}")
        self.operation = operation
        self.api_version = api_version


def operation(name: str) -> Operation:
    """The generated table's operation ``name``; ``OperationNotAvailableError`` naming the API version
    when the spec this package was generated from has no such operation."""
    found = operations.OPERATIONS.get(name)
    if found is None:
        raise OperationNotAvailableError(name, operations.API_VERSION)
    return found


def deployment_path(operation: Operation) -> str:
    """The operation's path after ``/deployments/{deployment_id}/``: the OpenAI endpoint's path too."""
    return operation.path.removeprefix(_DEPLOYMENT)


@cache
def result_type(name: str, index: int = 0) -> Any:
    """The generated class of operation ``name``'s result: its ``index``-th 200 model in the table (-1:
    the last, a chat completion stream's chunk), imported on first use."""
    return model(operation(name).result_models[index])


@cache
def request_type(name: str) -> Any:
    """The generated class of operation ``name``'s request body, imported on first use."""
    return model(operation(name).request_model)


def model(name: str | None) -> Any:
    """The generated model class ``name`` (imported on first use, so importing the client stays cheap)."""
    from azopenai_generated import models

    return getattr(models, name or "")


def jsonable(value: Any, where: str) -> Any:
    """``value`` as plain JSON data: generated models through ``to_dict()``, containers (any mapping or
    sequence) recursively; ``TypeError`` naming ``where`` and the place inside it for anything else."""
    try:
        return _plain(value)
    except _NotJson as exc:
        path = "".join(reversed(exc.path))
        raise TypeError(f"{where}{path}: expected JSON data or a model object, got {exc.kind}") from None


class _NotJson(Exception):
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.path: list[str] = []


def _plain(value: Any) -> Any:
    kind = type(value)
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value
    if kind is dict:
        return _plain_dict(value)
    if kind is list or kind is tuple:
        return _plain_list(value)
    if isinstance(value, str | int | float):  # subclasses: the generated enums are ``StrEnum``s
        return value
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if isinstance(value, Mapping):
        return _plain_dict(value)
    if isinstance(value, Sequence) and not isinstance(value, bytes | bytearray):
        return _plain_list(value)
    raise _NotJson(kind.__name__)


def _plain_dict(value: Mapping[Any, Any]) -> dict[Any, Any]:
    result = {}
    for key, item in value.items():
        try:
            result[key] = _plain(item)
        except _NotJson as exc:
            exc.path.append(f"[{key!r}]")
            raise
    return result


def _plain_list(value: Sequence[Any]) -> list[Any]:
    items = []
    for index, item in enumerate(value):
        try:
            items.append(_plain(item))
        except _NotJson as exc:
            exc.path.append(f"[{index}]")
            raise
    return items


def decode_base64_embeddings(data: dict[str, Any]) -> None:
    """Embedding vectors asked for with ``encoding_format="base64"`` arrive as base64 float32 arrays: make
    them lists of floats in place, like the default format."""
    for item in data.get("data") or ():
        if isinstance(item, dict) and isinstance(item.get("embedding"), str):
            floats = array("f", base64.b64decode(item["embedding"]))
            if sys.byteorder != "little":
                floats.byteswap()
            item["embedding"] = floats.tolist()


NOT_IN_DEPLOYMENT: Final = frozenset("/?#\\") | frozenset(map(chr, [*range(0x20), 0x7F]))
"""What a deployment name cannot contain: ``/`` would add a segment, the rest is never in a name."""


def path_segment(value: object, name: str, refused: frozenset[str] = frozenset("/")) -> str:
    """``value`` of the path parameter ``name`` (a deployment, an id) as one URL path segment,
    percent-encoded (``"my model"`` -> ``my%20model``).

    ``TypeError`` unless a string; ``ValueError`` for the empty string, ``.`` and ``..`` (normalised into
    the parent path even when encoded) and a value with a character of ``refused``."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, got {type(value).__name__}")
    if value in ("", ".", "..") or not refused.isdisjoint(value):
        shown = ", ".join(repr(c) for c in sorted(refused) if c.isprintable())
        extra = " or control characters" if any(not c.isprintable() for c in refused) else ""
        raise ValueError(
            f"{name}={value!r} cannot be a URL path segment: it must be non-empty, not '.' or '..', "
            f"and contain no {shown}{extra}"
        )
    return quote(value, safe="")


def check_deployment(deployment: object, method: str) -> None:
    """``TypeError`` naming ``method`` unless ``deployment`` is a non-empty string."""
    if not isinstance(deployment, str) or not deployment:
        raise TypeError(f"{method}() needs deployment=, the name of your model deployment (a non-empty string)")


def check_timeout(timeout: object, name: str = "timeout") -> None:
    """``TypeError``/``ValueError`` naming ``name`` unless ``timeout`` is ``None``, a positive number of
    seconds or an ``httpx2.Timeout`` whose set values are positive numbers."""
    if timeout is None:
        return
    values: list[object]
    if isinstance(timeout, httpx2.Timeout):
        values = [value for value in timeout.as_dict().values() if value is not None]
    elif isinstance(timeout, int | float) and not isinstance(timeout, bool):
        values = [timeout]
    else:
        raise TypeError(f"{name} must be a number of seconds or an httpx2.Timeout, got {timeout!r}")
    for value in values:
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise TypeError(f"{name} must hold numbers of seconds, got {timeout!r}")
        if not value > 0 or math.isinf(value):
            raise ValueError(f"{name} must be a positive, finite number of seconds, got {timeout!r}")


def check_options(**options: object) -> None:
    """The client's numeric and boolean options, checked when it is made (``TypeError``/``ValueError``
    naming the keyword), not at the first retry."""
    for name, value in options.items():
        if name in ("logging_enable", "allow_insecure_http"):
            if not isinstance(value, bool):
                raise TypeError(f"{name} must be a bool, got {value!r}")
        elif name == "retry_total":
            if not isinstance(value, int) or isinstance(value, bool):
                raise TypeError(f"retry_total must be an int, got {value!r}")
            if value < 0:
                raise ValueError(f"retry_total must be 0 or more, got {value!r}")
        elif name == "retry_timeout" and value is None:
            continue
        else:
            if not isinstance(value, int | float) or isinstance(value, bool):
                raise TypeError(f"{name} must be a number of seconds, got {value!r}")
            if math.isnan(value) or value < 0 or (name == "retry_timeout" and value == 0):
                raise ValueError(f"{name} must be a positive number of seconds, got {value!r}")


def json_body(body: dict[str, Any], method: str) -> bytes:
    """``body`` as compact UTF-8 JSON; ``ValueError`` naming the field for what JSON cannot carry: NaN or
    infinite numbers, lone surrogates (``"\\ud800"``) in strings."""
    try:
        return json.dumps(body, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()
    except (ValueError, UnicodeEncodeError):
        path, problem = _unsendable(body, "")
        if not problem:
            raise
        raise ValueError(f"{method}(): {path}: {problem}") from None


def _unsendable(value: Any, path: str) -> tuple[str, str]:
    """Where in ``value`` JSON fails, and why (for ``json_body``'s error)."""
    if isinstance(value, float) and not math.isfinite(value):
        return path, f"{value!r} is not a number JSON can carry"
    if isinstance(value, str):
        try:
            value.encode()
        except UnicodeEncodeError as exc:
            return path, f"lone surrogate {value[exc.start]!r} at index {exc.start} (not valid Unicode text)"
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        where = f"{path}[{key!r}]" if isinstance(key, str) and path else str(key) if not path else f"{path}[{key}]"
        if isinstance(key, str):
            found = _unsendable(key, where)
            if found[1]:
                return found
        found = _unsendable(item, where)
        if found[1]:
            return found
    return path or "body", ""


def request_body(
    operation: Operation, fields: Mapping[str, Any], method: str, *, stream: bool = False
) -> dict[str, Any]:
    """The JSON body of ``operation`` from ``fields``, the keywords ``method`` (named in errors) was given.

    Each keyword given is sent, ``None`` included: JSON ``null`` where the spec lets the field be null,
    a ``TypeError`` naming it elsewhere; a keyword left out is not sent. The fields are checked against
    the operation's request shape; ``stream=True`` for the streaming variant (adds ``"stream": true``,
    allows ``stream_options``)."""
    if operation.streams:
        plain = method.removesuffix("_stream").removeprefix("begin_")
        if stream and "stream" in fields:
            raise TypeError(f"{method}() got an unexpected keyword argument 'stream': it streams by itself")
        if not stream and fields.get("stream", False) is not False:
            raise TypeError(f"{method}() streams nothing: call {plain}_stream() for a stream")
        if not stream and "stream_options" in fields:
            raise TypeError(
                f"{method}() got an unexpected keyword argument 'stream_options': only {plain}_stream() takes it"
            )
    body = {key: jsonable(value, key) for key, value in fields.items()}
    assert operation.request_model is not None
    check_request(operation.request_model, body, method)
    if stream:
        body["stream"] = True
    return body


def merge_extra_body(body: dict[str, Any], extra_body: ExtraBody, method: str) -> dict[str, Any]:
    """``body`` with ``extra_body`` merged in, unchecked (a key given there replaces the field)."""
    if extra_body:
        if not isinstance(extra_body, Mapping):
            raise TypeError(f"{method}(): extra_body must be a dict, got {type(extra_body).__name__}")
        body.update(jsonable(extra_body, "extra_body"))
    return body


def merge_extra_query(params: dict[str, str], extra_query: ExtraQuery, method: str) -> dict[str, str]:
    """``params`` with ``extra_query`` added, unchecked (a key given there replaces the parameter)."""
    if extra_query:
        if not isinstance(extra_query, Mapping):
            raise TypeError(f"{method}(): extra_query must be a dict, got {type(extra_query).__name__}")
        params.update(extra_query)
    return params


class ClientBase:
    """Configuration and request/response handling common to ``Client`` and ``aio.Client``."""

    _is_async: bool = False
    _openai: bool
    _api_version: str | None
    _endpoint: str
    _run_options: dict[str, Any]
    _urls: dict[tuple[str, str], httpx2.URL]
    _telemetry: Telemetry

    def _configure(
        self,
        endpoint: object,
        credential: object,
        *,
        openai: bool,
        api_version: str,
        allow_insecure_http: bool,
        retry_total: int,
        retry_backoff_factor: float,
        retry_backoff_max: float,
        retry_timeout: float | None,
        logging_enable: bool,
        user_agent: str | None,
        headers: dict[str, str] | None,
        tracing_content: bool | None = None,
    ) -> list[Any]:
        """Validate the options and return the azure-core policies for this client."""
        check_options(
            allow_insecure_http=allow_insecure_http,
            retry_total=retry_total,
            retry_backoff_factor=retry_backoff_factor,
            retry_backoff_max=retry_backoff_max,
            retry_timeout=retry_timeout,
            logging_enable=logging_enable,
        )
        self._endpoint = check_endpoint(endpoint, allow_insecure_http=allow_insecure_http, openai=openai)
        self._openai = openai
        self._api_version = None if openai else api_version
        if not openai and (not isinstance(api_version, str) or not api_version):
            raise TypeError(
                f"api_version must be a non-empty string such as {DEFAULT_API_VERSION!r}, got {api_version!r}"
            )
        # Plain http passed check_endpoint (loopback, or the caller opted in): azure-core's bearer policy
        # must not refuse it again. Passed with every pipeline run, as azure-core expects.
        self._run_options = {"enforce_https": False} if self._endpoint.startswith("http://") else {}
        self._urls = {}
        self._telemetry = Telemetry(self._endpoint, openai=openai, content=tracing_content)
        auth = credential_policy(credential, endpoint=self._endpoint, openai=openai, is_async=self._is_async)
        return policies(
            auth,
            is_async=self._is_async,
            retry_total=retry_total,
            retry_backoff_factor=retry_backoff_factor,
            retry_backoff_max=retry_backoff_max,
            retry_timeout=retry_timeout,
            logging_enable=logging_enable,
            user_agent=user_agent,
            headers=headers,
        )

    @property
    def base_url(self) -> str:
        """Where the spec's paths start: ``{endpoint}/openai`` for Azure, the endpoint for OpenAI."""
        return self._endpoint if self._openai else f"{self._endpoint}/openai"

    @property
    def api_version(self) -> str | None:
        """The ``api-version`` sent with every Azure request (``None`` for the public OpenAI endpoint)."""
        return self._api_version

    def __repr__(self) -> str:
        kind = "openai" if self._openai else f"api_version={self._api_version!r}"
        return f"{type(self).__module__.replace('._client', '')}.{type(self).__name__}({self._endpoint!r}, {kind})"

    def _url_and_params(self, deployment: str, path: str) -> tuple[str, dict[str, str]]:
        if self._openai:
            return f"{self._endpoint}/{path}", {}
        assert self._api_version is not None
        segment = path_segment(deployment, "deployment", NOT_IN_DEPLOYMENT)
        return f"{self._endpoint}/openai/deployments/{segment}/{path}", {"api-version": self._api_version}

    def _url(
        self, http: httpx2.Client | httpx2.AsyncClient, deployment: str, path: str
    ) -> tuple[str | httpx2.URL, dict[str, str] | None]:
        """``build_request``'s url and params: the parsed URL with its ``api-version``, cached per deployment
        and path (parsing and merging the query costs more than the rest of building the request)."""
        url, params = self._url_and_params(deployment, path)
        if http.params:  # the caller gave the httpx2 client params of its own: let httpx2 merge them
            return url, params
        parsed = self._urls.get((deployment, path))
        if parsed is None:
            if len(self._urls) >= 256:
                self._urls.clear()
            parsed = self._urls[deployment, path] = httpx2.URL(url, params=params)
        return parsed, None

    def _body(
        self,
        operation: Operation,
        deployment: object,
        fields: Mapping[str, Any],
        *,
        stream: bool = False,
        extra_body: ExtraBody = None,
    ) -> dict[str, Any]:
        """The JSON body for ``operation``: ``fields`` checked against its request shape; ``stream=True``
        for the streaming variant (adds ``"stream": true``, allows ``stream_options``); then
        ``extra_body`` merged in, unchecked."""
        name = operation.name + ("_stream" if stream else "")
        check_deployment(deployment, name)
        if not self._openai:
            path_segment(deployment, "deployment", NOT_IN_DEPLOYMENT)
        body = request_body(operation, fields, name, stream=stream)
        if self._openai:
            body["model"] = deployment
        return merge_extra_body(body, extra_body, name)

    def _request(
        self,
        http: httpx2.Client | httpx2.AsyncClient,
        operation: Operation,
        deployment: str,
        body: dict[str, Any],
        headers: Headers,
        timeout: Timeout,
        extra_query: ExtraQuery = None,
    ) -> httpx2.Request:
        check_timeout(timeout)
        content = json_body(body, operation.name)
        url, params = self._url(http, deployment, deployment_path(operation))
        if extra_query:  # (a params= beside a URL with a query would replace that query)
            if isinstance(url, httpx2.URL):
                url = url.copy_merge_params(dict(extra_query))
            else:
                params = {**(params or {}), **extra_query}
        extra = {"content-type": "application/json", **(headers or {})}
        return http.build_request(
            "POST",
            url,
            params=params,
            content=content,
            headers=extra,
            timeout=timeout if timeout is not None else httpx2.USE_CLIENT_DEFAULT,
        )

    @staticmethod
    def _hooked(request: httpx2.Request, raw_response_hook: RawResponseHook | None) -> httpx2.Request:
        """``request``, carrying ``raw_response_hook`` to azure-core's ``CustomHookPolicy`` (run options)."""
        if raw_response_hook is not None:
            if not callable(raw_response_hook):
                raise TypeError(f"raw_response_hook must be callable, got {raw_response_hook!r}")
            options = request.extensions.get(PIPELINE_OPTIONS, {})
            request.extensions[PIPELINE_OPTIONS] = {**options, "raw_response_hook": raw_response_hook}
        return request

    @staticmethod
    def _status_error(response: httpx2.Response) -> HttpResponseError:
        """The azure-core error for a non-2xx ``response`` (its body already read); the generated
        client's ``error_from_response`` too, so the generated API functions raise the same."""
        request = HttpRequest(response.request.method, str(response.request.url))
        return error_from_response(HttpxResponse(request, response))

    @staticmethod
    def _raise_for_status(response: httpx2.Response) -> None:
        """Raise the azure-core error for a non-2xx ``response`` (its body already read)."""
        if not 200 <= response.status_code < 300:
            raise ClientBase._status_error(response)

    @staticmethod
    def _result(operation: Operation, body: dict[str, Any], response: httpx2.Response) -> Any:
        """The typed result of ``response``: the azure-core error for a non-2xx, ``DecodeError`` for a 2xx
        whose body is not the operation's result (not JSON, not an object, missing or mistyped fields)."""
        ClientBase._raise_for_status(response)
        result_model = model(operation.result_models[0])
        with decoding(response, f"{operation.name}() expected a {result_model.__name__} JSON object"):
            data = response.json()
            if type(data) is not dict:
                raise TypeError(f"got {type(data).__name__}")
            if "prompt_annotations" in data and "prompt_filter_results" not in data:  # older resources
                data["prompt_filter_results"] = data["prompt_annotations"]
            if operation.name == "get_embeddings" and body.get("encoding_format") == "base64":
                decode_base64_embeddings(data)
            return result_model.from_dict(data)


def env(name: str, purpose: str) -> str:
    """The environment variable ``name``; ``ValueError`` naming it (and what it is for) when unset or empty."""
    import os

    value = os.environ.get(name, "").strip()
    if not value:
        raise ValueError(f"environment variable {name} is not set: {purpose}")
    return value


def azure_env(credential: object, kwargs: dict[str, Any]) -> tuple[str, object, dict[str, Any]]:
    """``from_env``'s endpoint, credential and keywords: ``AZURE_OPENAI_ENDPOINT``, ``AZURE_OPENAI_API_KEY``
    (unless ``credential`` is given) and ``OPENAI_API_VERSION`` (unless ``api_version=`` is)."""
    import os

    endpoint = env("AZURE_OPENAI_ENDPOINT", "it holds the resource URL, https://<resource>.openai.azure.com")
    if credential is None:
        credential = env(
            "AZURE_OPENAI_API_KEY",
            "it holds the API key (or pass credential=, e.g. azure.identity's DefaultAzureCredential())",
        )
    version = os.environ.get("OPENAI_API_VERSION", "").strip()
    if version and "api_version" not in kwargs:
        kwargs = {**kwargs, "api_version": version}
    return endpoint, credential, kwargs


def openai_env(credential: object, endpoint: str | None) -> tuple[object, str]:
    """``for_openai``'s credential and endpoint: ``OPENAI_API_KEY`` when no credential is given,
    ``OPENAI_BASE_URL`` (else the public endpoint) when no endpoint is."""
    import os

    if credential is None:
        credential = env("OPENAI_API_KEY", "it holds the OpenAI API key (or pass the key to for_openai())")
    return credential, endpoint or os.environ.get("OPENAI_BASE_URL", "").strip() or OPENAI_ENDPOINT


def openai_options(cls: type, kwargs: dict[str, Any]) -> dict[str, Any]:
    """``for_openai`` keywords completed with ``cls.__init__``'s defaults; unknown ones (and
    ``api_version``: OpenAI has none) raise ``TypeError``."""
    import inspect

    defaults = {
        name: param.default
        for name, param in inspect.signature(cls).parameters.items()
        if param.kind is inspect.Parameter.KEYWORD_ONLY and name != "api_version"
    }
    unknown = sorted(kwargs.keys() - defaults.keys())
    if unknown:
        raise TypeError(f"for_openai() got an unexpected keyword argument {unknown[0]!r}")
    return {**defaults, **kwargs, "api_version": DEFAULT_API_VERSION}
