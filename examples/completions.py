"""get_completions: the legacy text completion API."""

import azopenai
from _env import target
from azure.core.credentials import AzureKeyCredential


def main() -> None:
    aoai = target("COMPLETIONS")
    with azopenai.Client(aoai.endpoint, AzureKeyCredential(aoai.api_key)) as client:
        resp = client.get_completions(
            deployment=aoai.deployment,
            prompt=["What is Azure OpenAI, in 20 words or less"],
            max_tokens=2048,
            temperature=0.0,
        )
    for choice in resp.choices:
        print(f"Result: {choice.text.strip()}")


if __name__ == "__main__":
    main()
