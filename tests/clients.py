"""Calling the sync or the async client the same way, so that each test runs over both."""

from __future__ import annotations

from typing import Any

import azopenai
import azopenai.aio
from azure.core.credentials import AzureKeyCredential

SECRET = "s3cr3t-key-do-not-log"
FAST_RETRY = {"retry_backoff_factor": 0.01}


async def call(
    kind: str,
    url: str,
    method: str,
    credential: Any = None,
    *,
    client_options: dict[str, Any] | None = None,
    openai: bool = False,
    **kwargs: Any,
) -> Any:
    """``method`` on a fresh sync or async client for ``url``."""
    credential = credential or AzureKeyCredential(SECRET)
    options = client_options or {}
    if kind == "sync":
        cls = azopenai.Client
        with cls.for_openai(credential, endpoint=url, **options) if openai else cls(url, credential, **options) as c:
            return getattr(c, method)(**kwargs)
    acls = azopenai.aio.Client
    async with (
        acls.for_openai(credential, endpoint=url, **options) if openai else acls(url, credential, **options)
    ) as ac:
        return await getattr(ac, method)(**kwargs)
