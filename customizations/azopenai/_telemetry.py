"""OpenTelemetry for each operation call: a GenAI span and the GenAI client metrics (``azopenai[tracing]``).

When: azure-core tracing is on (``AZURE_TRACING_ENABLED=true``, ``settings.tracing_enabled = True``
or a ``tracing_implementation``; the same switch as azure-core's HTTP spans) and OpenTelemetry is
loaded. Otherwise a call meets :data:`OFF`, whose methods hand their argument back, and OpenTelemetry
is never imported by this package.

Span (OpenTelemetry GenAI semantic conventions, schema 1.37): ``{gen_ai.operation.name} {deployment}``,
kind CLIENT, from before the request is sent to the parsed result, or to the end of a stream (its
accumulated usage and finish reasons). It is the current span while the request is sent, so
azure-core's HTTP span of each attempt (``DistributedTracingPolicy``) is its child: a retried 429 is
one operation span over two HTTP spans.

- ``gen_ai.operation.name`` (``chat``, ``text_completion``, ``embeddings``, ``image_generation``,
  ``audio_transcription``, ``audio_translation``, ``speech_generation``), ``gen_ai.provider.name``
  (``azure.ai.openai``; ``openai`` for ``Client.for_openai``), ``server.address``, ``server.port``;
- request: ``gen_ai.request.model`` (the deployment), ``.max_tokens``, ``.temperature``, ``.top_p``,
  ``.frequency_penalty``, ``.presence_penalty``, ``.seed``, ``.stop_sequences``, ``.choice.count``,
  ``.encoding_formats``, ``.stream``, ``gen_ai.embeddings.dimension.count``, ``gen_ai.output.type``;
- response: ``gen_ai.response.id``, ``.model``, ``.finish_reasons``, ``gen_ai.usage.input_tokens``,
  ``.output_tokens``, ``openai.response.system_fingerprint``;
- errors: ``error.type``: the service's error code (``content_filter``, ...), else the HTTP status,
  else the exception's qualified class name; status ERROR;
- Azure: ``azure.openai.ratelimit.remaining_requests`` / ``.remaining_tokens`` (the
  ``x-ratelimit-remaining-*`` headers of the last attempt), ``az.service_request_id``
  (``apim-request-id``, else ``x-request-id``; each HTTP span has its attempt's ``az.client_request_id``),
  and the content filter over prompt and completion (or the refusal's ``innererror``):
  ``azure.openai.content_filter.filtered_categories``, ``.detected_categories`` and
  ``azure.openai.content_filter.<category>.severity`` (the highest severity above ``safe``).

Metrics: ``gen_ai.client.operation.duration`` (s) and ``gen_ai.client.token.usage`` (``{token}``, with
``gen_ai.token.type`` ``input``/``output``) histograms, with the conventions' bucket boundaries.

Content (prompts and completions) is recorded only when asked for: the client's ``tracing_content=True``,
else ``AZURE_TRACING_GEN_AI_CONTENT_RECORDING_ENABLED=true`` or
``OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true``; as the span attributes
``gen_ai.input.messages`` and ``gen_ai.output.messages`` (JSON, the conventions' role/parts schema),
for chat and text completions. Credentials are never read: nothing here sees a request's headers.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import AsyncGenerator, Generator, Mapping
from typing import TYPE_CHECKING, Any, Final, TypeVar
from urllib.parse import urlsplit

from azure.core.exceptions import HttpResponseError
from azure.core.settings import settings

from ._exceptions import request_id
from ._version import VERSION

if TYPE_CHECKING:
    from opentelemetry.metrics import Histogram
    from opentelemetry.trace import Span

__all__ = ["OFF", "OperationSpan", "Telemetry"]

T = TypeVar("T")

SCHEMA_URL: Final = "https://opentelemetry.io/schemas/1.37.0"
CONTENT_VARIABLES: Final = (
    "AZURE_TRACING_GEN_AI_CONTENT_RECORDING_ENABLED",
    "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT",
)
OPERATION_NAMES: Final = {
    "get_chat_completions": "chat",
    "get_completions": "text_completion",
    "get_embeddings": "embeddings",
    "get_image_generations": "image_generation",
    "get_audio_transcription": "audio_transcription",
    "get_audio_translation": "audio_translation",
    "generate_speech_from_text": "speech_generation",
}
_OUTPUT_TYPES: Final = {"image_generation": "image", "speech_generation": "speech"}
_NUMBERS: Final = {  # request field -> attribute, for int/float values
    "max_tokens": "gen_ai.request.max_tokens",
    "max_completion_tokens": "gen_ai.request.max_tokens",
    "temperature": "gen_ai.request.temperature",
    "top_p": "gen_ai.request.top_p",
    "frequency_penalty": "gen_ai.request.frequency_penalty",
    "presence_penalty": "gen_ai.request.presence_penalty",
    "seed": "gen_ai.request.seed",
    "dimensions": "gen_ai.embeddings.dimension.count",
}
_SEVERITIES: Final = ("safe", "low", "medium", "high")
_DURATION_BUCKETS: Final = (0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92)
_TOKEN_BUCKETS: Final = tuple(float(4**power) for power in range(14))  # 1, 4, 16, ... 67108864
_tracing_enabled = getattr(settings, "tracing_enabled", None)  # azure-core >= 1.33; read on each call
_LOGGER = logging.getLogger(__name__)


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in ("true", "1", "yes", "on")


class _Off:
    """Telemetry that is off: every method hands its argument back."""

    __slots__ = ()

    def __enter__(self) -> _Off:
        return self

    def __exit__(self, *exc_info: object) -> None:
        return None

    def response(self, response: T) -> T:
        return response

    def result(self, result: T) -> T:
        return result

    def stream(self) -> None:
        return None


OFF: Final = _Off()


class _Instruments:
    """The tracer and the two histograms, made once, when telemetry is first on."""

    def __init__(self) -> None:
        from azure.core.instrumentation import get_tracer
        from azure.core.tracing import SpanKind
        from opentelemetry import context, metrics, trace

        tracer = get_tracer(library_name="azopenai", library_version=VERSION, schema_url=SCHEMA_URL)
        if tracer is None:
            raise ImportError("opentelemetry-api is not installed")
        self.tracer = tracer
        self.client_kind = SpanKind.CLIENT
        self.context = context
        self.trace = trace
        meter = metrics.get_meter("azopenai", VERSION, schema_url=SCHEMA_URL)
        self.duration: Histogram = meter.create_histogram(
            "gen_ai.client.operation.duration",
            unit="s",
            description="GenAI operation duration",
            explicit_bucket_boundaries_advisory=_DURATION_BUCKETS,
        )
        self.tokens: Histogram = meter.create_histogram(
            "gen_ai.client.token.usage",
            unit="{token}",
            description="Measures number of input and output tokens used",
            explicit_bucket_boundaries_advisory=_TOKEN_BUCKETS,
        )


_instruments: _Instruments | None = None
_unavailable = False


def _get_instruments() -> _Instruments | None:
    global _instruments, _unavailable
    if _instruments is None and not _unavailable:
        try:
            _instruments = _Instruments()
        except ImportError:
            _unavailable = True
    return _instruments


class Telemetry:
    """A client's telemetry settings: where it talks to, its provider name, whether content is recorded
    (``None``: as the environment says)."""

    __slots__ = ("address", "content", "port", "provider")

    def __init__(self, endpoint: str, *, openai: bool, content: bool | None) -> None:
        if content is not None and not isinstance(content, bool):
            raise TypeError(f"tracing_content must be a bool or None, got {content!r}")
        parts = urlsplit(endpoint)
        self.address = parts.hostname or ""
        self.port = parts.port or (443 if parts.scheme == "https" else 80)
        self.provider = "openai" if openai else "azure.ai.openai"
        self.content = content

    def operation(
        self, method: str, deployment: str, body: Mapping[str, Any] | None, *, stream: bool = False
    ) -> OperationSpan | _Off:
        """The span of one call to ``method`` (a client method name) with request ``body`` (wire names),
        or :data:`OFF`. Use as a context manager around sending and parsing."""
        if "opentelemetry.trace" not in sys.modules or _tracing_enabled is None or not _tracing_enabled():
            return OFF  # (tested first) nothing loaded OpenTelemetry: no provider could receive a span
        instruments = _get_instruments()
        if instruments is None:
            return OFF
        content = self.content
        if content is None:
            content = any(_truthy(os.environ.get(name)) for name in CONTENT_VARIABLES)
        try:
            return OperationSpan(
                instruments, self, OPERATION_NAMES.get(method, method), deployment, body, stream, content
            )
        except Exception:  # telemetry never fails a call
            _LOGGER.debug("azopenai telemetry: no span for %s", method, exc_info=True)
            return OFF


class OperationSpan:
    """One operation's span and metrics; see the module docstring."""

    def __init__(
        self,
        instruments: _Instruments,
        telemetry: Telemetry,
        operation: str,
        deployment: str,
        body: Mapping[str, Any] | None,
        stream: bool,
        content: bool,
    ) -> None:
        self._instruments = instruments
        self._content = content
        self._operation = operation
        self._metric_attributes: dict[str, Any] = {
            "gen_ai.operation.name": operation,
            "gen_ai.provider.name": telemetry.provider,
            "gen_ai.request.model": deployment,
            "server.address": telemetry.address,
            "server.port": telemetry.port,
        }
        attributes = {**self._metric_attributes, **_request_attributes(operation, body or {})}
        if stream:
            attributes["gen_ai.request.stream"] = True
        if content and body:
            messages = _input_messages(operation, body)
            if messages:
                attributes["gen_ai.input.messages"] = json.dumps(messages, ensure_ascii=False)
        self._span: Span = instruments.tracer.start_span(
            f"{operation} {deployment}", kind=instruments.client_kind, attributes=attributes
        )
        self._start = time.perf_counter()
        self._token: Any = None
        self._streaming = False
        self._ended = False

    def __enter__(self) -> OperationSpan:
        otel = self._instruments
        self._token = otel.context.attach(otel.trace.set_span_in_context(self._span))
        return self

    def __exit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        self._instruments.context.detach(self._token)
        if exc is not None:
            self.end(None, exc)
        elif not self._streaming:
            self.end(None, None)

    def response(self, response: T) -> T:
        """Record the answer's headers (rate limits, request ids); return ``response`` (an ``httpx2.Response``)."""
        headers = getattr(response, "headers", None)
        if headers is not None:
            self._span.set_attributes(_header_attributes(headers))
        return response

    def result(self, result: T) -> T:
        """Record the parsed result (ids, finish reasons, usage, filter results, content); return it."""
        self.end(result, None)
        return result

    def stream(self) -> OperationSpan:
        """Hand the span over to the stream about to be returned: it ends when the stream does."""
        self._streaming = True
        return self

    def observe(self, chunks: Generator[T], accumulator: Any) -> Generator[T]:
        """``chunks`` unchanged; the span ends when they end, fail or are closed, with what
        ``accumulator`` (a stream accumulator, or ``None``) assembled."""
        try:
            yield from chunks
        except GeneratorExit:
            self.close(accumulator)
            raise
        except BaseException as exc:
            self.end(_assembled(accumulator), exc)
            raise
        self.close(accumulator)

    async def aobserve(self, chunks: AsyncGenerator[T], accumulator: Any) -> AsyncGenerator[T]:
        """The async twin of :meth:`observe`."""
        try:
            async for chunk in chunks:
                yield chunk
        except GeneratorExit:
            await chunks.aclose()
            self.close(accumulator)
            raise
        except BaseException as exc:
            self.end(_assembled(accumulator), exc)
            raise
        self.close(accumulator)

    def close(self, accumulator: Any) -> None:
        """End a stream's span (if not ended yet) with what ``accumulator`` assembled so far."""
        if not self._ended:
            self.end(_assembled(accumulator), None)

    def end(self, result: Any, error: BaseException | None) -> None:
        """Record ``result`` (a typed result, or ``None``) or ``error``, the metrics, and end the span."""
        if self._ended:
            return
        self._ended = True
        span = self._span
        metric_attributes = self._metric_attributes
        usage: tuple[int | None, int | None] = (None, None)
        try:
            if result is not None:
                images = self._operation == "image_generation"
                attributes, usage = _result_attributes(result, self._content, images)
                span.set_attributes(attributes)
                model = attributes.get("gen_ai.response.model")
                if model:
                    metric_attributes = {**metric_attributes, "gen_ai.response.model": model}
            if error is not None:
                error_type = _error_type(error)
                metric_attributes = {**metric_attributes, "error.type": error_type}
                span.set_attribute("error.type", error_type)
                span.set_attributes(_error_attributes(error))
                span.set_status(self._instruments.trace.StatusCode.ERROR, str(error).split("\n", 1)[0][:500])
        except Exception:  # telemetry never fails a call: a result it cannot read is left unrecorded
            _LOGGER.debug("azopenai telemetry: result not recorded", exc_info=True)
        finally:
            span.end()
            instruments = self._instruments
            instruments.duration.record(time.perf_counter() - self._start, metric_attributes)
            for kind, count in zip(("input", "output"), usage, strict=True):
                if count is not None:
                    instruments.tokens.record(count, {**metric_attributes, "gen_ai.token.type": kind})


