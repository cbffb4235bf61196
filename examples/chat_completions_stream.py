"""get_chat_completions_stream: print each chunk as it arrives."""

import azopenai
from _env import target
from azopenai.types import ChatMessageParam
from azure.core.credentials import AzureKeyCredential


def main() -> None:
    aoai = target("CHAT_COMPLETIONS")
    messages: list[ChatMessageParam] = [
        {
            "role": "system",
            "content": "You are a helpful assistant. You will talk like a pirate and limit your responses to 20 words or less.",
        },
        {"role": "user", "content": "Can you help me?"},
        {"role": "assistant", "content": "Arrrr! Of course, me hearty! What can I do for ye?"},
        {"role": "user", "content": "What's the best way to train a parrot?"},
    ]
    with azopenai.Client(aoai.endpoint, AzureKeyCredential(aoai.api_key)) as client:
        # The stream is an iterator of typed chunks and a context manager that releases the connection.
        with client.get_chat_completions_stream(deployment=aoai.deployment, messages=messages, n=1) as stream:
            got_reply = False
            for chunk in stream:
                # Azure's first chunk often has no choices, only the prompt's content-filter results.
                for choice in chunk.choices:
                    got_reply = True
                    delta = choice.delta
                    text = delta.content if delta and isinstance(delta.content, str) else ""
                    role = str(delta.role) if delta and delta.role else ""
                    print(f"Content[{choice.index}], role {role!r}: {text!r}")
    if got_reply:
        print("Got chat completions streaming reply")


if __name__ == "__main__":
    main()
