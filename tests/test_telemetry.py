"""OpenTelemetry GenAI spans and metrics (``azopenai._telemetry``), sync and async, over loopback servers
replaying recorded Azure answers, read back with the OpenTelemetry SDK's in-memory exporters."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import azopenai
import azopenai.aio
import pytest
from azure.core.credentials import AzureKeyCredential
from azure.core.settings import settings
from loopback import Exchange, LoopbackServer, Reply
from opentelemetry import metrics, trace
from opentelemetry.sdk.metrics import Histogram, MeterProvider
from opentelemetry.sdk.metrics.export import AggregationTemporality, InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode
from recorded import Entry, recordings

KEY = "telemetry-test-key-never-recorded"
_RECORDED = {entry.recording: entry for entry in recordings()}
CHAT = _RECORDED["TestClient_GetChatCompletions__AzureOpenAI"]
STREAM = _RECORDED["TestClient_GetChatCompletionsStream__AzureOpenAI"]
EMBEDDINGS = _RECORDED["TestClient_GetEmbeddings__AzureOpenAI"]
FILTERED = _RECORDED["TestClient_GetChatCompletions_AzureOpenAI_ContentFilterWithError"]
_HOP_BY_HOP = {"content-length", "transfer-encoding", "connection"}

_EXPORTER = InMemorySpanExporter()
_READER = InMemoryMetricReader(preferred_temporality={Histogram: AggregationTemporality.DELTA})


@pytest.fixture(scope="module", autouse=True)
def providers() -> None:
    """The global tracer and meter providers, set once per process (OpenTelemetry allows no second)."""
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(_EXPORTER))
    trace.set_tracer_provider(tracer_provider)
    metrics.set_meter_provider(MeterProvider(metric_readers=[_READER]))


@pytest.fixture
def tracing(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """azure-core tracing on, no content variables, empty exporters."""
    for name in (
        "AZURE_TRACING_GEN_AI_CONTENT_RECORDING_ENABLED",
        "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT",
    ):
        monkeypatch.delenv(name, raising=False)
    settings.tracing_enabled = True
    _EXPORTER.clear()
    _READER.collect()
    _READER.get_metrics_data()
    yield
    settings.tracing_enabled.unset_value()


def replay(entry: Entry) -> Reply:
    headers = {name: value for name, value in entry.response_headers.items() if name.lower() not in _HOP_BY_HOP}
    body = entry.response_body
    if isinstance(body, list):  # an event stream, one event per piece
        return Reply(entry.status, headers, [piece.encode() for piece in body])
    return Reply(entry.status, headers, json.dumps(body).encode())


def request_fields(entry: Entry) -> dict[str, Any]:
    return {key: value for key, value in entry.request_body.items() if key not in ("model", "stream")}


def new_client(kind: str, url: str, **options: Any) -> Any:
    cls = azopenai.Client if kind == "sync" else azopenai.aio.Client
    return cls(url, AzureKeyCredential(KEY), retry_backoff_factor=0.01, **options)


async def call(kind: str, url: str, method: str, client_options: dict[str, Any] | None = None, **kwargs: Any) -> Any:
    client = new_client(kind, url, **(client_options or {}))
    if kind == "sync":
        with client:
            return getattr(client, method)(**kwargs)
    async with client:
        return await getattr(client, method)(**kwargs)


def spans() -> tuple[ReadableSpan, list[ReadableSpan]]:
    """The one operation span and its HTTP spans (azure-core's, one per attempt), checked to be its children."""
    finished = list(_EXPORTER.get_finished_spans())
    operations = [span for span in finished if "gen_ai.operation.name" in (span.attributes or {})]
    assert len(operations) == 1, [span.name for span in finished]
    operation = operations[0]
    http = [span for span in finished if span is not operation]
    assert operation.context is not None
    for span in http:
        assert span.parent is not None and span.parent.span_id == operation.context.span_id
        assert span.context is not None and span.context.trace_id == operation.context.trace_id
    assert operation.parent is None
    return operation, http


def histograms() -> dict[str, list[tuple[dict[str, Any], float, int]]]:
    """Per metric name: (attributes, sum, count) of each data point recorded since the last read."""
    found: dict[str, list[tuple[dict[str, Any], float, int]]] = {}
    data = _READER.get_metrics_data()
    for resource in data.resource_metrics if data else ():
        for scope in resource.scope_metrics:
            assert scope.scope.name == "azopenai"
            for metric in scope.metrics:
                for point in metric.data.data_points:  # type: ignore[union-attr]
                    found.setdefault(metric.name, []).append((dict(point.attributes or {}), point.sum, point.count))  # type: ignore[union-attr]
    return found


def no_secret() -> None:
    """The api key is in no span (attributes, events, status) and no metric point (read last: they are consumed)."""
    for span in _EXPORTER.get_finished_spans():
        assert KEY not in span.to_json()
    data = _READER.get_metrics_data()
    assert data is None or KEY not in data.to_json()


async def test_chat_call(kind: str, tracing: None) -> None:
    with LoopbackServer(lambda exchange: replay(CHAT)) as server:
        result = await call(kind, server.url, "get_chat_completions", deployment="gpt-4-0613", **request_fields(CHAT))
    assert result.usage.total_tokens == 71
    operation, http = spans()
    port = int(server.url.rsplit(":", 1)[1])
    assert operation.name == "chat gpt-4-0613"
    assert operation.kind is SpanKind.CLIENT
    assert operation.status.status_code is StatusCode.UNSET
    assert dict(operation.attributes or {}) == {
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "azure.ai.openai",
        "gen_ai.request.model": "gpt-4-0613",
        "server.address": "127.0.0.1",
        "server.port": port,
        "gen_ai.request.max_tokens": 1024,
        "gen_ai.request.temperature": 0,
        "azure.openai.ratelimit.remaining_requests": 3,
        "azure.openai.ratelimit.remaining_tokens": 6688,
        "az.service_request_id": "61298fc7-a82b-4586-bf20-d4757584e833",
        "gen_ai.response.id": "Sanitized",
        "gen_ai.response.model": "gpt-4",
        "gen_ai.response.finish_reasons": ("stop",),
        "gen_ai.usage.input_tokens": 42,
        "gen_ai.usage.output_tokens": 29,
    }
    assert [span.name for span in http] == ["POST"]
    assert http[0].attributes is not None and http[0].attributes["http.response.status_code"] == 200
    common = {
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "azure.ai.openai",
        "gen_ai.request.model": "gpt-4-0613",
        "gen_ai.response.model": "gpt-4",
        "server.address": "127.0.0.1",
        "server.port": port,
    }
    recorded = histograms()
    [(attributes, duration, count)] = recorded["gen_ai.client.operation.duration"]
    assert attributes == common and count == 1 and 0 < duration < 5
    tokens = sorted(recorded["gen_ai.client.token.usage"], key=lambda point: str(point[0]["gen_ai.token.type"]))
    assert tokens == [
        ({**common, "gen_ai.token.type": "input"}, 42, 1),
        ({**common, "gen_ai.token.type": "output"}, 29, 1),
    ]
    no_secret()


async def test_stream_span_ends_with_the_stream(kind: str, tracing: None) -> None:
    with LoopbackServer(lambda exchange: replay(STREAM)) as server:
        client = new_client(kind, server.url)
        fields = request_fields(STREAM)
        if kind == "sync":
            with client, client.get_chat_completions_stream(deployment="gpt-4-0613", **fields) as stream:
                assert all("gen_ai.operation.name" not in (s.attributes or {}) for s in _EXPORTER.get_finished_spans())
                text = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
        else:
            async with client:
                stream = await client.get_chat_completions_stream(deployment="gpt-4-0613", **fields)
                assert all("gen_ai.operation.name" not in (s.attributes or {}) for s in _EXPORTER.get_finished_spans())
                async with stream:
                    text = "".join([c.choices[0].delta.content or "" async for c in stream if c.choices])
    assert text == "1, 2, 3, 4, 5, 6, 7, 8, 9, 10."
    operation, http = spans()
    attributes = dict(operation.attributes or {})
    assert operation.name == "chat gpt-4-0613" and len(http) == 1
    assert attributes["gen_ai.request.stream"] is True
    assert attributes["gen_ai.response.id"] == "chatcmpl-AxJxCGsfC5NsEFZlXuv033ekCrPq5"
    assert attributes["gen_ai.response.model"] == "gpt-4"
    assert attributes["gen_ai.response.finish_reasons"] == ("stop",)
    assert attributes["azure.openai.ratelimit.remaining_tokens"] == 4440
    assert attributes["az.service_request_id"] == "70ae0424-f3df-41cc-b290-96c003a38fd3"
    assert "gen_ai.usage.input_tokens" not in attributes  # the recording asked for no usage
    assert operation.end_time is not None and http[0].end_time is not None
    assert operation.end_time > http[0].end_time  # the HTTP span ends at the headers, the operation at [DONE]
    assert len(histograms()["gen_ai.client.operation.duration"]) == 1


def usage_stream(exchange: Exchange) -> Reply:
    head = {"id": "chatcmpl-1", "created": 1, "model": "gpt-4o-2024-08-06", "object": "chat.completion.chunk"}
    events = [
        {**head, "choices": [{"index": 0, "delta": {"role": "assistant", "content": "Hel"}, "finish_reason": None}]},
        {**head, "choices": [{"index": 0, "delta": {"content": "lo"}, "finish_reason": "length"}]},
        {**head, "choices": [], "usage": {"prompt_tokens": 11, "completion_tokens": 2, "total_tokens": 13}},
    ]
    body = [f"data: {json.dumps(event)}\n\n".encode() for event in events] + [b"data: [DONE]\n\n"]
    return Reply(200, {"content-type": "text/event-stream", "apim-request-id": "req-usage"}, body)


async def test_stream_with_usage_records_tokens_and_content(kind: str, tracing: None) -> None:
    with LoopbackServer(usage_stream) as server:
        client = new_client(kind, server.url, tracing_content=True)
        args = {
            "deployment": "chat",
            "messages": [{"role": "user", "content": "Say hello"}],
            "stream_options": {"include_usage": True},
        }
        if kind == "sync":
            with client:
                result = client.get_chat_completions_stream(**args).accumulate()
        else:
            async with client:
                result = await (await client.get_chat_completions_stream(**args)).accumulate()
    assert result.choices[0].message.content == "Hello"
    operation, _ = spans()
    attributes = dict(operation.attributes or {})
    assert attributes["gen_ai.usage.input_tokens"] == 11 and attributes["gen_ai.usage.output_tokens"] == 2
    assert attributes["gen_ai.response.finish_reasons"] == ("length",)
    assert json.loads(str(attributes["gen_ai.input.messages"])) == [
        {"role": "user", "parts": [{"type": "text", "content": "Say hello"}]}
    ]
    assert json.loads(str(attributes["gen_ai.output.messages"])) == [
        {"role": "assistant", "parts": [{"type": "text", "content": "Hello"}], "finish_reason": "length"}
    ]
    tokens = {point[0]["gen_ai.token.type"]: point[1] for point in histograms()["gen_ai.client.token.usage"]}
    assert tokens == {"input": 11, "output": 2}


async def test_stream_closed_early_ends_the_span(kind: str, tracing: None) -> None:
    with LoopbackServer(lambda exchange: replay(STREAM)) as server:
        client = new_client(kind, server.url)
        if kind == "sync":
            with client:
                stream = client.get_chat_completions_stream(deployment="gpt-4-0613", **request_fields(STREAM))
                stream.close()
        else:
            async with client:
                stream = await client.get_chat_completions_stream(deployment="gpt-4-0613", **request_fields(STREAM))
                await stream.close()
    operation, _ = spans()
    assert "gen_ai.response.finish_reasons" not in (operation.attributes or {})
    assert operation.status.status_code is StatusCode.UNSET


async def test_embeddings(kind: str, tracing: None) -> None:
    with LoopbackServer(lambda exchange: replay(EMBEDDINGS)) as server:
        await call(
            kind, server.url, "get_embeddings", deployment="text-embedding-ada-002", **request_fields(EMBEDDINGS)
        )
    operation, _ = spans()
    attributes = dict(operation.attributes or {})
    assert operation.name == "embeddings text-embedding-ada-002"
    assert attributes["gen_ai.operation.name"] == "embeddings"
    assert attributes["gen_ai.response.model"] == "text-embedding-ada-002"
    assert attributes["gen_ai.usage.input_tokens"] == 7
    assert "gen_ai.usage.output_tokens" not in attributes
    assert attributes["azure.openai.ratelimit.remaining_requests"] == 99
    assert attributes["azure.openai.ratelimit.remaining_tokens"] == 99993
    tokens = histograms()["gen_ai.client.token.usage"]
    assert [(point[0]["gen_ai.token.type"], point[1]) for point in tokens] == [("input", 7)]


async def test_content_filter_error(kind: str, tracing: None) -> None:
    with LoopbackServer(lambda exchange: replay(FILTERED)) as server:
        with pytest.raises(azopenai.ContentFilterError):
            await call(
                kind,
                server.url,
                "get_chat_completions",
                deployment="gpt-4",
                messages=[{"role": "user", "content": "x"}],
            )
    operation, http = spans()
    attributes = dict(operation.attributes or {})
    assert operation.status.status_code is StatusCode.ERROR
    assert attributes["error.type"] == "content_filter"
    assert attributes["azure.openai.content_filter.filtered_categories"] == ("violence",)
    assert attributes["azure.openai.content_filter.violence.severity"] == "medium"
    assert "azure.openai.content_filter.hate.severity" not in attributes  # "safe" is not recorded
    assert attributes["azure.openai.ratelimit.remaining_requests"] == 9
    assert attributes["azure.openai.ratelimit.remaining_tokens"] == 6031
    assert attributes["az.service_request_id"] == "40efa3f2-7875-4bdd-bce1-5698c2eca897"
    assert http[0].attributes is not None and http[0].attributes["http.response.status_code"] == 400
    [(metric_attributes, _, count)] = histograms()["gen_ai.client.operation.duration"]
    assert metric_attributes["error.type"] == "content_filter" and count == 1
    no_secret()


async def test_retried_429_is_one_operation_over_two_attempts(kind: str, tracing: None) -> None:
    def answer(exchange: Exchange) -> Reply:
        if len(server.exchanges) == 1:
            return Reply.json(
                {"error": {"code": "429", "message": "Rate limit is exceeded."}},
                429,
                {"retry-after-ms": "10", "x-ratelimit-remaining-requests": "0", "x-ratelimit-remaining-tokens": "0"},
            )
        return replay(CHAT)

    with LoopbackServer(answer) as server:
        await call(kind, server.url, "get_chat_completions", deployment="gpt-4-0613", **request_fields(CHAT))
    operation, http = spans()
    assert len(server.exchanges) == 2
    assert [span.attributes["http.response.status_code"] for span in http if span.attributes] == [429, 200]
    attributes = dict(operation.attributes or {})
    assert "error.type" not in attributes and operation.status.status_code is StatusCode.UNSET
    assert attributes["azure.openai.ratelimit.remaining_tokens"] == 6688  # the answer that counted
    assert attributes["gen_ai.usage.output_tokens"] == 29
    assert [point[2] for point in histograms()["gen_ai.client.operation.duration"]] == [1]


async def test_429_that_exhausts_retries(kind: str, tracing: None) -> None:
    def answer(exchange: Exchange) -> Reply:
        return Reply.json(
            {"error": {"code": "429", "message": "Rate limit is exceeded."}},
            429,
            {"retry-after-ms": "10", "x-ratelimit-remaining-tokens": "0"},
        )

    with LoopbackServer(answer) as server:
        with pytest.raises(azopenai.HttpResponseError):
            await call(
                kind,
                server.url,
                "get_chat_completions",
                {"retry_total": 1},
                deployment="d",
                messages=[{"role": "user", "content": "x"}],
            )
    operation, http = spans()
    assert len(http) == 2
    attributes = dict(operation.attributes or {})
    assert attributes["error.type"] == "429"
    assert attributes["azure.openai.ratelimit.remaining_tokens"] == 0


CONVERSATION = [
    {"role": "system", "content": "You are terse."},
    {
        "role": "user",
        "content": [
            {"type": "text", "text": "What is in"},
            {"type": "image_url", "image_url": {"url": "https://x/cat.png"}},
        ],
    },
    {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": "look", "arguments": '{"at": "cat"}'}}
        ],
    },
    {"role": "tool", "tool_call_id": "call_1", "content": "a cat"},
]


