"""Construct a client for an Azure OpenAI resource with an API key (Go: NewClientWithKeyCredential)."""

import azopenai
from _env import target
from azure.core.credentials import AzureKeyCredential


def main() -> None:
    aoai = target("CHAT_COMPLETIONS")
    # The key is sent as the `api-key` header; AzureKeyCredential.update() rotates it for later requests.
    with azopenai.Client(aoai.endpoint, AzureKeyCredential(aoai.api_key)) as client:
        resp = client.get_chat_completions(
            deployment=aoai.deployment, messages=[{"role": "user", "content": "Say hello."}]
        )
        print(f"Connected with an API key; the model said: {resp.choices[0].message.content}")


if __name__ == "__main__":
    main()
