"""An assistant with a function tool, end to end and streamed: create the assistant, a thread and a
message, stream a run until it asks for the tool's output, stream the submitted output until the run
completes, then list the thread's messages."""

import json

import azopenai
from _env import target
from azopenai.models import MessageContentTextObject, MessageDeltaContentTextObject, RunObjectRequiredAction
from azopenai.types import AssistantToolParam, ToolOutputParam
from azure.core.credentials import AzureKeyCredential

WEATHER_TOOL: AssistantToolParam = {
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


def get_current_weather(location: str, unit: str = "celsius") -> str:
    return json.dumps({"location": location, "temperature": 22, "unit": unit})


def main() -> None:
    aoai = target("ASSISTANTS")
    with azopenai.Client(aoai.endpoint, AzureKeyCredential(aoai.api_key)) as client:
        assistant = client.create_assistant(
            model=aoai.deployment,
            name="weather-helper",
            instructions="Use the functions to answer questions about the weather.",
            tools=[WEATHER_TOOL],
        )
        thread = client.create_thread()
        try:
            client.create_message(thread_id=thread.id, role="user", content="What's the weather in Boston, MA?")

            run = None
            with client.create_run_stream(thread_id=thread.id, assistant_id=assistant.id) as stream:
                for event in stream:
                    print(f"event: {event.event}")
                    if event.event == "thread.run.requires_action":
                        run = event.data
            # a union member is told by its class: a type this version does not know is an UnknownTypeVariant
            while run is not None and isinstance(run.required_action, RunObjectRequiredAction):
                outputs: list[ToolOutputParam] = []
                for call in run.required_action.submit_tool_outputs.tool_calls:
                    arguments = json.loads(call.function.arguments)
                    print(f"tool call {call.function.name}({arguments})")
                    outputs.append({"tool_call_id": call.id, "output": get_current_weather(**arguments)})
                run_id, run = run.id, None
                with client.submit_tool_outputs_to_run_stream(
                    thread_id=thread.id, run_id=run_id, tool_outputs=outputs
                ) as stream:
                    for event in stream:
                        if event.event == "thread.message.delta":
                            for part in event.data.delta.content or []:
                                if isinstance(part, MessageDeltaContentTextObject) and part.text is not None:
                                    print(part.text.value or "", end="", flush=True)
                        elif event.event == "thread.message.completed":
                            print()
                        elif event.event == "thread.run.requires_action":
                            run = event.data
                        elif event.event.startswith("thread.run.") and ".step." not in event.event:
                            print(f"event: {event.event}")

            for message in client.list_messages(thread_id=thread.id, order="asc"):
                for content in message.content:
                    if isinstance(content, MessageContentTextObject):
                        print(f"[{message.role}] {content.text.value}")
        finally:
            client.delete_thread(thread_id=thread.id)
            client.delete_assistant(assistant_id=assistant.id)


if __name__ == "__main__":
    main()