@pytest.mark.parametrize(
    "how",
    [
        "off",
        "keyword",
        "AZURE_TRACING_GEN_AI_CONTENT_RECORDING_ENABLED",
        "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT",
        "keyword-off",
    ],
)
async def test_content_only_when_enabled(kind: str, tracing: None, how: str, monkeypatch: pytest.MonkeyPatch) -> None:
    options: dict[str, Any] = {}
    if how == "keyword":
        options["tracing_content"] = True
    elif how == "keyword-off":  # the keyword wins over the environment
        options["tracing_content"] = False
        monkeypatch.setenv("AZURE_TRACING_GEN_AI_CONTENT_RECORDING_ENABLED", "true")
    elif how != "off":
        monkeypatch.setenv(how, "true")
    with LoopbackServer(lambda exchange: replay(CHAT)) as server:
        await call(kind, server.url, "get_chat_completions", options, deployment="gpt-4-0613", messages=CONVERSATION)
    operation, _ = spans()
    attributes = dict(operation.attributes or {})
    if how in ("off", "keyword-off"):
        assert not any(name.startswith(("gen_ai.input", "gen_ai.output.messages")) for name in attributes)
        assert "You are terse" not in operation.to_json() and "1, 2, 3" not in operation.to_json()
        return
    assert json.loads(str(attributes["gen_ai.input.messages"])) == [
        {"role": "system", "parts": [{"type": "text", "content": "You are terse."}]},
        {
            "role": "user",
            "parts": [
                {"type": "text", "content": "What is in"},
                {"type": "uri", "modality": "image", "uri": "https://x/cat.png"},
            ],
        },
        {
            "role": "assistant",
            "parts": [{"type": "tool_call", "id": "call_1", "name": "look", "arguments": {"at": "cat"}}],
        },
        {"role": "tool", "parts": [{"type": "tool_call_response", "id": "call_1", "response": "a cat"}]},
    ]
    assert json.loads(str(attributes["gen_ai.output.messages"])) == [
        {
            "role": "assistant",
            "parts": [{"type": "text", "content": "1, 2, 3, 4, 5, 6, 7, 8, 9, 10."}],
            "finish_reason": "stop",
        }
    ]
    no_secret()


