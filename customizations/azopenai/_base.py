"""What the sync and async clients share: configuration, request building, result parsing.

A call is ``deployment`` + the operation's request-body fields as keywords (wire names; typed models
or plain dicts), checked against the generated request model before anything is sent: an unknown
keyword or a missing required one raises ``TypeError`` naming it.
"""

from __future__ import annotations

import base64
import json
import sys
from array import array
from dataclasses import dataclass
from typing import Any, Final

import httpx2
from azure.core.rest import HttpRequest

from ._exceptions import error_from_response
from ._pipeline import check_endpoint, credential_policy, policies
from ._transport import HttpxResponse
from ._validation import parse_request

DEFAULT_API_VERSION: Final = "2024-10-01-preview"
OPENAI_ENDPOINT: Final = "https://api.openai.com/v1"
DEFAULT_TIMEOUT: Final = httpx2.Timeout(600.0, connect=10.0)
DEFAULT_LIMITS: Final = httpx2.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=30.0)
"""The connection pool of the default transport: up to 100 connections, every one kept alive (so a
burst of 100 requests in flight re-uses them on the next burst instead of re-opening 80, as httpx2's
default of 20 idle connections would), each closed after 30 s idle (well under the 4 minutes after
which Azure's load balancers drop an idle connection). More requests in flight wait for a free
connection, within the timeout's ``pool`` part."""

Headers = dict[str, str] | None
Timeout = float | httpx2.Timeout | None


@dataclass(frozen=True)
class Operation:
    """A data-plane operation: its path after the deployment, and the generated models of its request
    body and of its result (named, so importing the client does not import every model)."""

    name: str
    path: str
    request_model: str
    result_model: str

    def model(self, name: str) -> Any:
        from azopenai_generated import models

        return getattr(models, name)


CHAT_COMPLETIONS = Operation(
    "get_chat_completions", "chat/completions", "CreateChatCompletionRequest", "CreateChatCompletionResponse"
)
COMPLETIONS = Operation("get_completions", "completions", "CreateCompletionRequest", "CreateCompletionResponse")
EMBEDDINGS = Operation("get_embeddings", "embeddings", "EmbeddingsRequest", "Embeddings")
SPEECH = Operation("generate_speech_from_text", "audio/speech", "CreateSpeechRequest", result_model="")
"""Text-to-speech: a JSON request; the result is audio bytes (``SpeechResponse``), no model."""
IMAGE_GENERATIONS = Operation(
    "get_image_generations", "images/generations", "ImageGenerationsRequest", "GenerateImagesResponse"
)


def jsonable(value: Any, where: str) -> Any:
    """``value`` as plain JSON data: generated models through ``to_dict()``, containers recursively."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if isinstance(value, dict):
        return {key: jsonable(item, f"{where}[{key!r}]") for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(item, f"{where}[{index}]") for index, item in enumerate(value)]
    raise TypeError(f"{where}: expected JSON data or a model object, got {type(value).__name__}")


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
        self, operation: Operation, deployment: object, fields: dict[str, Any], *, stream: bool = False
    ) -> dict[str, Any]:
        """The JSON body for ``operation``: ``fields`` checked against its generated request model;
        ``stream=True`` for the streaming variant (adds ``"stream": true``, allows ``stream_options``)."""
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
        parse_request(operation.model(operation.request_model), body, name)
        if stream:
            body["stream"] = True
        if self._openai:
            body["model"] = deployment
        return body

    def _request(
        self,
        http: httpx2.Client | httpx2.AsyncClient,
        operation: Operation,
        deployment: str,
        body: dict[str, Any],
        headers: Headers,
        timeout: Timeout,
    ) -> httpx2.Request:
        url, params = self._url(http, deployment, operation.path)
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
        if operation is EMBEDDINGS and body.get("encoding_format") == "base64":
            decode_base64_embeddings(data)
        return operation.model(operation.result_model).from_dict(data)


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
