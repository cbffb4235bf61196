"""Async clients: ``azopenai.aio.Client`` has the methods of ``azopenai.Client`` as coroutines."""

from ._client import Client

__all__ = ["Client"]
