"""azopenai.aio: two chat completions at once with asyncio.gather, then one streamed with async for."""

import asyncio

import azopenai.aio
from _env import target
from azure.core.credentials import AzureKeyCredential


async def main() -> None:
    aoai = target("CHAT_COMPLETIONS")
    async with azopenai.aio.Client(aoai.endpoint, AzureKeyCredential(aoai.api_key)) as client:
        questions = ["Name a pirate ship.", "Name a parrot."]
        answers = await asyncio.gather(
            *(
                client.get_chat_completions(deployment=aoai.deployment, messages=[{"role": "user", "content": q}])
                for q in questions
            )
        )
        for question, resp in zip(questions, answers, strict=True):
            print(f"{question} -> {resp.choices[0].message.content}")  # str | None
            if resp.usage is not None:
                print(f"  tokens: {resp.usage.total_tokens}")

        stream = await client.get_chat_completions_stream(
            deployment=aoai.deployment, messages=[{"role": "user", "content": "Say hello like a pirate."}]
        )
        async with stream:
            async for chunk in stream:
                for choice in chunk.choices:
                    if choice.delta is not None and choice.delta.content is not None:
                        print(choice.delta.content, end="", flush=True)
        print()


if __name__ == "__main__":
    asyncio.run(main())