def _assembled(accumulator: Any) -> Any:
    """The result a stream accumulator assembled so far, or ``None``."""
    if accumulator is None:
        return None
    try:
        return accumulator.result()
    except Exception:  # a stream cut before its first chunk, or unreadable chunks: nothing to record
        return None


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _request_attributes(operation: str, body: Mapping[str, Any]) -> dict[str, Any]:
    attributes: dict[str, Any] = {}
    for field, name in _NUMBERS.items():
        value = body.get(field)
        if _number(value) and name not in attributes:
            attributes[name] = value
    stop = body.get("stop")
    if isinstance(stop, str):
        attributes["gen_ai.request.stop_sequences"] = [stop]
    elif isinstance(stop, list) and all(isinstance(item, str) for item in stop):
        attributes["gen_ai.request.stop_sequences"] = stop
    count = body.get("n")
    if _number(count) and count != 1:
        attributes["gen_ai.request.choice.count"] = count
    encoding = body.get("encoding_format")
    if isinstance(encoding, str):
        attributes["gen_ai.request.encoding_formats"] = [encoding]
    output = _OUTPUT_TYPES.get(operation)
    response_format = body.get("response_format")
    if output is None and isinstance(response_format, Mapping):
        kind = response_format.get("type")
        output = "json" if kind in ("json_object", "json_schema") else "text" if kind == "text" else None
    if output:
        attributes["gen_ai.output.type"] = output
    return attributes