async def test_for_openai_is_provider_openai(kind: str, tracing: None) -> None:
    with LoopbackServer(lambda exchange: replay(CHAT)) as server:
        client = (azopenai.Client if kind == "sync" else azopenai.aio.Client).for_openai(
            AzureKeyCredential(KEY), endpoint=server.url + "/v1"
        )
        if kind == "sync":
            with client:
                client.get_chat_completions(deployment="gpt-4o", messages=[{"role": "user", "content": "x"}])
        else:
            async with client:
                await client.get_chat_completions(deployment="gpt-4o", messages=[{"role": "user", "content": "x"}])
    operation, _ = spans()
    assert (operation.attributes or {})["gen_ai.provider.name"] == "openai"
    assert operation.name == "chat gpt-4o"


async def test_tracing_off_records_nothing(kind: str, tracing: None) -> None:
    settings.tracing_enabled = False
    with LoopbackServer(lambda exchange: replay(CHAT)) as server:
        await call(kind, server.url, "get_chat_completions", deployment="gpt-4-0613", **request_fields(CHAT))
    assert _EXPORTER.get_finished_spans() == ()
    assert histograms() == {}


def test_tracing_content_must_be_a_bool() -> None:
    with pytest.raises(TypeError, match="tracing_content"):
        azopenai.Client("http://127.0.0.1:1", AzureKeyCredential(KEY), tracing_content="yes")  # type: ignore[arg-type]


