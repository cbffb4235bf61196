"""Users' type checking of the assistants methods: mypy --strict accepts idiomatic code and flags
each mistake on its own line (misspelt keyword, missing id, wrong scalar type, value outside a
request enum)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from routes import OPERATIONS

PROGRAM = """
from __future__ import annotations

import azopenai
import azopenai.aio
from azopenai_generated.models import __ASSISTANT__, __RUN__, RunStreamEventRequiresAction
from azure.core.async_paging import AsyncItemPaged
from azure.core.paging import ItemPaged
from azure.core.polling import AsyncLROPoller, LROPoller


def good(client: azopenai.Client) -> None:
    assistant: __ASSISTANT__ = client.create_assistant(model="gpt-4o", name="n", temperature=0.5, tools=[])
    thread = client.create_thread(messages=[{"role": "user", "content": "Hi"}], metadata={"k": "v"})
    client.create_message(thread_id=thread.id, role="user", content="Hi", headers={"x": "y"}, timeout=5.0)
    poller: LROPoller[__RUN__] = client.begin_create_run(thread_id=thread.id, assistant_id=assistant.id, polling_interval=0.5)
    run: __RUN__ = poller.result(timeout=60)
    print(run.id, poller.status(), poller.continuation_token())
    runs: ItemPaged[__RUN__] = client.list_runs(thread_id=thread.id, limit=5, order="asc", after="run_1")
    for page in runs.by_page():
        print([r.id for r in page])
    with client.create_run_stream(thread_id=thread.id, assistant_id=assistant.id) as stream:
        for event in stream:
            if isinstance(event, RunStreamEventRequiresAction):
                print(event.data.id)
    client.list_vector_store_files(vector_store_id="vs", filter="completed")
    client.update_assistant(assistant_id=assistant.id, name="renamed")


async def agood(client: azopenai.aio.Client) -> None:
    runs: AsyncItemPaged[__RUN__] = client.list_runs(thread_id="t")
    async for r in runs:
        print(r.id)
    poller: AsyncLROPoller[__RUN__] = await client.begin_create_thread_and_run(assistant_id="a")
    print((await poller.result()).status)
    stream = await client.submit_tool_outputs_to_run_stream(thread_id="t", run_id="r", tool_outputs=[])
    async with stream:
        async for event in stream:
            print(event.event)


def bad(client: azopenai.Client) -> None:
    client.create_assistant(modle="gpt-4o")  # MISTAKE
    client.get_run(thread_id="t")  # MISTAKE
    client.list_runs(thread_id="t", limit="10")  # MISTAKE
    client.create_message(thread_id="t", role="system", content="x")  # MISTAKE
    client.list_messages(thread_id="t", order="up")  # MISTAKE
    client.begin_create_run(thread_id="t", assistant_id="a", polling_interval="1")  # MISTAKE
"""
# the result classes, as the generated table names them
PROGRAM = PROGRAM.replace("__ASSISTANT__", OPERATIONS["create_assistant"].result_models[0])
PROGRAM = PROGRAM.replace("__RUN__", OPERATIONS["get_run"].result_models[0])


def test_mypy_strict_flags_each_mistake_and_nothing_else(tmp_path: Path) -> None:
    program = tmp_path / "user_assistants.py"
    program.write_text(PROGRAM)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--config-file", "/dev/null", str(program)],
        capture_output=True,
        text=True,
    )
    flagged = {int(n) for n in re.findall(r"user_assistants\.py:(\d+): error", result.stdout)}
    mistakes = {n for n, line in enumerate(PROGRAM.splitlines(), 1) if line.endswith("# MISTAKE")}
    assert flagged == mistakes, result.stdout
