"""Users' type checking of the assistants methods: mypy --strict and pyright (strict) both accept
idiomatic code (nested tools, messages, ``tool_choice``, ``response_format`` as dicts or models,
``extra_body`` / ``extra_query``, ``None`` for a nullable field, dicts annotated with ``azopenai.types``
shapes) and flag each mistake on its own line, misspelt keys inside nested dicts included
(``tests/typecheck.py`` runs them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from routes import OPERATIONS
from typecheck import CHECKERS, check, errors

PROGRAM = """
from __future__ import annotations

import azopenai
import azopenai.aio
from azopenai_generated.models import __ASSISTANT__, AssistantToolsCode, __RUN__, RunStreamEventRequiresAction
from azure.core.async_paging import AsyncItemPaged
from azure.core.paging import ItemPaged
from azure.core.polling import AsyncLROPoller, LROPoller
from azopenai.types import AssistantToolParam, ThreadMessageParam, ToolOutputParam

WEATHER: AssistantToolParam = {"type": "function", "function": {"name": "weather", "parameters": {"type": "object"}}}
TYPO: AssistantToolParam = {"type": "function", "function": {"name": "weather", "parametrs": {}}}  # MISTAKE


def good(client: azopenai.Client) -> None:
    assistant: __ASSISTANT__ = client.create_assistant(
        model="gpt-4o",
        name="n",
        temperature=0.5,
        tools=[
            AssistantToolsCode(),
            {"type": "file_search", "file_search": {"max_num_results": 5}},
            {"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}},
        ],
        response_format={"type": "json_object"},
        tool_resources={"code_interpreter": {"file_ids": ["file_1"]}},
    )
    thread = client.create_thread(
        messages=[{"role": "user", "content": "Hi", "attachments": [{"file_id": "f", "tools": [{"type": "code_interpreter"}]}]}],
        metadata={"k": "v"},
    )
    client.create_message(thread_id=thread.id, role="user", content="Hi", headers={"x": "y"}, timeout=5.0)
    poller: LROPoller[__RUN__] = client.begin_create_run(
        thread_id=thread.id,
        assistant_id=assistant.id,
        polling_interval=0.5,
        tool_choice={"type": "function", "function": {"name": "f"}},
        truncation_strategy={"type": "last_messages", "last_messages": 3},
        additional_messages=[{"role": "assistant", "content": "ok"}],
    )
    run: __RUN__ = poller.result(timeout=60)
    print(run.id, poller.status(), poller.continuation_token())
    client.create_run(thread_id=thread.id, assistant_id=assistant.id, tool_choice="auto", extra_body={"new": 1})
    runs: ItemPaged[__RUN__] = client.list_runs(thread_id=thread.id, limit=5, order="asc", after="run_1")
    for page in runs.by_page():
        print([r.id for r in page])
    with client.create_run_stream(thread_id=thread.id, assistant_id=assistant.id) as stream:
        for event in stream:
            if isinstance(event, RunStreamEventRequiresAction):
                print(event.data.id)
    client.submit_tool_outputs_to_run(thread_id="t", run_id="r", tool_outputs=[{"tool_call_id": "c", "output": "42"}])
    outputs: list[ToolOutputParam] = []
    outputs.append({"tool_call_id": "c", "output": "42"})
    client.submit_tool_outputs_to_run(thread_id="t", run_id="r", tool_outputs=outputs)
    messages: list[ThreadMessageParam] = [{"role": "user", "content": "Hi"}]
    client.create_thread_and_run(assistant_id="a", thread={"messages": messages}, tools=[WEATHER])
    client.list_vector_store_files(vector_store_id="vs", filter="completed", extra_query={"include": "x"})
    client.update_assistant(assistant_id=assistant.id, name="renamed", instructions=None)
    client.update_vector_store(vector_store_id="vs", expires_after=None)
    client.create_vector_store(expires_after={"anchor": "last_active_at", "days": 7}, chunking_strategy={"type": "auto"})


async def agood(client: azopenai.aio.Client) -> None:
    runs: AsyncItemPaged[__RUN__] = client.list_runs(thread_id="t")
    async for r in runs:
        print(r.id)
    poller: AsyncLROPoller[__RUN__] = await client.begin_create_thread_and_run(
        assistant_id="a", thread={"messages": [{"role": "user", "content": "Hi"}]}, extra_query={"x": "1"}
    )
    print((await poller.result()).status)
    stream = await client.submit_tool_outputs_to_run_stream(thread_id="t", run_id="r", tool_outputs=[])
    async with stream:
        async for event in stream:
            print(event.event)
    await client.update_vector_store(vector_store_id="vs", expires_after=None, extra_body={"x": None})


def bad(client: azopenai.Client) -> None:
    client.create_assistant(modle="gpt-4o")  # MISTAKE
    client.get_run(thread_id="t")  # MISTAKE
    client.list_runs(thread_id="t", limit="10")  # MISTAKE
    client.create_message(thread_id="t", role="system", content="x")  # MISTAKE
    client.list_messages(thread_id="t", order="up")  # MISTAKE
    client.begin_create_run(thread_id="t", assistant_id="a", polling_interval="1")  # MISTAKE
    client.create_assistant(model="m", tools=[{"type": "function", "function": {"nme": "f"}}])  # MISTAKE
    client.create_assistant(model="m", tools=[{"type": "file_search", "file_search": {"max_results": 5}}])  # MISTAKE
    client.create_assistant(model="m", tools=[{"type": "retrieval"}])  # MISTAKE
    client.create_run(thread_id="t", assistant_id="a", tool_choice={"type": "function", "name": "f"})  # MISTAKE
    client.create_run(thread_id="t", assistant_id="a", tool_choice="required")  # MISTAKE
    client.create_thread(messages=[{"role": "usr", "content": "Hi"}])  # MISTAKE
    client.create_thread(messages=[{"role": "user", "contents": "Hi"}])  # MISTAKE
    client.create_run(thread_id="t", assistant_id="a", response_format={"type": "json"})  # MISTAKE
    client.create_run(thread_id="t", assistant_id="a", stream=True)  # MISTAKE
    client.get_assistant(assistant_id="a", extra_body={"x": 1})  # MISTAKE
    client.create_vector_store(expires_after=None)  # MISTAKE
    client.create_vector_store_file_batch(vector_store_id="vs", file_ids=["f"], extra_query={"x": 1})  # MISTAKE
"""
# the result classes, as the generated table names them
PROGRAM = PROGRAM.replace("__ASSISTANT__", OPERATIONS["create_assistant"].result_models[0])
PROGRAM = PROGRAM.replace("__RUN__", OPERATIONS["get_run"].result_models[0])


def test_the_program_is_what_the_test_says() -> None:
    assert len([line for line in PROGRAM.splitlines() if line.endswith("# MISTAKE")]) == 19


@pytest.mark.parametrize("checker", CHECKERS)
def test_each_mistake_is_flagged_and_nothing_else(checker: str, tmp_path: Path) -> None:
    diagnostics = check(checker, PROGRAM, tmp_path)
    flagged = {d.line for d in errors(diagnostics)}
    mistakes = {n for n, line in enumerate(PROGRAM.splitlines(), 1) if line.endswith("# MISTAKE")}
    assert flagged == mistakes, "\n".join(f"{d.line}: {d.message}" for d in errors(diagnostics))
