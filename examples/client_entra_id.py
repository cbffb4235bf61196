"""Construct a client with a Microsoft Entra ID credential (Go: NewClient with DefaultAzureCredential).

Any azure-core ``TokenCredential`` works. With ``azure-identity`` installed (``pip install
azure-identity``) this example uses ``DefaultAzureCredential`` (az login, managed identity, ...).
When ``AOAI_ENTRA_TOKEN`` is set it uses that token instead, through the small credential below:
that is how ``make demo`` runs it against the emulator, which accepts a configured bearer token.
"""

import os
import sys
import time
from typing import Any

import azopenai
from _env import require
from azure.core.credentials import AccessToken, TokenCredential


class StaticTokenCredential:
    """A TokenCredential that hands out one token you already have (e.g. from `az account get-access-token`)."""

    def __init__(self, token: str) -> None:
        self._token = token

    def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
        return AccessToken(self._token, int(time.time()) + 3600)


def credential() -> TokenCredential:
    token = os.environ.get("AOAI_ENTRA_TOKEN")
    if token:
        return StaticTokenCredential(token)
    try:
        from azure.identity import DefaultAzureCredential
    except ImportError:
        print("Skipping example: set AOAI_ENTRA_TOKEN or `pip install azure-identity`", file=sys.stderr)
        sys.exit(0)
    return DefaultAzureCredential()


def main() -> None:
    values = require("AOAI_ENDPOINT", "AOAI_CHAT_COMPLETIONS_MODEL")
    # Tokens are requested for https://cognitiveservices.azure.com/.default, cached and refreshed by azure-core.
    with azopenai.Client(values["AOAI_ENDPOINT"], credential()) as client:
        resp = client.get_chat_completions(
            deployment=values["AOAI_CHAT_COMPLETIONS_MODEL"], messages=[{"role": "user", "content": "Say hello."}]
        )
        print(f"Connected with Entra ID; the model said: {resp.choices[0].message.content}")


if __name__ == "__main__":
    main()