def test_import_and_untraced_calls_do_not_load_opentelemetry() -> None:
    code = (
        "import sys, azopenai\n"
        "from azure.core.credentials import AzureKeyCredential\n"
        "from loopback import LoopbackServer, Reply\n"
        "with LoopbackServer(lambda e: Reply.json({'object': 'list', 'data': [], 'model': 'm', 'usage': {'prompt_tokens': 1, 'total_tokens': 1}})) as s:\n"
        "    with azopenai.Client(s.url, AzureKeyCredential('k')) as c:\n"
        "        c.get_embeddings(deployment='d', input=['x'])\n"
        "print(sorted(m for m in sys.modules if m.startswith('opentelemetry')))\n"
    )
    tests = str(__import__("pathlib").Path(__file__).parent)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tests)
    assert out.stdout.strip() == "[]"


def quota_headers(exchange: Exchange) -> Reply:
    headers = {"x-ratelimit-remaining-requests": "7", "x-ratelimit-remaining-tokens": "5120", "apim-request-id": "r1"}
    if len(exchange.path) and exchange.body.count(b'"stream":true'):
        return Reply(200, {"content-type": "text/event-stream", **headers}, [b"data: [DONE]\n\n"])
    return Reply.json(
        {"object": "list", "data": [], "model": "m", "usage": {"prompt_tokens": 1, "total_tokens": 1}}, 200, headers
    )


