"""Async clients: ``azopenai.aio.Client`` has the methods of ``azopenai.Client`` as coroutines."""

from ._assistants import AsyncAssistantsPolling
from ._client import Client

__all__ = ["AsyncAssistantsPolling", "Client"]
