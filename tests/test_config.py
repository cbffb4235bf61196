"""Configuration: proxies (explicit and from the environment), TLS verification, clients from the
environment, API keys as strings, endpoints pasted with the API's path. Real loopback servers."""

from __future__ import annotations

import shutil
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import azopenai
import azopenai.aio
import httpx2
import pytest
from azure.core.credentials import AzureKeyCredential
from clients import SECRET
from loopback import LoopbackServer
from routes import API_VERSION, azure_path, openai_path
from test_client import _embeddings_reply

PROXY_VARIABLES = [
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "NO_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
    "no_proxy",
]
ENV_VARIABLES = [
    "AZURE_OPENAI_ENDPOINT",
    "AZURE_OPENAI_API_KEY",
    "OPENAI_API_VERSION",
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
]
REMOTE = "http://azopenai.test"  # never resolved: only a proxy can answer for it


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES + ENV_VARIABLES:
        monkeypatch.delenv(name, raising=False)


async def embeddings(kind: str, endpoint: str, credential: Any = None, **options: Any) -> Any:
    credential = credential if credential is not None else AzureKeyCredential(SECRET)
    if kind == "sync":
        with azopenai.Client(endpoint, credential, **options) as client:
            return client.get_embeddings(deployment="d", input="x")
    async with azopenai.aio.Client(endpoint, credential, **options) as aclient:
        return await aclient.get_embeddings(deployment="d", input="x")


# --- proxies (item 10) ----------------------------------------------------------------------------------


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "ALL_PROXY", "http_proxy"])
async def test_proxy_from_the_environment(kind: str, monkeypatch: pytest.MonkeyPatch, variable: str) -> None:
    with LoopbackServer(_embeddings_reply) as proxy:
        monkeypatch.setenv(variable, proxy.url)
        result = await embeddings(kind, REMOTE, allow_insecure_http=True)
        sent = proxy.exchanges[0]
    assert result.data[0].embedding == [0.0]
    assert sent.path == azure_path("get_embeddings", "d") and sent.headers["host"] == "azopenai.test"
    assert sent.headers["api-key"] == SECRET