def _header_attributes(headers: Any) -> dict[str, Any]:
    attributes: dict[str, Any] = {}
    for header, name in (
        ("x-ratelimit-remaining-requests", "azure.openai.ratelimit.remaining_requests"),
        ("x-ratelimit-remaining-tokens", "azure.openai.ratelimit.remaining_tokens"),
    ):
        value = headers.get(header)
        if value:
            try:
                attributes[name] = int(value)
            except ValueError:
                pass
    rid = request_id(headers)
    if rid:
        attributes["az.service_request_id"] = rid
    return attributes


def _error_type(error: BaseException) -> str:
    if isinstance(error, HttpResponseError):
        code = getattr(error.error, "code", None)
        if isinstance(code, str) and code:
            return code
        if error.status_code and error.status_code != 200:
            return str(error.status_code)
    cls = type(error)
    return cls.__qualname__ if cls.__module__ == "builtins" else f"{cls.__module__}.{cls.__qualname__}"


def _error_attributes(error: BaseException) -> dict[str, Any]:
    """From an error response: its headers, and a content-filter refusal's per-category results."""
    attributes: dict[str, Any] = {}
    response = getattr(error, "response", None)
    if isinstance(error, HttpResponseError) and response is not None:
        attributes.update(_header_attributes(response.headers))
    results = getattr(error, "content_filter_results", None)
    if results is not None:
        attributes.update(_filter_attributes([_as_dict(results)]))
    return attributes


