"""azopenai: the Azure OpenAI data-plane client.

    import azopenai
    from azure.core.credentials import AzureKeyCredential

    with azopenai.Client("https://<resource>.openai.azure.com", AzureKeyCredential(key)) as client:
        resp = client.get_chat_completions(deployment="gpt-4o", messages=[{"role": "user", "content": "Hi"}])
        print(resp.choices[0].message.content)

``azopenai.aio.Client`` is the async twin. Errors are azure-core exceptions (see ``_exceptions``).
"""

from ._base import DEFAULT_LIMITS
from ._client import Client
from ._exceptions import (
    AzureError,
    ClientAuthenticationError,
    ContentFilterError,
    HttpResponseError,
    IncompleteStreamError,
    RequestBodyNotReplayableError,
    ResourceNotFoundError,
    ServiceRequestError,
    ServiceResponseError,
    StreamEventError,
    StreamInterruptedError,
)
from ._speech import AsyncSpeechResponse, SpeechResponse
from ._streaming import AsyncStream, Stream
from ._version import VERSION

__version__ = VERSION

__all__ = [
    "AsyncSpeechResponse",
    "AsyncStream",
    "AzureError",
    "Client",
    "ClientAuthenticationError",
    "ContentFilterError",
    "DEFAULT_LIMITS",
    "HttpResponseError",
    "IncompleteStreamError",
    "RequestBodyNotReplayableError",
    "ResourceNotFoundError",
    "ServiceRequestError",
    "ServiceResponseError",
    "SpeechResponse",
    "Stream",
    "StreamEventError",
    "StreamInterruptedError",
    "aio",
]


def __getattr__(name: str) -> object:
    if name == "aio":  # imported on first use: most programs need only one of the two clients
        import importlib

        return importlib.import_module(".aio", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
