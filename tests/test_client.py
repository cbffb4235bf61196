"""``azopenai.Client`` and ``azopenai.aio.Client`` against real loopback servers: recorded traffic,
authentication, retries, errors, guards and log redaction. Each test runs sync and async."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from typing import Any

import azopenai
import azopenai.aio
import pytest
from azopenai_generated.operations import API_VERSION
from azure.core.credentials import AccessToken, AzureKeyCredential
from clients import FAST_RETRY, SECRET, call
from loopback import Exchange, LoopbackServer, Reply, free_port_url
from recorded import examples, recordings
from routes import azure_path, openai_path, request_model, route
from routes import path as request_path


def replying(*replies: Reply) -> Callable[[Exchange], Reply]:
    """Answer with ``replies`` in order, repeating the last."""
    queue = list(replies)
    return lambda exchange: queue.pop(0) if len(queue) > 1 else queue[0]


# --- recorded traffic -------------------------------------------------------------------------------

METHODS = {"get_chat_completions", "get_completions", "get_embeddings", "get_image_generations"}
REPLAYED = [
    e
    for e in recordings()
    if e.content_type.startswith("application/json")
    and e.operation in METHODS
    and "extensions" not in e.uri
    and not e.request_body.get("stream")  # streamed requests: tests/test_streaming.py
]


@pytest.mark.parametrize("entry", REPLAYED, ids=lambda e: f"{e.recording}-{e.status}")
async def test_recording_replays(kind: str, entry: Any) -> None:
    openai = "openai.com/v1" in entry.uri
    fields = {k: v for k, v in entry.request_body.items() if k != "model"}
    deployment = entry.request_body["model"]
    with LoopbackServer(
        lambda x: Reply.json(entry.response_body, entry.status, {"apim-request-id": "rid-42"})
    ) as server:
        if entry.status == 200:
            result = await call(kind, server.url, entry.operation, openai=openai, deployment=deployment, **fields)
            assert result.to_dict() == entry.response_body  # every recorded value, typed
        else:
            with pytest.raises(azopenai.HttpResponseError) as info:
                await call(kind, server.url, entry.operation, openai=openai, deployment=deployment, **fields)
            assert info.value.status_code == entry.status
            assert info.value.error.code == entry.response_body["error"]["code"]
            assert "rid-42" in str(info.value)
        sent = server.exchanges[0]
    expected = dict(entry.request_body)
    if not openai:
        expected.pop("model")
        assert sent.path == azure_path(entry.operation, deployment)
        assert sent.query == {"api-version": [API_VERSION]}
        assert sent.headers["api-key"] == SECRET
    else:
        assert sent.path == "/" + route(entry.operation) and sent.query == {}
        assert sent.headers["authorization"] == f"Bearer {SECRET}"
        assert "api-key" not in sent.headers
    assert sent.json() == expected


async def test_content_filter_error_is_typed(kind: str) -> None:
    entry = next(e for e in recordings() if "ContentFilterWithError" in e.recording)
    with LoopbackServer(lambda x: Reply.json(entry.response_body, 400)) as server:
        with pytest.raises(azopenai.ContentFilterError) as info:
            await call(
                kind, server.url, "get_chat_completions", deployment="gpt-4", messages=entry.request_body["messages"]
            )
    error = info.value
    inner = entry.response_body["error"]["innererror"]["content_filter_result"]
    assert isinstance(error, azopenai.HttpResponseError)
    assert error.error.code == "content_filter"
    assert error.content_filter_results.to_dict() == inner
    assert error.content_filter_results.violence.filtered is inner["violence"]["filtered"]


async def test_image_content_policy_violation_is_a_content_filter_error(kind: str) -> None:
    results = {"sexual": {"filtered": True, "severity": "high"}, "violence": {"filtered": False, "severity": "safe"}}
    body = {
        "error": {
            "code": "content_policy_violation",
            "message": "Your request was rejected by the safety system.",
            "inner_error": {"code": "ResponsibleAIPolicyViolation", "content_filter_results": results},
        }
    }
    with LoopbackServer(lambda x: Reply.json(body, 400)) as server:
        with pytest.raises(azopenai.ContentFilterError) as info:
            await call(kind, server.url, "get_image_generations", deployment="dall-e-3", prompt="x")
    assert info.value.error.code == "content_policy_violation"
    assert info.value.content_filter_results.to_dict() == results
    assert info.value.content_filter_results.sexual.filtered is True


@pytest.mark.parametrize(
    ("status", "exc"),
    [
        (401, azopenai.ClientAuthenticationError),
        (403, azopenai.ClientAuthenticationError),
        (404, azopenai.ResourceNotFoundError),
        (400, azopenai.HttpResponseError),
    ],
)
async def test_status_maps_to_azure_exception(kind: str, status: int, exc: type) -> None:
    body = {"error": {"code": f"E{status}", "message": f"status {status} happened"}}
    with LoopbackServer(lambda x: Reply.json(body, status, {"x-request-id": "xr-7"})) as server:
        with pytest.raises(exc) as info:
            await call(kind, server.url, "get_embeddings", deployment="d", input="x")
    assert type(info.value) is exc
    assert info.value.status_code == status and info.value.error.code == f"E{status}"
    assert f"status {status} happened" in str(info.value) and "xr-7" in str(info.value)
    assert info.value.response.status_code == status


async def test_non_json_error_body_is_readable(kind: str) -> None:
    reply = Reply(502, {"content-type": "text/html"}, b"<html>Bad gateway from the proxy</html>")
    with LoopbackServer(lambda x: reply) as server, pytest.raises(azopenai.HttpResponseError) as info:
        await call(kind, server.url, "get_embeddings", client_options={"retry_total": 0}, deployment="d", input="x")
    assert info.value.status_code == 502
    assert "Bad gateway from the proxy" in str(info.value)


async def test_embeddings_base64_is_decoded(kind: str) -> None:
    import base64
    import struct

    floats = [0.5, -1.25, 3.0]
    b64 = base64.b64encode(struct.pack("<3f", *floats)).decode()
    payload = {
        "object": "list",
        "model": "ada",
        "data": [{"index": 0, "object": "embedding", "embedding": b64}],
        "usage": {"prompt_tokens": 1, "total_tokens": 1},
    }
    with LoopbackServer(lambda x: Reply.json(payload)) as server:
        result = await call(kind, server.url, "get_embeddings", deployment="ada", input="x", encoding_format="base64")
        assert server.exchanges[0].json()["encoding_format"] == "base64"
    assert result.data[0].embedding == floats


# --- authentication ---------------------------------------------------------------------------------


class FakeTokenCredential:
    """A TokenCredential handing out numbered tokens that expire ``lifetime`` seconds after issue."""

    def __init__(self, lifetime: int) -> None:
        self.lifetime = lifetime
        self.calls: list[tuple[str, ...]] = []
        self.claims: list[str | None] = []

    def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
        self.calls.append(scopes)
        self.claims.append(kwargs.get("claims"))
        return AccessToken(f"token-{len(self.calls)}", int(time.time()) + self.lifetime)

    async def close(self) -> None:
        pass

    async def __aenter__(self) -> FakeTokenCredential:
        return self

    async def __aexit__(self, *args: object) -> None:
        pass


class AsyncFakeTokenCredential(FakeTokenCredential):
    async def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:  # type: ignore[override]
        return super().get_token(*scopes, **kwargs)


def _embeddings_reply(x: Exchange) -> Reply:
    return Reply.json({"data": [{"index": 0, "embedding": [0.0]}], "usage": {"prompt_tokens": 1, "total_tokens": 1}})


@pytest.mark.parametrize(("lifetime", "tokens"), [(3600, ["token-1"] * 3), (60, ["token-1", "token-2", "token-3"])])
async def test_entra_id_tokens_are_cached_and_refreshed(kind: str, lifetime: int, tokens: list[str]) -> None:
    """A token valid for an hour serves every request; one expiring within azure-core's 300 s refresh
    window is fetched again for each request."""
    credential = FakeTokenCredential(lifetime) if kind == "sync" else AsyncFakeTokenCredential(lifetime)
    with LoopbackServer(_embeddings_reply) as server:
        if kind == "sync":
            with azopenai.Client(server.url, credential) as client:
                for _ in range(3):
                    client.get_embeddings(deployment="d", input="x")
        else:
            async with azopenai.aio.Client(server.url, credential) as aclient:
                for _ in range(3):
                    await aclient.get_embeddings(deployment="d", input="x")
        sent = [x.headers["authorization"] for x in server.exchanges]
    assert sent == [f"Bearer {t}" for t in tokens]
    assert set(credential.calls) == {("https://cognitiveservices.azure.com/.default",)}
    assert "api-key" not in server.exchanges[0].headers


async def test_cae_claims_challenge_gets_a_new_token(kind: str) -> None:
    """A 401 with a CAE ``insufficient_claims`` challenge: azure-core asks the credential for a token
    with those claims and sends the request again, once."""
    import base64

    claims = '{"access_token":{"nbf":{"essential":true,"value":"1726258122"}}}'
    encoded = base64.b64encode(claims.encode()).decode()
    challenge = Reply.json(
        {"error": {"code": "401", "message": "claims"}},
        401,
        {
            "WWW-Authenticate": f'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/'
            f'oauth2/authorize", error="insufficient_claims", claims="{encoded}"'
        },
    )
    credential = FakeTokenCredential(3600) if kind == "sync" else AsyncFakeTokenCredential(3600)
    with LoopbackServer(replying(challenge, _embeddings_reply(None))) as server:  # type: ignore[arg-type]
        result = await call(kind, server.url, "get_embeddings", credential, deployment="d", input="x")
        sent = [x.headers["authorization"] for x in server.exchanges]
    assert result.data[0].embedding == [0.0]
    assert sent == ["Bearer token-1", "Bearer token-2"]
    assert credential.claims == [None, claims]


async def test_key_rotation(kind: str) -> None:
    credential = AzureKeyCredential("first-key")
    with LoopbackServer(_embeddings_reply) as server:
        if kind == "sync":
            with azopenai.Client(server.url, credential) as client:
                client.get_embeddings(deployment="d", input="x")
                credential.update("second-key")
                client.get_embeddings(deployment="d", input="x")
        else:
            async with azopenai.aio.Client(server.url, credential) as aclient:
                await aclient.get_embeddings(deployment="d", input="x")
                credential.update("second-key")
                await aclient.get_embeddings(deployment="d", input="x")
        assert [x.headers["api-key"] for x in server.exchanges] == ["first-key", "second-key"]


async def test_user_agent_and_request_id(kind: str) -> None:
    with LoopbackServer(_embeddings_reply) as server:
        await call(
            kind, server.url, "get_embeddings", client_options={"user_agent": "myapp/1.0"}, deployment="d", input="x"
        )
        headers = server.exchanges[0].headers
    assert headers["user-agent"].startswith(f"myapp/1.0 azsdk-python-azopenai/{azopenai.__version__} Python/")
    assert uuid.UUID(headers["x-ms-client-request-id"]).version == 4  # random, not uuid1's clock and MAC


async def test_request_id_per_request_and_caller_header_wins(kind: str) -> None:
    with LoopbackServer(_embeddings_reply) as server:
        for _ in range(2):
            await call(kind, server.url, "get_embeddings", deployment="d", input="x")
        mine = {"x-ms-client-request-id": "my-request"}
        await call(kind, server.url, "get_embeddings", deployment="d", input="x", headers=mine)
        ids = [x.headers["x-ms-client-request-id"] for x in server.exchanges]
    assert ids[0] != ids[1]
    assert ids[2] == "my-request"


# --- retries and transport failures ------------------------------------------------------------------


@pytest.mark.parametrize("header", [{"retry-after-ms": "300"}, {"retry-after": "1"}, {"x-ms-retry-after-ms": "300"}])
async def test_429_waits_as_advertised_then_succeeds(kind: str, header: dict[str, str]) -> None:
    wait = 1.0 if "retry-after" in header else 0.3
    throttled = Reply.json({"error": {"code": "429", "message": "Rate limit"}}, 429, header)
    with LoopbackServer(replying(throttled, _embeddings_reply(None))) as server:  # type: ignore[arg-type]
        start = time.monotonic()
        result = await call(kind, server.url, "get_embeddings", deployment="d", input="x")
        elapsed = time.monotonic() - start
        assert len(server.exchanges) == 2
        assert server.exchanges[0].body == server.exchanges[1].body
    assert result.data[0].embedding == [0.0]
    assert elapsed >= wait * 0.9  # the advertised wait was honoured (a lower bound, not a timing target)


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
async def test_retried_statuses(kind: str, status: int) -> None:
    failing = Reply.json({"error": {"code": str(status), "message": "try again"}}, status)
    with LoopbackServer(replying(failing, _embeddings_reply(None))) as server:  # type: ignore[arg-type]
        await call(kind, server.url, "get_embeddings", client_options=FAST_RETRY, deployment="d", input="x")
        assert len(server.exchanges) == 2


async def test_gives_up_after_3_retries(kind: str) -> None:
    failing = Reply.json({"error": {"code": "ServiceUnavailable", "message": "busy"}}, 503)
    with LoopbackServer(lambda x: failing) as server:
        with pytest.raises(azopenai.HttpResponseError) as info:
            await call(kind, server.url, "get_embeddings", client_options=FAST_RETRY, deployment="d", input="x")
        assert len(server.exchanges) == 4  # the first attempt and 3 retries
    assert info.value.status_code == 503


async def test_400_is_not_retried(kind: str) -> None:
    with LoopbackServer(lambda x: Reply.json({"error": {"code": "bad", "message": "no"}}, 400)) as server:
        with pytest.raises(azopenai.HttpResponseError):
            await call(kind, server.url, "get_embeddings", client_options=FAST_RETRY, deployment="d", input="x")
        assert len(server.exchanges) == 1


async def test_connection_refused(kind: str) -> None:
    with pytest.raises(azopenai.ServiceRequestError):
        await call(kind, free_port_url(), "get_embeddings", client_options=FAST_RETRY, deployment="d", input="x")


async def test_read_timeout(kind: str) -> None:
    slow = Reply(200, {"content-type": "application/json"}, [b"{", b'"data": []}'], chunk_delay=1.0)
    with LoopbackServer(lambda x: slow) as server, pytest.raises(azopenai.ServiceResponseError):
        await call(kind, server.url, "get_embeddings", deployment="d", input="x", timeout=0.2)


# --- the OpenAI endpoint and the spec's other operations --------------------------------------------


async def test_openai_shape(kind: str) -> None:
    body = examples()["chat_completions"]["responses"]["200"]["body"]
    with LoopbackServer(lambda x: Reply.json(body)) as server:
        result = await call(
            kind,
            server.url + "/v1",
            "get_chat_completions",
            openai=True,
            deployment="gpt-4o",
            messages=[{"role": "user", "content": "hi"}],
        )
        sent = server.exchanges[0]
    assert result.id == body["id"]
    assert (sent.path, sent.query) == (openai_path("get_chat_completions"), {})
    assert sent.headers["authorization"] == f"Bearer {SECRET}"
    assert sent.json() == {"messages": [{"role": "user", "content": "hi"}], "model": "gpt-4o"}


LIST = {"object": "list", "data": [], "first_id": "", "last_id": "", "has_more": False}
THREAD = {"id": "thread_1", "object": "thread", "created_at": 1, "tool_resources": None, "metadata": None}


@pytest.mark.parametrize(
    ("group", "operation", "args", "reply", "path"),
    [
        ("assistants", "list_assistants", {}, LIST, request_path("list_assistants")),
        (
            "assistants",
            "create_thread",
            {"body": request_model("create_thread")()},
            THREAD,
            request_path("create_thread"),
        ),
        (
            "assistants",
            "list_messages",
            {"thread_id": "thread_1"},
            LIST,
            request_path("list_messages", thread_id="thread_1"),
        ),
        ("assistants", "list_runs", {"thread_id": "thread_1"}, LIST, request_path("list_runs", thread_id="thread_1")),
        ("vector_stores", "list_vector_stores", {}, LIST, request_path("list_vector_stores")),
    ],
)
async def test_generated_operations_use_the_authenticated_pipeline(
    kind: str, group: str, operation: str, args: dict[str, Any], reply: dict[str, Any], path: str
) -> None:
    import importlib

    module = importlib.import_module(f"azopenai_generated.api.{group}.{operation}")
    with LoopbackServer(lambda x: Reply.json(reply)) as server:
        if kind == "sync":
            with azopenai.Client(server.url, AzureKeyCredential(SECRET)) as client:
                result = module.sync(client=client.generated, api_version=client.api_version, **args)
        else:
            async with azopenai.aio.Client(server.url, AzureKeyCredential(SECRET)) as aclient:
                result = await module.asyncio(client=aclient.generated, api_version=aclient.api_version, **args)
        sent = server.exchanges[0]
    assert result.to_dict() == reply
    assert sent.path == path and sent.headers["api-key"] == SECRET
    assert sent.headers["user-agent"].startswith("azsdk-python-azopenai/")


# --- guards, keywords, secrets -------------------------------------------------------------------------


@pytest.mark.parametrize("cls", [azopenai.Client, azopenai.aio.Client])
def test_plain_http_credential_guard(cls: type) -> None:
    key = AzureKeyCredential(SECRET)
    with pytest.raises(ValueError, match="allow_insecure_http=True") as info:
        cls("http://myresource.openai.azure.com", key)
    assert SECRET not in str(info.value)
    cls("http://myresource.openai.azure.com", key, allow_insecure_http=True)
    for loopback in ("http://127.0.0.1:8080", "http://127.5.6.7", "http://localhost:1234", "http://[::1]:8080"):
        cls(loopback, key)


@pytest.mark.parametrize("cls", [azopenai.Client, azopenai.aio.Client])
@pytest.mark.parametrize(
    ("endpoint", "error"),
    [
        ("myresource.openai.azure.com", ValueError),
        ("ftp://x.openai.azure.com", ValueError),
        ("", TypeError),
        (None, TypeError),
        ("https://", ValueError),
    ],
)
def test_bad_endpoints(cls: type, endpoint: Any, error: type) -> None:
    with pytest.raises(error, match="endpoint"):
        cls(endpoint, AzureKeyCredential(SECRET))


@pytest.mark.parametrize("cls", [azopenai.Client, azopenai.aio.Client])
def test_bad_credentials(cls: type) -> None:
    with pytest.raises(TypeError, match="credential is required"):
        cls("https://x.openai.azure.com", None)
    with pytest.raises(TypeError, match="credential must be|TokenCredential"):
        cls("https://x.openai.azure.com", b"a-key-in-bytes")
    with pytest.raises(TypeError, match="api_version"):
        cls.for_openai(AzureKeyCredential(SECRET), api_version=API_VERSION)
    with pytest.raises(TypeError, match="retry_totl"):
        cls.for_openai(AzureKeyCredential(SECRET), retry_totl=1)


async def test_keyword_mistakes_fail_before_sending(kind: str) -> None:
    with LoopbackServer(_embeddings_reply) as server:
        cases = [
            ({"deployment": "d", "messages": [], "temprature": 1}, TypeError, "'temprature'"),
            ({"deployment": "d"}, TypeError, "missing required keyword argument 'messages'"),
            ({"messages": []}, TypeError, "deployment"),
            ({"deployment": "d", "messages": [], "stream": True}, TypeError, "get_chat_completions_stream"),
            ({"deployment": "d", "messages": [], "stream_options": {}}, TypeError, "stream_options"),
            ({"deployment": "d", "messages": [object()]}, TypeError, r"messages\[0\]"),
        ]
        for kwargs, error, message in cases:
            with pytest.raises(error, match=message):
                await call(kind, server.url, "get_chat_completions", **kwargs)
        assert server.exchanges == []


async def test_secrets_never_logged_or_shown(kind: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with LoopbackServer(lambda x: Reply.json({"error": {"code": "401", "message": "Access denied"}}, 401)) as server:
        with pytest.raises(azopenai.ClientAuthenticationError) as info:
            await call(
                kind,
                server.url,
                "get_chat_completions",
                client_options={"logging_enable": True},
                deployment="d",
                messages=[{"role": "user", "content": "hi"}],
            )
        assert server.exchanges[0].headers["api-key"] == SECRET
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "Request URL" in logged and "api-version" in logged  # the network trace did log the request
    assert SECRET not in logged
    assert SECRET not in str(info.value) and SECRET not in repr(info.value)
    client = azopenai.Client(server.url, AzureKeyCredential(SECRET))
    assert SECRET not in repr(client) and SECRET not in repr(vars(client))