def _as_dict(value: Any) -> Any:
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if to_dict is not None else value


def _filter_attributes(results: list[Any]) -> dict[str, Any]:
    """Content-filter results (dicts of category -> ``{filtered, severity, detected}``) summed up."""
    filtered: set[str] = set()
    detected: set[str] = set()
    severities: dict[str, int] = {}
    for result in results:
        if not isinstance(result, Mapping):
            continue
        for category, value in result.items():
            if not isinstance(value, Mapping):
                continue
            if value.get("filtered") is True:
                filtered.add(category)
            if value.get("detected") is True:
                detected.add(category)
            severity = value.get("severity")
            if severity in _SEVERITIES and severity != "safe":
                rank = _SEVERITIES.index(severity)
                severities[category] = max(rank, severities.get(category, 0))
    attributes: dict[str, Any] = {}
    if filtered:
        attributes["azure.openai.content_filter.filtered_categories"] = sorted(filtered)
    if detected:
        attributes["azure.openai.content_filter.detected_categories"] = sorted(detected)
    for category, rank in severities.items():
        attributes[f"azure.openai.content_filter.{category}.severity"] = _SEVERITIES[rank]
    return attributes


def _result_attributes(
    result: Any, content: bool, images: bool
) -> tuple[dict[str, Any], tuple[int | None, int | None]]:
    """Span attributes of a typed result, and its (input, output) token counts."""
    attributes: dict[str, Any] = {}
    for field, name in (
        ("id", "gen_ai.response.id"),
        ("model", "gen_ai.response.model"),
        ("system_fingerprint", "openai.response.system_fingerprint"),
    ):
        value = getattr(result, field, None)
        if value and isinstance(value, str):
            attributes[name] = value
    choices = getattr(result, "choices", None) or ()
    reasons = [str(choice.finish_reason) for choice in choices if getattr(choice, "finish_reason", None)]
    if reasons:
        attributes["gen_ai.response.finish_reasons"] = reasons
    usage = getattr(result, "usage", None)
    tokens_in = getattr(usage, "prompt_tokens", None) if usage else None
    tokens_out = getattr(usage, "completion_tokens", None) if usage else None
    tokens_in = tokens_in if isinstance(tokens_in, int) else None
    tokens_out = tokens_out if isinstance(tokens_out, int) else None
    if tokens_in is not None:
        attributes["gen_ai.usage.input_tokens"] = tokens_in
    if tokens_out is not None:
        attributes["gen_ai.usage.output_tokens"] = tokens_out
    filters = [
        _as_dict(item.content_filter_results)
        for item in getattr(result, "prompt_filter_results", None) or ()
        if getattr(item, "content_filter_results", None)
    ]
    filters += [
        _as_dict(choice.content_filter_results) for choice in choices if getattr(choice, "content_filter_results", None)
    ]
    if images:  # each image carries its prompt's and its own results
        for image in getattr(result, "data", None) or ():
            for field in ("prompt_filter_results", "content_filter_results"):
                value = getattr(image, field, None)
                if value:
                    filters.append(_as_dict(value))
    attributes.update(_filter_attributes(filters))
    if content and choices:
        messages = _output_messages(choices)
        if messages:
            attributes["gen_ai.output.messages"] = json.dumps(messages, ensure_ascii=False)
    return attributes, (tokens_in, tokens_out)


