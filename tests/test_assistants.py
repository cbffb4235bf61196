"""The assistants family (sync and async) against the emulator and loopback servers: pagers, pollers,
run streams, the OpenAI endpoint, argument checks and errors."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import azopenai
import azopenai.aio
import pytest
from azopenai._run_stream import EVENT_MODELS
from azopenai._sse import NamedSSEDecoder
from azopenai.emulator import Emulator, Settings
from azure.core.credentials import AzureKeyCredential
from azure.core.exceptions import DecodeError
from azure.core.polling import AsyncLROPoller, LROPoller
from clients import SECRET, call
from loopback import Exchange, LoopbackServer, Reply
from routes import path as request_path

KEY = "assistants-key"
RECORDINGS = Path(__file__).parent / "data" / "recordings" / "assistants"
WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {"type": "object", "properties": {"location": {"type": "string"}}, "required": ["location"]},
    },
}


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator(Settings(api_key=KEY)) as running:
        yield running


@pytest.fixture
def client(emulator: Emulator) -> Iterator[azopenai.Client]:
    with azopenai.Client(emulator.url, AzureKeyCredential(KEY)) as sync_client:
        yield sync_client


@pytest.fixture
async def aclient(emulator: Emulator) -> AsyncIterator[azopenai.aio.Client]:
    async with azopenai.aio.Client(emulator.url, AzureKeyCredential(KEY)) as async_client:
        yield async_client


# -- pagers ----------------------------------------------------------------------------------------


def test_pager_walks_every_page(client: azopenai.Client) -> None:
    thread = client.create_thread()
    sent = [client.create_message(thread_id=thread.id, role="user", content=f"message {i}").id for i in range(7)]
    pages = [
        [message.id for message in page]
        for page in client.list_messages(thread_id=thread.id, limit=3, order="asc").by_page()
    ]
    assert pages == [sent[0:3], sent[3:6], sent[6:7]]
    assert [message.id for message in client.list_messages(thread_id=thread.id, limit=2)] == sent[::-1]
    after = [m.id for m in client.list_messages(thread_id=thread.id, order="asc", after=sent[4])]
    assert after == sent[5:]


async def test_async_pager_walks_every_page(aclient: azopenai.aio.Client) -> None:
    store = await aclient.create_vector_store(name="paged")
    for i in range(5):
        await aclient.create_vector_store_file(vector_store_id=store.id, file_id=f"file-{i}")
    pager = aclient.list_vector_store_files(vector_store_id=store.id, limit=2, order="asc")
    pages = [[item.id async for item in page] async for page in pager.by_page()]
    assert pages == [["file-0", "file-1"], ["file-2", "file-3"], ["file-4"]]
    completed = [f.id async for f in aclient.list_vector_store_files(vector_store_id=store.id, filter="completed")]
    assert completed == []  # files complete at their next GET
    await aclient.get_vector_store_file(vector_store_id=store.id, file_id="file-3")
    completed = [f.id async for f in aclient.list_vector_store_files(vector_store_id=store.id, filter="completed")]
    assert completed == ["file-3"]


def _list_page(exchange: Exchange) -> Reply:
    after = exchange.query.get("after", [""])[0]
    more = after != "asst_2"
    last = "asst_1" if not after else "asst_2"
    item = {"id": last, "object": "assistant", "created_at": 1, "name": None, "description": None, "model": "m",
            "instructions": None, "tools": [], "metadata": {}}  # fmt: skip
    return Reply.json({"object": "list", "data": [item], "first_id": last, "last_id": last, "has_more": more})


async def test_pager_sends_nothing_until_iterated_and_follows_last_id(kind: str) -> None:
    with LoopbackServer(_list_page) as server:
        if kind == "sync":
            with azopenai.Client(server.url, AzureKeyCredential(SECRET)) as client:
                pager = client.list_assistants(limit=1, order="desc", before="asst_9")
                assert server.exchanges == []
                ids = [a.id for a in pager]
        else:
            async with azopenai.aio.Client(server.url, AzureKeyCredential(SECRET)) as aclient:
                apager = aclient.list_assistants(limit=1, order="desc", before="asst_9")
                assert server.exchanges == []
                ids = [a.id async for a in apager]
    assert ids == ["asst_1", "asst_2", "asst_2"]  # the third page says has_more: false
    queries = [exchange.query for exchange in server.exchanges]
    assert [q.get("after") for q in queries] == [None, ["asst_1"], ["asst_2"]]
    assert all(q["limit"] == ["1"] and q["order"] == ["desc"] and q["before"] == ["asst_9"] for q in queries)


def test_pager_stops_when_a_page_leads_back_to_itself() -> None:
    def same_page(exchange: Exchange) -> Reply:
        reply = _list_page(exchange)
        body = json.loads(reply.body)  # type: ignore[arg-type]
        body["has_more"], body["last_id"] = True, "asst_1"
        return Reply.json(body)

    with LoopbackServer(same_page) as server:
        with azopenai.Client(server.url, AzureKeyCredential(SECRET)) as client:
            assert [a.id for a in client.list_assistants()] == ["asst_1", "asst_2"]
    assert [exchange.query.get("after") for exchange in server.exchanges] == [None, ["asst_1"]]


# -- pollers and tool outputs ----------------------------------------------------------------------


def test_poller_stops_at_requires_action_then_completes(client: azopenai.Client) -> None:
    assistant = client.create_assistant(model="gpt-4o", name="weather", tools=[WEATHER])
    thread = client.create_thread(messages=[{"role": "user", "content": "Weather in Boston?"}])
    poller = client.begin_create_run(thread_id=thread.id, assistant_id=assistant.id, polling_interval=0.01)
    assert isinstance(poller, LROPoller)
    run = poller.result(timeout=10)
    assert poller.status() == "requires_action" and run.status == "requires_action"
    assert run.required_action is not None
    calls = run.required_action.submit_tool_outputs.tool_calls
    assert [call.function.name for call in calls] == ["get_weather"]
    outputs = [{"tool_call_id": calls[0].id, "output": "22 degrees C"}]
    poller = client.begin_submit_tool_outputs_to_run(
        thread_id=thread.id, run_id=run.id, tool_outputs=outputs, polling_interval=0.01
    )
    token = poller.continuation_token()
    resumed = LROPoller.from_continuation_token(azopenai.AssistantsPolling(client, polling_interval=0.01), token)
    assert resumed.result(timeout=10).status == "completed"
    assert poller.result(timeout=10).status == "completed"
    texts = [m.content[0].text.value for m in client.list_messages(thread_id=thread.id, order="asc")]
    assert texts == ["Weather in Boston?", "Emulated answer: 22 degrees C"]
    steps = [step.type_ for step in client.list_run_steps(thread_id=thread.id, run_id=run.id, order="asc")]
    assert steps == ["tool_calls", "message_creation"]


async def test_async_poller_and_file_batch(aclient: azopenai.aio.Client) -> None:
    assistant = await aclient.create_assistant(model="gpt-4o", tools=[WEATHER])
    poller = await aclient.begin_create_thread_and_run(
        assistant_id=assistant.id, thread={"messages": [{"role": "user", "content": "Hi"}]}, polling_interval=0.01
    )
    assert isinstance(poller, AsyncLROPoller)
    run = await poller.result()
    assert run.status == "requires_action" and poller.status() == "requires_action"
    cancelled = await aclient.cancel_run(thread_id=run.thread_id, run_id=run.id)
    assert cancelled.status == "cancelled"

    store = await aclient.create_vector_store(name="docs")
    batch_poller = await aclient.begin_create_vector_store_file_batch(
        vector_store_id=store.id, file_ids=["file-a", "file-b"], polling_interval=0.01
    )
    token = batch_poller.continuation_token()
    batch = await batch_poller.result()
    assert batch.status == "completed" and batch.file_counts.completed == 2
    resumed = AsyncLROPoller.from_continuation_token(azopenai.aio.AsyncAssistantsPolling(aclient), token)
    assert (await resumed.result()).id == batch.id
    files = [
        f.id async for f in aclient.list_vector_store_file_batch_files(vector_store_id=store.id, batch_id=batch.id)
    ]
    assert sorted(files) == ["file-a", "file-b"]
    assert (await aclient.get_vector_store(vector_store_id=store.id)).file_counts.completed == 2


# -- run streams -----------------------------------------------------------------------------------


def test_run_stream_against_the_emulator(client: azopenai.Client) -> None:
    assistant = client.create_assistant(model="gpt-4o", instructions="Be brief.")
    with client.create_thread_and_run_stream(
        assistant_id=assistant.id, thread={"messages": [{"role": "user", "content": "Hello"}]}
    ) as stream:
        events = list(stream)
    names = [event.event for event in events]
    assert names[:4] == ["thread.created", "thread.run.created", "thread.run.queued", "thread.run.in_progress"]
    assert names[-3:] == ["thread.run.step.completed", "thread.run.completed", "done"]
    text = "".join(
        part.text.value
        for event in events
        if event.event == "thread.message.delta"
        for part in event.data.delta.content
    )
    assert text == "Emulated answer."
    assert events[-2].data.status == "completed"


async def test_async_run_stream_with_tool_outputs(aclient: azopenai.aio.Client) -> None:
    assistant = await aclient.create_assistant(model="gpt-4o", tools=[WEATHER])
    thread = await aclient.create_thread()
    await aclient.create_message(thread_id=thread.id, role="user", content="Weather?")
    stream = await aclient.create_run_stream(thread_id=thread.id, assistant_id=assistant.id)
    async with stream:
        events = [event async for event in stream]
    assert events[-2].event == "thread.run.requires_action"
    run = events[-2].data
    call = run.required_action.submit_tool_outputs.tool_calls[0]
    stream = await aclient.submit_tool_outputs_to_run_stream(
        thread_id=thread.id, run_id=run.id, tool_outputs=[{"tool_call_id": call.id, "output": "sunny"}]
    )
    async with stream:
        names = [event.event async for event in stream]
    assert names[0] == "thread.run.queued" and names[-2:] == ["thread.run.completed", "done"]


def _collapsed(names: list[str]) -> list[str]:
    return [name for index, name in enumerate(names) if index == 0 or names[index - 1] != name]


def test_emulated_run_stream_is_the_recorded_sequence(client: azopenai.Client) -> None:
    recording = (
        Path(__file__).parent / "data" / "recordings" / "assistants" / "TestStreaming_CreateRunStream__AzureOpenAI.json"
    )
    (entry,) = [e for e in json.loads(recording.read_text())["Entries"] if isinstance(e["ResponseBody"], list)]
    recorded = [part.removeprefix("event: ").strip() for part in entry["ResponseBody"] if part.startswith("event: ")]
    assistant = client.create_assistant(model="gpt-4o")
    thread = client.create_thread(messages=[{"role": "user", "content": "Tell me about beetles."}])
    with client.create_run_stream(thread_id=thread.id, assistant_id=assistant.id) as stream:
        emulated = [event.event for event in stream]
    assert _collapsed(emulated) == _collapsed(recorded)


def test_emulator_stream_faults(client: azopenai.Client) -> None:
    assistant = client.create_assistant(model="gpt-4o")
    thread = client.create_thread()
    for fault, error in (
        ("drop;after=3", azopenai.StreamInterruptedError),
        ("no-done", azopenai.IncompleteStreamError),
        ("stream-error;after=1", azopenai.StreamEventError),
    ):
        with client.create_run_stream(
            thread_id=thread.id, assistant_id=assistant.id, headers={"x-emulator-fault": fault}
        ) as stream:
            with pytest.raises(error):
                list(stream)


def _sse(*events: tuple[str, str]) -> list[bytes]:
    return [f"event: {name}\ndata: {data}\n\n".encode() for name, data in events]


RUN = {"id": "run_1", "object": "thread.run", "created_at": 1, "thread_id": "t", "assistant_id": "a", "status": "queued",
       "required_action": None, "last_error": None, "expires_at": None, "started_at": None, "cancelled_at": None,
       "failed_at": None, "completed_at": None, "model": "m", "instructions": "", "tools": [], "metadata": {},
       "usage": None, "incomplete_details": None, "max_prompt_tokens": None, "max_completion_tokens": None,
       "truncation_strategy": {"type": "auto"}, "tool_choice": "auto", "parallel_tool_calls": True,
       "response_format": "auto"}  # fmt: skip


async def _stream_events(kind: str, reply: Reply) -> list[Any]:
    with LoopbackServer(lambda exchange: reply) as server:
        if kind == "sync":
            with azopenai.Client(server.url, AzureKeyCredential(SECRET)) as client:
                with client.create_run_stream(thread_id="t", assistant_id="a") as stream:
                    return list(stream)
        async with azopenai.aio.Client(server.url, AzureKeyCredential(SECRET)) as aclient:
            astream = await aclient.create_run_stream(thread_id="t", assistant_id="a")
            async with astream:
                return [event async for event in astream]


async def test_stream_keeps_unknown_events_raw_and_raises_on_error(kind: str) -> None:
    headers = {"content-type": "text/event-stream"}
    body = _sse(
        ("thread.run.created", json.dumps(RUN)),
        ("thread.run.teleported", '{"where": "mars"}'),
        ("ping", "not json"),
        ("done", "[DONE]"),
    )
    events = await _stream_events(kind, Reply(200, headers, body))
    assert [event.event for event in events] == ["thread.run.created", "unknown", "unknown", "done"]
    assert isinstance(events[1], azopenai.UnknownStreamEvent) and events[1].data == {"where": "mars"}
    assert events[1].name == "thread.run.teleported"
    assert events[2] == azopenai.UnknownStreamEvent("ping", "not json")
    assert events[0].data.id == "run_1" and events[3].data == "[DONE]"

    error = ("error", '{"code": "server_error", "message": "Sorry, something went wrong."}')
    with pytest.raises(azopenai.StreamEventError) as raised:
        await _stream_events(kind, Reply(200, headers, _sse(("thread.run.created", json.dumps(RUN)), error)))
    assert raised.value.error is not None and raised.value.error.code == "server_error"

    with pytest.raises(azopenai.IncompleteStreamError):
        await _stream_events(kind, Reply(200, headers, _sse(("thread.run.created", json.dumps(RUN)))))
    dropped = Reply(200, headers, _sse(*[("thread.run.queued", json.dumps(RUN))] * 3), drop_after=2)
    with pytest.raises(azopenai.StreamInterruptedError):
        await _stream_events(kind, dropped)


def test_named_sse_decoder_in_any_pieces() -> None:
    recording = RECORDINGS / "TestStreaming_CreateRunStream__AzureOpenAI.json"
    (entry,) = [e for e in json.loads(recording.read_text())["Entries"] if isinstance(e["ResponseBody"], list)]
    body = "".join(entry["ResponseBody"]).replace("\n", "\r\n").encode()
    whole = NamedSSEDecoder().feed_named(body)
    assert len(whole) == 73 and whole[0][0] == "thread.run.created" and whole[-1] == ("done", "[DONE]")
    for size in (1, 2, 7, 1000):
        decoder = NamedSSEDecoder()
        pieces = [decoder.feed_named(body[i : i + size]) for i in range(0, len(body), size)]
        assert [event for piece in pieces for event in piece] == whole
    assert NamedSSEDecoder().feed_named(b"data: x\n\nevent: a\nevent: b\ndata: y\n\n") == [("message", "x"), ("b", "y")]


def test_event_models_are_the_spec_union(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    names = [
        member["properties"]["event"]["x-ms-enum"]["name"]
        for union in ("threadStreamEvent", "runStreamEvent", "runStepStreamEvent", "messageStreamEvent")
        for member in schemas[union]["oneOf"]
    ]
    assert list(EVENT_MODELS) == names
    assert [ref["$ref"].rsplit("/", 1)[1] for ref in schemas["assistantStreamEvent"]["oneOf"]][-2:] == [
        "errorEvent",
        "doneEvent",
    ]


# -- the OpenAI endpoint, arguments, errors --------------------------------------------------------


async def test_openai_endpoint_paths_and_beta_header(kind: str) -> None:
    with LoopbackServer(
        lambda exchange: Reply.json({"id": "thread_1", "object": "thread.deleted", "deleted": True})
    ) as server:
        url = server.url + "/v1"
        if kind == "sync":
            with azopenai.Client.for_openai(AzureKeyCredential(SECRET), endpoint=url) as client:
                result = client.delete_thread(thread_id="thread_1", headers={"x-extra": "1"})
        else:
            async with azopenai.aio.Client.for_openai(AzureKeyCredential(SECRET), endpoint=url) as aclient:
                result = await aclient.delete_thread(thread_id="thread_1", headers={"x-extra": "1"})
    assert result.deleted is True
    (exchange,) = server.exchanges
    assert (exchange.method, exchange.path, exchange.query) == (
        "DELETE",
        request_path("delete_thread", "/v1", thread_id="thread_1"),
        {},
    )
    assert exchange.headers["openai-beta"] == "assistants=v2"
    assert exchange.headers["authorization"] == f"Bearer {SECRET}"
    assert exchange.headers["x-extra"] == "1"


async def test_openai_routes_of_the_emulator(emulator: Emulator) -> None:
    async with azopenai.aio.Client.for_openai(AzureKeyCredential(KEY), endpoint=emulator.openai_url) as aclient:
        assistant = await aclient.create_assistant(model="gpt-4o", name="openai")
        assert (await aclient.get_assistant(assistant_id=assistant.id)).name == "openai"
        updated = await aclient.update_assistant(assistant_id=assistant.id, name="renamed", metadata={"k": "v"})
        assert updated.name == "renamed" and updated.metadata.to_dict() == {"k": "v"}
        assert (await aclient.delete_assistant(assistant_id=assistant.id)).deleted is True
        with pytest.raises(azopenai.ResourceNotFoundError):
            await aclient.get_assistant(assistant_id=assistant.id)


@pytest.mark.parametrize("bad", ["", "a/b", "..", "."])
def test_bad_ids_are_refused_before_sending(bad: str) -> None:
    with LoopbackServer(lambda exchange: Reply.json({})) as server:
        with azopenai.Client(server.url, AzureKeyCredential(SECRET)) as client:
            with pytest.raises(ValueError, match="run_id"):
                client.get_run(thread_id="thread_1", run_id=bad)
    assert server.exchanges == []


def test_ids_are_percent_encoded_and_bodies_checked() -> None:
    with LoopbackServer(
        lambda exchange: Reply.json({"id": "x", "object": "assistant.deleted", "deleted": True})
    ) as server:
        with azopenai.Client(server.url, AzureKeyCredential(SECRET)) as client:
            client.delete_assistant(assistant_id="asst 1?x=#")
            with pytest.raises(ValueError, match=r"create_assistant\(\): tools\[0\]: unknown type 'funktion'"):
                client.create_assistant(model="m", tools=[{"type": "funktion"}])
            with pytest.raises(ValueError, match=r"begin_create_run\(\): polling_interval"):
                client.begin_create_run(thread_id="t", assistant_id="a", polling_interval=-1)
            with pytest.raises(TypeError, match="limit"):
                client.list_runs(thread_id="t", limit=1.5)  # type: ignore[arg-type]
    assert [exchange.path for exchange in server.exchanges] == [
        request_path("delete_assistant", assistant_id="asst%201%3Fx%3D%23")
    ]


def test_emulator_openai_routes_need_the_beta_header(emulator: Emulator) -> None:
    with azopenai.Client.for_openai(AzureKeyCredential(KEY), endpoint=emulator.openai_url) as client:
        response = client.http_client.get("assistants")  # the raw client: no OpenAI-Beta header
        assert response.status_code == 400 and "OpenAI-Beta" in response.json()["error"]["message"]
        assert client.list_assistants(limit=1).by_page().next() is not None


def test_errors_are_azure_core_errors(emulator: Emulator, client: azopenai.Client) -> None:
    with pytest.raises(azopenai.ResourceNotFoundError, match="No thread found with id 'thread_missing'"):
        client.get_thread(thread_id="thread_missing")
    with azopenai.Client(emulator.url, AzureKeyCredential("wrong")) as wrong:
        with pytest.raises(azopenai.ClientAuthenticationError):
            wrong.list_assistants().next()
    response = client.http_client.post(
        "assistants", params={"api-version": client.api_version}, json={"model": "m", "temperature": "hot"}
    )
    assert response.status_code == 400 and "temperature" in response.json()["error"]["message"]


async def test_an_unreadable_result_is_a_decode_error(kind: str) -> None:
    with LoopbackServer(lambda exchange: Reply.json({"object": "assistant"})) as server:
        with pytest.raises(DecodeError, match=r"unreadable response \(status 200\): get_assistant expected") as info:
            if kind == "sync":
                with azopenai.Client(server.url, AzureKeyCredential(SECRET)) as client:
                    client.get_assistant(assistant_id="asst_1")
            else:
                async with azopenai.aio.Client(server.url, AzureKeyCredential(SECRET)) as aclient:
                    await aclient.get_assistant(assistant_id="asst_1")
    assert info.value.status_code == 200


# -- request bodies: extra_body / extra_query, explicit null ----------------------------------------

VECTOR_STORE = {"id": "vs_1", "object": "vector_store", "created_at": 1, "name": None, "usage_bytes": 0,
                "file_counts": {"in_progress": 0, "completed": 0, "failed": 0, "cancelled": 0, "total": 0},
                "status": "completed", "expires_after": None, "expires_at": None, "last_active_at": None,
                "metadata": {}}  # fmt: skip


def _answer(exchange: Exchange) -> Reply:
    if exchange.headers.get("accept") == "text/event-stream":
        events = _sse(("thread.run.created", json.dumps(RUN)), ("done", "[DONE]"))
        return Reply(200, {"content-type": "text/event-stream"}, events)
    if exchange.method == "GET" and exchange.path == request_path("list_runs", thread_id="thread_1"):
        return Reply.json({"object": "list", "data": [RUN], "first_id": "run_1", "last_id": "run_1", "has_more": False})
    vector_store = request_path("get_vector_store", vector_store_id="vs_1")
    return Reply.json(VECTOR_STORE if exchange.path == vector_store else {**RUN, "status": "completed"})


async def _send(kind: str, calls: list[tuple[str, dict[str, Any]]]) -> list[Exchange]:
    """Each (method, keywords) called on a sync or async client over a loopback server (pagers iterated,
    streams read to the end; runs answer ``completed``, so pollers send nothing more); what the server
    received."""
    with LoopbackServer(_answer) as server:
        if kind == "sync":
            with azopenai.Client(server.url, AzureKeyCredential(SECRET)) as client:
                for method, keywords in calls:
                    result = getattr(client, method)(**keywords)
                    if method.endswith("_stream"):
                        with result:
                            list(result)
                    elif method.startswith("list_"):
                        list(result)
        else:
            async with azopenai.aio.Client(server.url, AzureKeyCredential(SECRET)) as aclient:
                for method, keywords in calls:
                    if method.startswith("list_"):
                        [item async for item in getattr(aclient, method)(**keywords)]
                        continue
                    result = await getattr(aclient, method)(**keywords)
                    if method.endswith("_stream"):
                        async with result:
                            [event async for event in result]
    return server.exchanges


async def test_extra_body_and_extra_query_are_merged_after_the_checks(kind: str) -> None:
    newer = {"temperature": 0.5, "newer": {"mode": "fast"}}
    sent = await _send(
        kind,
        [
            ("create_run", {"thread_id": "thread_1", "assistant_id": "asst_1", "temperature": 0.2,
                            "extra_body": newer, "extra_query": {"feature": "preview"}}),
            ("get_run", {"thread_id": "thread_1", "run_id": "run_1", "extra_query": {"include[]": "step_details"}}),
            ("create_run_stream", {"thread_id": "thread_1", "assistant_id": "asst_1", "extra_body": {"newer": 1}}),
            ("list_runs", {"thread_id": "thread_1", "limit": 1, "extra_query": {"feature": "preview", "limit": "2"}}),
            ("begin_create_run", {"thread_id": "thread_1", "assistant_id": "asst_1", "polling_interval": 0,
                                  "extra_body": {"newer": True}}),
            ("update_vector_store", {"vector_store_id": "vs_1", "name": "n", "extra_body": {"name": 7}}),
        ],
    )  # fmt: skip
    runs = request_path("create_run", thread_id="thread_1")
    assert [(e.method, e.path) for e in sent] == [
        ("POST", runs),
        ("GET", request_path("get_run", thread_id="thread_1", run_id="run_1")),
        ("POST", runs),
        ("GET", request_path("list_runs", thread_id="thread_1")),
        ("POST", runs),
        ("POST", request_path("modify_vector_store", vector_store_id="vs_1")),
    ]
    version = [azopenai.Client.__init__.__kwdefaults__["api_version"]]
    assert [e.body for e in sent] == [
        b'{"assistant_id":"asst_1","temperature":0.5,"newer":{"mode":"fast"}}',
        b"",
        b'{"assistant_id":"asst_1","stream":true,"newer":1}',
        b"",
        b'{"assistant_id":"asst_1","newer":true}',
        b'{"name":7}',
    ]
    assert [e.query for e in sent] == [
        {"api-version": version, "feature": ["preview"]},
        {"api-version": version, "include[]": ["step_details"]},
        {"api-version": version},
        {"api-version": version, "limit": ["2"], "feature": ["preview"]},
        {"api-version": version},
        {"api-version": version},
    ]


async def test_a_keyword_given_as_none_is_sent_as_null_where_the_spec_allows_it(kind: str) -> None:
    sent = await _send(
        kind,
        [
            ("update_vector_store", {"vector_store_id": "vs_1", "expires_after": None}),
            ("update_vector_store", {"vector_store_id": "vs_1", "name": "n"}),
            ("create_run", {"thread_id": "thread_1", "assistant_id": "asst_1", "model": None, "tools": None}),
            ("list_runs", {"thread_id": "thread_1", "limit": None, "order": None}),
        ],
    )
    assert [e.body for e in sent] == [
        b'{"expires_after":null}',
        b'{"name":"n"}',
        b'{"assistant_id":"asst_1","model":null,"tools":null}',
        b"",
    ]
    assert sent[3].query == {"api-version": [azopenai.Client.__init__.__kwdefaults__["api_version"]]}


@pytest.mark.parametrize(
    ("method", "keywords", "error", "message"),
    [
        ("create_vector_store", {"expires_after": None}, TypeError,
         r"create_vector_store\(\): expires_after: expected a dict or a model object, got None"),
        ("create_run", {"thread_id": "t", "assistant_id": None}, TypeError, r"create_run\(\): assistant_id: expected str"),
        ("create_run", {"thread_id": "t"}, TypeError, r"create_run\(\) missing required keyword argument 'assistant_id'"),
        ("create_run", {"thread_id": "t", "assistant_id": "a", "stream": True}, TypeError,
         r"create_run\(\) streams nothing: call create_run_stream\(\)"),
        ("begin_create_run", {"thread_id": "t", "assistant_id": "a", "stream": True}, TypeError,
         r"begin_create_run\(\) streams nothing: call create_run_stream\(\)"),
        ("create_run_stream", {"thread_id": "t", "assistant_id": "a", "stream": True}, TypeError,
         r"create_run_stream\(\) got an unexpected keyword argument 'stream': it streams by itself"),
        ("update_assistant", {"assistant_id": "a", "stream": True}, TypeError,
         r"update_assistant\(\) got an unexpected keyword argument 'stream'"),
        ("create_run", {"thread_id": "t", "assistant_id": "a", "extra_body": [1]}, TypeError,
         r"create_run\(\): extra_body must be a dict"),
        ("get_run", {"thread_id": "t", "run_id": "r", "extra_query": "x=1"}, TypeError,
         r"get_run\(\): extra_query must be a dict"),
        ("get_run", {"thread_id": "t", "run_id": "r", "timeout": -1}, ValueError, "timeout"),
        ("create_thread", {"messages": [{"role": "user", "content": "x", "attachments": [{"tools": [{"type": "x"}]}]}]},
         ValueError, r"create_thread\(\): messages\[0\]\.attachments\[0\]\.tools\[0\]: unknown type 'x'"),
    ],
)  # fmt: skip
async def test_bad_bodies_are_refused_before_sending(
    kind: str, method: str, keywords: dict[str, Any], error: type[Exception], message: str
) -> None:
    with LoopbackServer(_answer) as server:
        with pytest.raises(error, match=message):
            await call(kind, server.url, method, **keywords)
    assert server.exchanges == []
