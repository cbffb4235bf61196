"""azopenai: the Azure OpenAI data-plane client.

    import azopenai
    from azure.core.credentials import AzureKeyCredential

    with azopenai.Client("https://<resource>.openai.azure.com", AzureKeyCredential(key)) as client:
        resp = client.get_chat_completions(deployment="gpt-4o", messages=[{"role": "user", "content": "Hi"}])
        print(resp.choices[0].message.content)

``azopenai.aio.Client`` is the async twin. Errors are azure-core exceptions (see ``_exceptions``).
"""

from typing import TYPE_CHECKING

from ._assistants import AssistantsPolling
from ._base import DEFAULT_LIMITS, OperationNotAvailableError
from ._client import Client
from ._exceptions import (
    AzureError,
    ClientAuthenticationError,
    ContentFilterError,
    HttpResponseError,
    IncompleteStreamError,
    RequestBodyNotReplayableError,
    ResourceNotFoundError,
    ResponseNotReceivedError,
    RetryAfterTooLongError,
    ServiceRequestError,
    ServiceResponseError,
    StreamEventError,
    StreamInterruptedError,
)
from ._run_stream import AsyncRunStream, RunStream, UnknownStreamEvent
from ._speech import AsyncSpeechResponse, SpeechResponse
from ._streaming import AsyncStream, Stream
from ._version import VERSION

if TYPE_CHECKING:  # for type checkers ``azopenai.aio`` is there after ``import azopenai``; at run time
    from . import aio as aio  # it is imported on first use (__getattr__ below)

__version__ = VERSION

__all__ = [
    "AssistantsPolling",
    "AsyncRunStream",
    "AsyncSpeechResponse",
    "AsyncStream",
    "AzureError",
    "Client",
    "ClientAuthenticationError",
    "ContentFilterError",
    "DEFAULT_LIMITS",
    "HttpResponseError",
    "IncompleteStreamError",
    "OperationNotAvailableError",
    "RequestBodyNotReplayableError",
    "ResourceNotFoundError",
    "ResponseNotReceivedError",
    "RetryAfterTooLongError",
    "RunStream",
    "ServiceRequestError",
    "ServiceResponseError",
    "SpeechResponse",
    "Stream",
    "StreamEventError",
    "StreamInterruptedError",
    "UnknownStreamEvent",
    "aio",
]


def __getattr__(name: str) -> object:
    if name == "aio":  # imported on first use: most programs need only one of the two clients
        import importlib

        return importlib.import_module(".aio", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
