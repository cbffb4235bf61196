"""Credentials stay with the client's own endpoint and out of logs; deployment names cannot change the
URL. Real loopback servers, sync and async."""

from __future__ import annotations

import logging
from typing import Any

import azopenai
import azopenai.aio
import httpx2
import pytest
from azure.core.credentials import AzureKeyCredential
from clients import FAST_RETRY, SECRET, call
from loopback import Exchange, LoopbackServer, Reply
from routes import azure_path
from test_client import AsyncFakeTokenCredential, FakeTokenCredential, _embeddings_reply, replying

BUSY = Reply.json({"error": {"code": "ServiceUnavailable", "message": "busy"}}, 503)


def _credential(kind: str, auth: str) -> Any:
    if auth == "key":
        return AzureKeyCredential(SECRET)
    return FakeTokenCredential(3600) if kind == "sync" else AsyncFakeTokenCredential(3600)


def _secret(auth: str) -> str:
    return SECRET if auth == "key" else "token-1"


def _traced_requests(caplog: pytest.LogCaptureFixture) -> int:
    """Requests logged by azure-core's network trace (``logging_enable=True``)."""
    trace = "azure.core.pipeline.policies._universal"
    return sum(1 for r in caplog.records if r.name == trace and r.getMessage().startswith("Request URL"))


def _sent_credential(exchange: Exchange) -> str | None:
    return exchange.headers.get("api-key") or exchange.headers.get("authorization")


@pytest.mark.parametrize("auth", ["key", "token"])
async def test_credential_never_logged_across_retries(kind: str, auth: str, caplog: pytest.LogCaptureFixture) -> None:
    """503 then 200 with ``logging_enable=True``: both attempts are traced, neither with the credential."""
    caplog.set_level(logging.DEBUG)
    with LoopbackServer(replying(BUSY, _embeddings_reply(None))) as server:  # type: ignore[arg-type]
        result = await call(
            kind,
            server.url,
            "get_embeddings",
            _credential(kind, auth),
            client_options={"logging_enable": True, **FAST_RETRY},
            deployment="d",
            input="x",
        )
        sent = [_sent_credential(x) for x in server.exchanges]
    assert result.data[0].embedding == [0.0]
    secret = _secret(auth)
    assert sent == [secret if auth == "key" else f"Bearer {secret}"] * 2  # the retry was authenticated too
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert _traced_requests(caplog) == 2  # the network trace logged both attempts
    assert secret not in logged


@pytest.mark.parametrize("auth", ["key", "token"])
async def test_credential_never_logged_on_errors(kind: str, auth: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with LoopbackServer(lambda x: BUSY) as server:
        with pytest.raises(azopenai.HttpResponseError) as info:
            await call(
                kind,
                server.url,
                "get_embeddings",
                _credential(kind, auth),
                client_options={"logging_enable": True, **FAST_RETRY},
                deployment="d",
                input="x",
            )
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert _traced_requests(caplog) == 4
    assert _secret(auth) not in logged
    assert _secret(auth) not in str(info.value) and _secret(auth) not in repr(info.value.response.request.headers)


async def _http_client_get(kind: str, own: str, other: str, auth: str, **options: Any) -> httpx2.Response:
    credential = _credential(kind, auth)
    if kind == "sync":
        with azopenai.Client(own, credential) as client:
            return client.http_client.get(other, **options)
    async with azopenai.aio.Client(own, credential) as aclient:
        return await aclient.http_client.get(other, **options)


@pytest.mark.parametrize("auth", ["key", "token"])
async def test_no_credential_to_another_origin(kind: str, auth: str) -> None:
    """Two loopback servers on different ports are different origins: ``http_client`` may call the
    other one, without the credential; the client's own origin still gets it."""
    with LoopbackServer(lambda x: Reply.json({})) as own, LoopbackServer(lambda x: Reply.json({})) as other:
        response = await _http_client_get(kind, own.url, other.url + "/elsewhere", auth)
        assert response.status_code == 200
        await _http_client_get(kind, own.url, own.url + "/openai/models", auth)
        assert _sent_credential(other.exchanges[0]) is None
        assert _sent_credential(own.exchanges[0]) is not None


@pytest.mark.parametrize("auth", ["key", "token"])
async def test_no_credential_across_a_cross_origin_redirect(kind: str, auth: str) -> None:
    """A 307 chain own -> other -> other: only the first hop, to the client's own origin, is authenticated."""
    with LoopbackServer(lambda x: Reply.json({"hop": 3})) as other:

        def redirect(exchange: Exchange) -> Reply:
            return Reply(307, {"location": other.url + "/second", "content-length": "0"})

        with LoopbackServer(redirect) as own:
            response = await _http_client_get(kind, own.url, own.url + "/first", auth, follow_redirects=True)
            assert response.json() == {"hop": 3}
            assert _sent_credential(own.exchanges[0]) is not None
        assert [_sent_credential(x) for x in other.exchanges] == [None]


@pytest.mark.parametrize(
    "deployment", ["..", ".", "../../admin", "a/b", "x#", "x?y=1", "a\\b", "tab\there", "nl\nx", "del\x7f"]
)
async def test_deployment_names_that_would_change_the_url_are_refused(kind: str, deployment: str) -> None:
    with LoopbackServer(_embeddings_reply) as server:
        with pytest.raises(ValueError, match="deployment"):
            await call(kind, server.url, "get_embeddings", deployment=deployment, input="x")
        with pytest.raises(ValueError, match="deployment"):
            await call(kind, server.url, "get_audio_transcription", deployment=deployment, file=b"RIFF")
        assert server.exchanges == []


@pytest.mark.parametrize(
    ("deployment", "path"), [("my model", "my%20model"), ("gpt-4o", "gpt-4o"), ("a%2Fb", "a%252Fb"), ("é", "%C3%A9")]
)
async def test_deployment_names_are_percent_encoded(kind: str, deployment: str, path: str) -> None:
    with LoopbackServer(_embeddings_reply) as server:
        await call(kind, server.url, "get_embeddings", deployment=deployment, input="x")
        assert server.exchanges[0].path == azure_path("get_embeddings", path)


@pytest.mark.parametrize("auth", ["key", "token"])
async def test_same_origin_redirect_is_authenticated_and_not_logged(
    kind: str, auth: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)

    def answer(exchange: Exchange) -> Reply:
        if exchange.path == "/first":
            return Reply(307, {"location": "/second", "content-length": "0"})
        return Reply.json({"hop": 2})

    credential = _credential(kind, auth)
    with LoopbackServer(answer) as own:
        if kind == "sync":
            with azopenai.Client(own.url, credential, logging_enable=True) as client:
                response = client.http_client.get(own.url + "/first", follow_redirects=True)
        else:
            async with azopenai.aio.Client(own.url, credential, logging_enable=True) as aclient:
                response = await aclient.http_client.get(own.url + "/first", follow_redirects=True)
        sent = [_sent_credential(x) for x in own.exchanges]
    assert response.json() == {"hop": 2}
    assert all(sent) and len(sent) == 2
    assert _secret(auth) not in repr(response.request.headers) and _secret(auth) not in repr(response.history)
    assert _traced_requests(caplog) == 2
    assert _secret(auth) not in "\n".join(record.getMessage() for record in caplog.records)