def _text_parts(content: Any) -> list[dict[str, Any]]:
    """A message's ``content`` (a string or a list of content parts) as conventions' parts."""
    if isinstance(content, str):
        return [{"type": "text", "content": content}]
    parts: list[dict[str, Any]] = []
    for part in content if isinstance(content, list) else ():
        if not isinstance(part, Mapping):
            continue
        kind = part.get("type")
        if kind == "text" or kind == "refusal":
            parts.append({"type": "text", "content": part.get(kind) or ""})
        elif kind == "image_url":
            image = part.get("image_url")
            url = image.get("url") if isinstance(image, Mapping) else None
            parts.append({"type": "uri", "modality": "image", "uri": url or ""})
        else:
            parts.append({"type": str(kind)})
    return parts


def _arguments(text: Any) -> Any:
    if not isinstance(text, str):
        return text
    try:
        return json.loads(text)
    except ValueError:
        return text


def _tool_calls(calls: Any) -> list[dict[str, Any]]:
    parts = []
    for call in calls if isinstance(calls, list) else ():
        function = call.get("function") if isinstance(call, Mapping) else None
        if isinstance(function, Mapping):
            parts.append(
                {
                    "type": "tool_call",
                    "id": call.get("id"),
                    "name": function.get("name"),
                    "arguments": _arguments(function.get("arguments")),
                }
            )
    return parts


def _input_messages(operation: str, body: Mapping[str, Any]) -> list[dict[str, Any]]:
    if operation == "text_completion":
        prompt = body.get("prompt")
        prompts = [prompt] if isinstance(prompt, str) else prompt if isinstance(prompt, list) else []
        return [
            {"role": "user", "parts": [{"type": "text", "content": text}]} for text in prompts if isinstance(text, str)
        ]
    if operation != "chat":
        return []
    messages: list[dict[str, Any]] = []
    for message in body.get("messages") or ():
        if not isinstance(message, Mapping):
            continue
        role = message.get("role")
        if role in ("tool", "function"):
            response: dict[str, Any] = {
                "type": "tool_call_response",
                "id": message.get("tool_call_id"),
                "response": message.get("content"),
            }
            messages.append({"role": "tool", "parts": [response]})
            continue
        parts = _text_parts(message.get("content")) + _tool_calls(message.get("tool_calls"))
        messages.append({"role": role, "parts": parts})
    return messages


def _output_messages(choices: Any) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = []
    for choice in choices:
        finish = getattr(choice, "finish_reason", None)
        message = getattr(choice, "message", None)
        if message:
            wire = _as_dict(message)
            parts = _text_parts(wire.get("content")) if wire.get("content") is not None else []
            parts += _tool_calls(wire.get("tool_calls"))
            role = wire.get("role") or "assistant"
        else:
            text = getattr(choice, "text", None)
            parts = [{"type": "text", "content": text}] if isinstance(text, str) else []
            role = "assistant"
        output: dict[str, Any] = {"role": role, "parts": parts}
        if finish:  # none on a stream closed before its end
            output["finish_reason"] = str(finish)
        messages.append(output)
    return messages
