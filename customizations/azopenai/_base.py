"""What the sync and async clients share: configuration, request building, result parsing.

A call is ``deployment`` + the operation's request-body fields as keywords (wire names; typed models
or plain dicts), checked against the spec's request shapes before anything is sent (``_validation``),
+ ``extra_body=`` / ``extra_query=``: fields newer than the pinned spec, merged in unchecked.
"""

from __future__ import annotations

import base64
import json
import sys
from array import array
from collections.abc import Mapping, Sequence
from typing import Any, Final

import httpx2
from azopenai_generated import operations
from azopenai_generated.operations import Operation
from azure.core.rest import HttpRequest

from ._exceptions import error_from_response
from ._pipeline import check_endpoint, credential_policy, policies
from ._transport import HttpxResponse
from ._validation import check_request

DEFAULT_API_VERSION: Final = operations.API_VERSION
OPENAI_ENDPOINT: Final = "https://api.openai.com/v1"
DEFAULT_TIMEOUT: Final = httpx2.Timeout(600.0, connect=10.0)

Headers = dict[str, str] | None
Timeout = float | httpx2.Timeout | None
ExtraBody = Mapping[str, object] | None
"""``extra_body=``: fields merged into the JSON body after the checks, unchecked (for fields newer than
the pinned spec); a key given here replaces a keyword's value."""
ExtraQuery = Mapping[str, str] | None
"""``extra_query=``: query parameters added to the request URL, unchecked."""

_DEPLOYMENT: Final = "/deployments/{deployment_id}/"


def operation(name: str) -> Operation:
    """The generated table's operation ``name``; ``NotImplementedError`` naming the API version when the
    spec this package was generated from has no such operation."""
    found = operations.OPERATIONS.get(name)
    if found is None:
        raise NotImplementedError(f"{name}() is not part of Azure OpenAI API version {operations.API_VERSION}")
    return found


def deployment_path(operation: Operation) -> str:
    """The operation's path after its deployment (``chat/completions``): the OpenAI endpoint's path too."""
    return operation.path.removeprefix(_DEPLOYMENT)


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
    """Embeddings asked for with ``encoding_format="base64"`` arrive as base64 float32 arrays: make
    them lists of floats in place, like the default format."""
    for item in data.get("data") or ():
        if isinstance(item, dict) and isinstance(item.get("embedding"), str):
            floats = array("f", base64.b64decode(item["embedding"]))
            if sys.byteorder != "little":
                floats.byteswap()
            item["embedding"] = floats.tolist()


class ClientBase:
    """Configuration and request/response handling common to ``Client`` and ``aio.Client``."""

    _is_async: bool = False
    _openai: bool
    _api_version: str | None
    _endpoint: str
    _run_options: dict[str, Any]
    _urls: dict[tuple[str, str], httpx2.URL]

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
        logging_enable: bool,
        user_agent: str | None,
        headers: dict[str, str] | None,
    ) -> list[Any]:
        """Validate the options and return the azure-core policies for this client."""
        self._endpoint = check_endpoint(endpoint, allow_insecure_http=allow_insecure_http)
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
        auth = credential_policy(credential, openai=openai, is_async=self._is_async)
        return policies(
            auth,
            is_async=self._is_async,
            retry_total=retry_total,
            retry_backoff_factor=retry_backoff_factor,
            retry_backoff_max=retry_backoff_max,
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
        return f"{self._endpoint}/openai/deployments/{deployment}/{path}", {"api-version": self._api_version}

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
        if not isinstance(deployment, str) or not deployment:
            raise TypeError(f"{name}() needs deployment=, the name of your model deployment (a non-empty string)")
        if stream and "stream" in fields:
            raise TypeError(f"{name}() got an unexpected keyword argument 'stream': it streams by itself")
        if not stream and fields.get("stream", False) is not False:
            raise TypeError(f"{name}() streams nothing: call {name}_stream() for a stream")
        if not stream and "stream_options" in fields:
            raise TypeError(
                f"{name}() got an unexpected keyword argument 'stream_options': only {name}_stream() takes it"
            )
        body = {key: jsonable(value, key) for key, value in fields.items()}
        assert operation.request_model is not None
        check_request(operation.request_model, body, name)
        if stream:
            body["stream"] = True
        if self._openai:
            body["model"] = deployment
        if extra_body:
            if not isinstance(extra_body, Mapping):
                raise TypeError(f"{name}(): extra_body must be a dict, got {type(extra_body).__name__}")
            body.update(jsonable(extra_body, "extra_body"))
        return body

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
        url, params = self._url(http, deployment, deployment_path(operation))
        if extra_query:  # (a params= beside a URL with a query would replace that query)
            if isinstance(url, httpx2.URL):
                url = url.copy_merge_params(dict(extra_query))
            else:
                params = {**(params or {}), **extra_query}
        extra = {"content-type": "application/json", **(headers or {})}
        content = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
        return http.build_request(
            "POST",
            url,
            params=params,
            content=content,
            headers=extra,
            timeout=timeout if timeout is not None else httpx2.USE_CLIENT_DEFAULT,
        )

    @staticmethod
    def _raise_for_status(response: httpx2.Response) -> None:
        """Raise the azure-core error for a non-2xx ``response`` (its body already read)."""
        if not 200 <= response.status_code < 300:
            request = HttpRequest(response.request.method, str(response.request.url))
            raise error_from_response(HttpxResponse(request, response))

    @staticmethod
    def _result(operation: Operation, body: dict[str, Any], response: httpx2.Response) -> Any:
        ClientBase._raise_for_status(response)
        data = response.json()
        if "prompt_annotations" in data and "prompt_filter_results" not in data:  # older resources
            data["prompt_filter_results"] = data["prompt_annotations"]
        if operation.name == "get_embeddings" and body.get("encoding_format") == "base64":
            decode_base64_embeddings(data)
        return model(operation.result_models[0]).from_dict(data)


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