async def test_no_proxy_is_honoured(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with LoopbackServer(_embeddings_reply) as proxy, LoopbackServer(_embeddings_reply) as direct:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        await embeddings(kind, direct.url)
        assert (len(proxy.exchanges), len(direct.exchanges)) == (1, 0)  # proxied, loopback or not
        monkeypatch.setenv("NO_PROXY", "foo.test,127.0.0.1,bar.test")
        await embeddings(kind, direct.url)
        assert (len(proxy.exchanges), len(direct.exchanges)) == (1, 1)


async def test_explicit_proxy_and_trust_env(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with LoopbackServer(_embeddings_reply) as proxy, LoopbackServer(_embeddings_reply) as env_proxy:
        monkeypatch.setenv("HTTP_PROXY", env_proxy.url)
        await embeddings(kind, REMOTE, allow_insecure_http=True, proxy=proxy.url)
        await embeddings(kind, REMOTE, allow_insecure_http=True, proxy=httpx2.Proxy(proxy.url))
        assert (len(proxy.exchanges), len(env_proxy.exchanges)) == (2, 0)
        with LoopbackServer(_embeddings_reply) as direct:
            await embeddings(kind, direct.url, trust_env=False)
            assert (len(direct.exchanges), len(env_proxy.exchanges)) == (1, 0)


@pytest.mark.parametrize("cls", [azopenai.Client, azopenai.aio.Client])
def test_bad_proxy_and_verify_options(cls: type) -> None:
    key = AzureKeyCredential(SECRET)
    with pytest.raises(TypeError, match="proxy"):
        cls("https://x.openai.azure.com", key, proxy=8080)
    with pytest.raises(TypeError, match="verify"):
        cls("https://x.openai.azure.com", key, verify=1)
    with pytest.raises(ValueError, match="verify: no CA bundle"):
        cls("https://x.openai.azure.com", key, verify="/no/such/ca.pem")
    with pytest.raises(TypeError, match="transport="):
        cls("https://x.openai.azure.com", key, verify=False, transport=httpx2.HTTPTransport())


# --- TLS verification ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (made with the openssl command) and its key."""
    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1"]
        + ["-addext", "subjectAltName=IP:127.0.0.1", "-addext", "basicConstraints=critical,CA:TRUE"]
        + ["-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )
    return cert, key


@pytest.fixture
def tls_server(certificate: tuple[Path, Path]) -> Iterator[tuple[str, LoopbackServer]]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    server = LoopbackServer(_embeddings_reply)
    server._server.socket = context.wrap_socket(server._server.socket, server_side=True)
    with server:
        yield server.url.replace("http://", "https://"), server


async def test_verify(kind: str, tls_server: tuple[str, LoopbackServer], certificate: tuple[Path, Path]) -> None:
    url, server = tls_server
    cert = certificate[0]
    with pytest.raises(azopenai.ServiceRequestError, match="CERTIFICATE_VERIFY_FAILED"):
        await embeddings(kind, url, retry_total=0)  # the system CAs do not know it
    for verify in (str(cert), cert, ssl.create_default_context(cafile=str(cert)), False):
        result = await embeddings(kind, url, verify=verify)
        assert result.data[0].embedding == [0.0]
    assert len(server.exchanges) == 4


# --- configuration from the environment (item 11) ---------------------------------------------------------


async def test_from_env(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    cls = azopenai.Client if kind == "sync" else azopenai.aio.Client
    with LoopbackServer(_embeddings_reply) as server:
        monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", server.url)
        monkeypatch.setenv("AZURE_OPENAI_API_KEY", SECRET)
        monkeypatch.setenv("OPENAI_API_VERSION", "2024-10-21")
        client = cls.from_env()
        assert client.api_version == "2024-10-21"
        if kind == "sync":
            with client:
                client.get_embeddings(deployment="d", input="x")
        else:
            async with client:
                await client.get_embeddings(deployment="d", input="x")
        sent = server.exchanges[0]
    assert sent.headers["api-key"] == SECRET and sent.query == {"api-version": ["2024-10-21"]}
    assert cls.from_env(api_version="2024-06-01").api_version == "2024-06-01"  # a keyword beats the variable


@pytest.mark.parametrize("cls", [azopenai.Client, azopenai.aio.Client])
def test_from_env_names_what_is_missing(cls: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="AZURE_OPENAI_ENDPOINT"):
        cls.from_env()
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", "https://res.openai.azure.com")
    with pytest.raises(ValueError, match="AZURE_OPENAI_API_KEY"):
        cls.from_env()
    client = cls.from_env(AzureKeyCredential(SECRET))  # a credential given: no key needed
    assert client.api_version == API_VERSION and client.base_url == "https://res.openai.azure.com/openai"


async def test_for_openai_reads_openai_api_key(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    cls = azopenai.Client if kind == "sync" else azopenai.aio.Client
    with pytest.raises(ValueError, match="OPENAI_API_KEY"):
        cls.for_openai()
    with LoopbackServer(_embeddings_reply) as server:
        monkeypatch.setenv("OPENAI_API_KEY", SECRET)
        monkeypatch.setenv("OPENAI_BASE_URL", server.url + "/v1")
        client = cls.for_openai()
        if kind == "sync":
            with client:
                client.get_embeddings(deployment="text-embedding-3-small", input="x")
        else:
            async with client:
                await client.get_embeddings(deployment="text-embedding-3-small", input="x")
        sent = server.exchanges[0]
    assert sent.path == openai_path("get_embeddings") and sent.headers["authorization"] == f"Bearer {SECRET}"


async def test_a_plain_string_key(kind: str) -> None:
    with LoopbackServer(_embeddings_reply) as server:
        await embeddings(kind, server.url, SECRET)
        assert server.exchanges[0].headers["api-key"] == SECRET


@pytest.mark.parametrize("cls", [azopenai.Client, azopenai.aio.Client])
@pytest.mark.parametrize(
    "endpoint",
    ["https://res.openai.azure.com/openai", "https://res.openai.azure.com/openai/", "https://res.openai.azure.com/"],
)
def test_endpoint_with_the_api_path_is_normalised(cls: Any, endpoint: str) -> None:
    assert cls(endpoint, SECRET).base_url == "https://res.openai.azure.com/openai"


@pytest.mark.parametrize("cls", [azopenai.Client, azopenai.aio.Client])
@pytest.mark.parametrize(
    "endpoint",
    [
        "https://res.openai.azure.com/openai/deployments/gpt-4o",
        f"https://res.openai.azure.com{azure_path('get_chat_completions', 'gpt-4o')}",
        f"https://res.openai.azure.com{azure_path('get_chat_completions', 'gpt-4o')}?api-version=2024-10-21",
    ],
)
def test_endpoint_with_a_deployment_is_refused_clearly(cls: Any, endpoint: str) -> None:
    with pytest.raises(ValueError, match="endpoint") as info:
        cls(endpoint, SECRET)
    assert "https://res.openai.azure.com" in str(info.value)