@pytest.mark.parametrize("method", ["get_embeddings", "get_chat_completions_stream"])
async def test_raw_response_hook_sees_each_response(kind: str, method: str) -> None:
    seen: list[tuple[int, str | None]] = []

    def hook(response: Any) -> None:
        seen.append(
            (response.http_response.status_code, response.http_response.headers.get("x-ratelimit-remaining-tokens"))
        )

    args: dict[str, Any] = {"deployment": "d", "raw_response_hook": hook}
    args.update(input=["x"]) if method == "get_embeddings" else args.update(messages=[{"role": "user", "content": "x"}])
    with LoopbackServer(quota_headers) as server:
        result = await call(kind, server.url, method, **args)
        if method == "get_chat_completions_stream":  # called when the headers arrived
            await result.close() if kind == "async" else result.close()
    assert seen == [(200, "5120")]


async def test_raw_response_hook_is_called_for_every_attempt(kind: str) -> None:
    seen: list[int] = []

    def hook(response: Any) -> None:  # a plain function for aio too: azure-core calls it, never awaits it
        seen.append(response.http_response.status_code)

    def answer(exchange: Exchange) -> Reply:
        if len(server.exchanges) == 1:
            return Reply.json({"error": {"code": "429", "message": "slow down"}}, 429, {"retry-after-ms": "10"})
        return replay(CHAT)

    with LoopbackServer(answer) as server:
        await call(
            kind, server.url, "get_chat_completions", deployment="d", messages=CONVERSATION, raw_response_hook=hook
        )
    assert seen == [429, 200]


