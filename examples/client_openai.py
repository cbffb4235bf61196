"""Construct a client for the public OpenAI API (Go: NewClientForOpenAI).

Reads ``OPENAI_API_KEY``, ``OPENAI_ENDPOINT`` (e.g. https://api.openai.com/v1) and ``OPENAI_CHAT_MODEL``
(e.g. gpt-4o-mini). The same methods work; ``deployment`` is sent as the body's ``model``.
"""

import azopenai
from _env import require
from azure.core.credentials import AzureKeyCredential


def main() -> None:
    values = require("OPENAI_API_KEY", "OPENAI_ENDPOINT", "OPENAI_CHAT_MODEL")
    credential = AzureKeyCredential(values["OPENAI_API_KEY"])
    with azopenai.Client.for_openai(credential, endpoint=values["OPENAI_ENDPOINT"]) as client:
        resp = client.get_chat_completions(
            deployment=values["OPENAI_CHAT_MODEL"], messages=[{"role": "user", "content": "Say hello."}]
        )
        print(f"Model {resp.model} said: {resp.choices[0].message.content}")


if __name__ == "__main__":
    main()
