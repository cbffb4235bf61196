"""get_chat_completions: a pirate conversation, and the content-filter results Azure attaches."""

import azopenai
from _env import target
from azopenai.types import ChatMessageParam
from azure.core.credentials import AzureKeyCredential


def main() -> None:
    aoai = target("CHAT_COMPLETIONS")
    client = azopenai.Client(aoai.endpoint, AzureKeyCredential(aoai.api_key))

    # A conversation in progress: all messages, whatever their role, count against token usage.
    messages: list[ChatMessageParam] = [
        # The system message sets the tone and rules of the conversation.
        {"role": "system", "content": "You are a helpful assistant. You will talk like a pirate."},
        {"role": "user", "content": "Can you help me?"},
        # The model's earlier reply, sent back so it keeps the context.
        {"role": "assistant", "content": "Arrrr! Of course, me hearty! What can I do for ye?"},
        {"role": "user", "content": "What's the best way to train a parrot?"},
    ]
    with client:
        resp = client.get_chat_completions(deployment=aoai.deployment, messages=messages)

    for choice in resp.choices:
        print(f"Content[{choice.index}]: {choice.message.content}")
        results = choice.content_filter_results
        if results:
            for category in ("hate", "self_harm", "sexual", "violence"):
                result = getattr(results, category, None)
                if result:
                    print(f"  completion filter {category}: filtered={result.filtered} severity={result.severity}")
    for prompt in resp.prompt_filter_results or []:
        hate = prompt.content_filter_results.hate if prompt.content_filter_results else None
        if hate is not None:
            print(f"Prompt {prompt.prompt_index} filter hate: filtered={hate.filtered} severity={hate.severity}")
    if resp.usage is not None:
        print(f"Tokens used: {resp.usage.total_tokens}")


if __name__ == "__main__":
    main()