async def test_raw_response_hook_must_be_callable(kind: str) -> None:
    with LoopbackServer(quota_headers) as server:
        with pytest.raises(TypeError, match="raw_response_hook must be callable"):
            await call(kind, server.url, "get_embeddings", deployment="d", input=["x"], raw_response_hook="print")
    assert server.exchanges == []


# -- against the emulator ----------------------------------------------------------------------------

EMULATOR_KEY = "emulator-telemetry-key"


@pytest.fixture(scope="module")
def emulator() -> Iterator[Any]:
    from azopenai.emulator import Emulator, Settings

    with Emulator(Settings(api_key=EMULATOR_KEY)) as running:
        yield running


async def on_emulator(kind: str, url: str, method: str, **kwargs: Any) -> Any:
    """``method`` on a fresh client; a stream is read to its end (errors raised), speech to its bytes."""
    cls = azopenai.Client if kind == "sync" else azopenai.aio.Client
    options = {"retry_total": 0}
    if kind == "sync":
        with cls(url, AzureKeyCredential(EMULATOR_KEY), **options) as client:
            result = getattr(client, method)(**kwargs)
            if method.endswith("_stream"):
                with result:
                    return list(result)
            return result.read() if method == "generate_speech_from_text" else result
    async with cls(url, AzureKeyCredential(EMULATOR_KEY), **options) as aclient:
        result = await getattr(aclient, method)(**kwargs)
        if method.endswith("_stream"):
            async with result:
                return [chunk async for chunk in result]
        return await result.read() if method == "generate_speech_from_text" else result


