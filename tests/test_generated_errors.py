"""The generated API functions raise azure-core errors, never ``UnexpectedStatus``: through the client's
generated client exactly the client's own errors, and with a generated client built alone the
azure-core exception for the status."""

from __future__ import annotations

import azopenai
import azopenai.aio
import pytest
from azopenai_generated import Client as GeneratedClient
from azopenai_generated import errors
from azopenai_generated.api.assistants import get_assistant, list_assistants
from azure.core.credentials import AzureKeyCredential
from azure.core.exceptions import ClientAuthenticationError, HttpResponseError, ResourceNotFoundError
from clients import SECRET
from loopback import LoopbackServer, Reply

DENIED = {"error": {"code": "401", "message": "Access denied due to invalid subscription key."}}
MISSING = {"error": {"code": "NotFound", "message": "No assistant found with id 'asst_x'."}}
CASES = [(401, DENIED, ClientAuthenticationError), (404, MISSING, ResourceNotFoundError)]


@pytest.mark.parametrize(("status", "body", "expected"), CASES)
async def test_through_the_client(kind: str, status: int, body: dict[str, object], expected: type) -> None:
    reply = Reply.json(body, status=status, headers={"apim-request-id": "req-42"})
    with LoopbackServer(lambda x: reply) as server:
        with pytest.raises(expected) as info:
            if kind == "sync":
                with azopenai.Client(server.url, AzureKeyCredential(SECRET)) as client:
                    get_assistant.sync(client=client.generated, assistant_id="asst_x", api_version=client.api_version)
            else:
                async with azopenai.aio.Client(server.url, AzureKeyCredential(SECRET)) as aclient:
                    await get_assistant.asyncio(
                        client=aclient.generated, assistant_id="asst_x", api_version=aclient.api_version
                    )
    error = info.value
    assert type(error) is expected and error.status_code == status
    assert error.error is not None and error.error.message == body["error"]["message"]  # type: ignore[index]
    assert "req-42" in str(error)  # the client's own error, request id included
    assert SECRET not in str(error)


@pytest.mark.parametrize(("status", "body", "expected"), [*CASES, (500, {"x": 1}, HttpResponseError)])
def test_generated_client_alone(status: int, body: dict[str, object], expected: type) -> None:
    with LoopbackServer(lambda x: Reply.json(body, status=status)) as server:
        with GeneratedClient(base_url=server.url) as client, pytest.raises(expected) as info:
            list_assistants.sync_detailed(client=client, api_version="v")
    error = info.value
    assert type(error) is expected and error.status_code == status and error.response.status_code == status
    if "error" in body:
        assert error.error.code == body["error"]["code"]  # type: ignore[index]
        assert body["error"]["message"] in str(error)  # type: ignore[index]
    else:
        assert '{"x": 1}' in str(error)


def test_no_unexpected_status_left() -> None:
    assert not hasattr(errors, "UnexpectedStatus")
    assert errors.status_error is GeneratedClient(base_url="http://x").error_from_response
