"""get_chat_completions with tools: the model asks for a function call, we answer with its result."""

import json

import azopenai
from _env import target
from azopenai.types import AssistantMessageParam, ChatMessageParam, ToolParam
from azure.core.credentials import AzureKeyCredential

WEATHER_TOOL: ToolParam = {
    "type": "function",
    "function": {
        "name": "get_current_weather",
        "description": "Get the current weather in a given location",
        "parameters": {
            "type": "object",
            "properties": {
                "location": {"type": "string", "description": "The city and state, e.g. San Francisco, CA"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
            },
            "required": ["location"],
        },
    },
}


def main() -> None:
    aoai = target("CHAT_COMPLETIONS")
    messages: list[ChatMessageParam] = [
        {"role": "user", "content": "What's the weather like in Boston, MA, in celsius?"}
    ]
    with azopenai.Client(aoai.endpoint, AzureKeyCredential(aoai.api_key)) as client:
        resp = client.get_chat_completions(
            deployment=aoai.deployment, messages=messages, tools=[WEATHER_TOOL], temperature=0.0
        )
        message = resp.choices[0].message
        if not message.tool_calls:
            print(f"The model answered without calling the function: {message.content}")
            return
        call = message.tool_calls[0]
        print(f"Function name: {call.function.name!r}")
        # The arguments come back as a JSON string.
        print(f"Parameters: {json.loads(call.function.arguments)}")

        # Send the model's request and the function's result back; the model answers with it.
        asked: AssistantMessageParam = {
            "role": "assistant",
            "content": message.content if isinstance(message.content, str) else None,
            "tool_calls": message.tool_calls,
        }
        messages.append(asked)
        messages.append({"role": "tool", "tool_call_id": call.id, "content": "22 degrees celsius and sunny"})
        final = client.get_chat_completions(deployment=aoai.deployment, messages=messages, tools=[WEATHER_TOOL])
        print(f"Answer: {final.choices[0].message.content}")


if __name__ == "__main__":
    main()