async def test_emulator_stream_with_usage(kind: str, tracing: None, emulator: Any) -> None:
    chunks = await on_emulator(
        kind,
        emulator.url,
        "get_chat_completions_stream",
        deployment="gpt-4o",
        messages=[{"role": "user", "content": "Say this is a test"}],
        max_tokens=5,
        stream_options={"include_usage": True},
    )
    usage = chunks[-1].usage
    operation, _ = spans()
    attributes = dict(operation.attributes or {})
    assert operation.name == "chat gpt-4o"
    assert attributes["gen_ai.request.max_tokens"] == 5 and attributes["gen_ai.request.stream"] is True
    assert attributes["gen_ai.usage.input_tokens"] == usage.prompt_tokens
    assert attributes["gen_ai.usage.output_tokens"] == usage.completion_tokens
    assert attributes["gen_ai.response.finish_reasons"] == tuple(
        str(choice.finish_reason) for chunk in chunks for choice in chunk.choices if choice.finish_reason
    )


@pytest.mark.parametrize(
    ("fault", "error_type"),
    [
        ("stream-error;after=2", "InternalServerError"),
        ("drop;after=3", "azopenai._exceptions.StreamInterruptedError"),
        ("no-done", "azopenai._exceptions.IncompleteStreamError"),
    ],
)
async def test_emulator_stream_errors(kind: str, tracing: None, emulator: Any, fault: str, error_type: str) -> None:
    with pytest.raises(azopenai.AzureError):
        await on_emulator(
            kind,
            emulator.url,
            "get_chat_completions_stream",
            deployment="gpt-4o",
            messages=[{"role": "user", "content": "Hi"}],
            headers={"x-emulator-fault": fault},
        )
    operation, _ = spans()
    assert operation.status.status_code is StatusCode.ERROR
    assert (operation.attributes or {})["error.type"] == error_type
    [(attributes, _, _)] = histograms()["gen_ai.client.operation.duration"]
    assert attributes["error.type"] == error_type


async def test_emulator_images_and_content_filter_refusal(kind: str, tracing: None, emulator: Any) -> None:
    await on_emulator(kind, emulator.url, "get_image_generations", deployment="dall-e-3", prompt="a cat")
    operation, _ = spans()
    assert operation.name == "image_generation dall-e-3"
    assert (operation.attributes or {})["gen_ai.output.type"] == "image"
    _EXPORTER.clear()
    with pytest.raises(azopenai.ContentFilterError):
        await on_emulator(
            kind,
            emulator.url,
            "get_chat_completions",
            deployment="gpt-4o",
            messages=[{"role": "user", "content": "Hi"}],
            headers={"x-emulator-fault": "content_filter;category=self_harm;severity=high"},
        )
    operation, _ = spans()
    attributes = dict(operation.attributes or {})
    assert attributes["error.type"] == "content_filter"
    assert attributes["azure.openai.content_filter.filtered_categories"] == ("self_harm",)
    assert attributes["azure.openai.content_filter.self_harm.severity"] == "high"
    no_secret()


async def test_emulator_audio_operations(kind: str, tracing: None, emulator: Any) -> None:
    audio = await on_emulator(
        kind, emulator.url, "generate_speech_from_text", deployment="tts", input="Hi", voice="alloy"
    )
    await on_emulator(kind, emulator.url, "get_audio_transcription", deployment="whisper", file=("a.mp3", audio))
    names = sorted(span.name for span in _EXPORTER.get_finished_spans() if span.name != "POST")
    assert names == ["audio_transcription whisper", "speech_generation tts"]
