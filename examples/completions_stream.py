"""get_completions_stream: the legacy text completion API, streamed."""

import azopenai
from _env import target
from azure.core.credentials import AzureKeyCredential


def main() -> None:
    aoai = target("COMPLETIONS")
    with azopenai.Client(aoai.endpoint, AzureKeyCredential(aoai.api_key)) as client:
        with client.get_completions_stream(
            deployment=aoai.deployment,
            prompt=["What is Azure OpenAI, in 20 words or less?"],
            max_tokens=2048,
            temperature=0.0,
        ) as stream:
            for chunk in stream:
                for choice in chunk.choices:
                    print(f"Result: {choice.text!r}")
    print("*** No more completions ***")


if __name__ == "__main__":
    main()
