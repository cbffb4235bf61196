"""The emulator's in-memory assistants state (see ``_assistants`` for what it serves): assistants,
threads, messages, runs and their steps, vector stores, their files and file batches, with cursor
paging and the life of runs (one status per GET), file batches and run streams."""

from __future__ import annotations

import itertools
import json
import re
import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

from azopenai_generated.operations import Operation

JSON = dict[str, Any]
_KINDS = {"asst": "assistant", "thread": "thread", "msg": "message", "run": "run", "step": "run step",
          "vs": "vector store", "file": "vector store file", "vsfb": "file batch"}  # fmt: skip


_SAMPLES: dict[str, Any] = {
    "string": "example",
    "integer": 1,
    "number": 1.0,
    "boolean": True,
    "array": [],
    "object": {},
}


def _arguments(function: JSON) -> JSON:
    """Arguments a model could call ``function`` with: each required parameter (every one when none
    is required) with its first enum value, or a sample of its type."""
    parameters = function.get("parameters") or {}
    properties = parameters.get("properties") or {}
    names = parameters.get("required") or list(properties)
    found = {}
    for name in names:
        schema = properties.get(name) or {}
        found[name] = schema["enum"][0] if schema.get("enum") else _SAMPLES.get(schema.get("type", "string"), "example")
    return found


class NotFound(Exception):
    """An id that does not exist (404)."""


class Invalid(Exception):
    """A request the service refuses (400), with its message and field."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class Store:
    """Everything the assistants routes keep; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._objects: dict[str, JSON] = {}  # id -> object, in creation order
        self._seq = itertools.count()
        self._order: dict[str, int] = {}
        self._outputs: dict[str, list[JSON]] = {}  # run id -> submitted tool outputs

    # -- helpers -----------------------------------------------------------------------------------

    def _new(self, prefix: str, obj: JSON) -> JSON:
        obj = {"id": f"{prefix}_{uuid.uuid4().hex[:24]}", **obj}
        self._objects[obj["id"]] = obj
        self._order[obj["id"]] = next(self._seq)
        return obj

    def _get(self, prefix: str, object_id: str, **owner: str) -> JSON:
        obj = self._objects.get(object_id)
        if obj is None or not object_id.startswith(prefix + "_") or any(obj.get(k) != v for k, v in owner.items()):
            raise NotFound(f"No {_KINDS[prefix]} found with id '{object_id}'.")
        return obj

    def _delete(self, prefix: str, object_id: str, object_name: str, **owner: str) -> JSON:
        self._get(prefix, object_id, **owner)
        del self._objects[object_id]
        return {"id": object_id, "object": object_name, "deleted": True}

    def _list(self, prefix: str, query: dict[str, str], **owner: Any) -> JSON:
        items = [
            obj
            for obj in self._objects.values()
            if obj["id"].startswith(prefix + "_") and all(obj.get(k) == v for k, v in owner.items() if v is not None)
        ]
        items.sort(key=lambda obj: self._order[obj["id"]], reverse=query.get("order", "desc") == "desc")
        ids = [obj["id"] for obj in items]
        if query.get("after") in ids:
            items = items[ids.index(query["after"]) + 1 :]
        elif query.get("before") in ids:
            items = items[: ids.index(query["before"])]
        try:
            limit = int(query.get("limit", 20))
        except ValueError:
            raise Invalid("limit must be an integer", "limit") from None
        if not 1 <= limit <= 100:
            raise Invalid("limit must be between 1 and 100", "limit")
        page = items[:limit]
        return {
            "object": "list",
            "data": page,
            "first_id": page[0]["id"] if page else None,
            "last_id": page[-1]["id"] if page else None,
            "has_more": len(items) > limit,
        }

    # -- operations --------------------------------------------------------------------------------

    def answer(self, op: Operation, ids: dict[str, str], query: dict[str, str], body: JSON) -> JSON:
        """The JSON answer of one (non-streaming) call."""
        with self._lock:
            handler = getattr(self, "_" + op.name)
            result: JSON = handler(body=body, query=query, **ids)
            snapshot: JSON = json.loads(json.dumps(result))  # later changes must not leak into answers
            return snapshot

    def _create_assistant(self, body: JSON, **_: Any) -> JSON:
        fields = ("name", "description", "model", "instructions", "tools", "tool_resources", "metadata")
        obj = {"object": "assistant", "created_at": int(time.time()), **{k: body.get(k) for k in fields}}
        obj["tools"] = obj["tools"] or []
        obj["metadata"] = obj["metadata"] or {}
        obj["tool_resources"] = obj["tool_resources"] or {}
        for key in ("temperature", "top_p"):
            obj[key] = body.get(key, 1.0)
        obj["response_format"] = body.get("response_format", "auto")
        return self._new("asst", obj)

    def _get_assistant(self, assistant_id: str, **_: Any) -> JSON:
        return self._get("asst", assistant_id)

    def _modify_assistant(self, assistant_id: str, body: JSON, **_: Any) -> JSON:
        obj = self._get("asst", assistant_id)
        obj.update(body)
        return obj

    def _delete_assistant(self, assistant_id: str, **_: Any) -> JSON:
        return self._delete("asst", assistant_id, "assistant.deleted")

    def _list_assistants(self, query: dict[str, str], **_: Any) -> JSON:
        return self._list("asst", query)

    def _create_thread(self, body: JSON, **_: Any) -> JSON:
        obj = {"object": "thread", "created_at": int(time.time())}
        thread = self._new("thread", {**obj, "metadata": body.get("metadata") or {}, "tool_resources": {}})
        for message in body.get("messages") or ():
            self._create_message(thread["id"], message)
        return thread

    def _get_thread(self, thread_id: str, **_: Any) -> JSON:
        return self._get("thread", thread_id)

    def _modify_thread(self, thread_id: str, body: JSON, **_: Any) -> JSON:
        obj = self._get("thread", thread_id)
        obj.update(body)
        return obj

    def _delete_thread(self, thread_id: str, **_: Any) -> JSON:
        return self._delete("thread", thread_id, "thread.deleted")

    def _create_message(self, thread_id: str, body: JSON, run: JSON | None = None, **_: Any) -> JSON:
        self._get("thread", thread_id)
        now = int(time.time())
        return self._new(
            "msg",
            {
                "object": "thread.message",
                "created_at": now,
                "thread_id": thread_id,
                "status": "completed",
                "incomplete_details": None,
                "completed_at": now,
                "incomplete_at": None,
                "role": body["role"],
                "content": [{"type": "text", "text": {"value": body["content"], "annotations": []}}],
                "assistant_id": run["assistant_id"] if run else None,
                "run_id": run["id"] if run else None,
                "attachments": body.get("attachments") or [],
                "metadata": body.get("metadata") or {},
            },
        )

    def _get_message(self, thread_id: str, message_id: str, **_: Any) -> JSON:
        return self._get("msg", message_id, thread_id=thread_id)

    def _modify_message(self, thread_id: str, message_id: str, body: JSON, **_: Any) -> JSON:
        obj = self._get("msg", message_id, thread_id=thread_id)
        obj.update(body)
        return obj

    def _list_messages(self, thread_id: str, query: dict[str, str], **_: Any) -> JSON:
        self._get("thread", thread_id)
        return self._list("msg", query, thread_id=thread_id, run_id=query.get("run_id"))

    def _create_run(self, thread_id: str, body: JSON, **_: Any) -> JSON:
        self._get("thread", thread_id)
        assistant = self._get("asst", body["assistant_id"])
        for message in body.get("additional_messages") or ():
            self._create_message(thread_id, message)
        keys = ("model", "instructions", "tools", "temperature", "top_p", "response_format")
        run = {
            "object": "thread.run",
            "created_at": int(time.time()),
            "assistant_id": assistant["id"],
            "thread_id": thread_id,
            "status": "queued",
            "started_at": None,
            "expires_at": int(time.time()) + 600,
            "cancelled_at": None,
            "failed_at": None,
            "completed_at": None,
            "required_action": None,
            "last_error": None,
            **{key: body.get(key, assistant.get(key)) for key in keys},
            "metadata": body.get("metadata") or {},
            "usage": None,
            "incomplete_details": None,
            "max_prompt_tokens": body.get("max_prompt_tokens"),
            "max_completion_tokens": body.get("max_completion_tokens"),
            "truncation_strategy": body.get("truncation_strategy") or {"type": "auto", "last_messages": None},
            "tool_choice": body.get("tool_choice", "auto"),
            "parallel_tool_calls": True,
        }
        run["tools"] = run["tools"] or []
        return self._new("run", run)

    def _create_thread_and_run(self, body: JSON, **_: Any) -> JSON:
        thread = self._create_thread(body.get("thread") or {})
        return self._create_run(thread["id"], {k: v for k, v in body.items() if k != "thread"})

    def _get_run(self, thread_id: str, run_id: str, **_: Any) -> JSON:
        run = self._get("run", run_id, thread_id=thread_id)
        self._advance(run)
        return run

    def _advance(self, run: JSON) -> None:
        """One step of the run's life (see the module docstring)."""
        now = int(time.time())
        if run["status"] == "queued":
            run.update(status="in_progress", started_at=now)
        elif run["status"] == "in_progress":
            functions = [tool for tool in run["tools"] if tool.get("type") == "function"]
            if functions and run["id"] not in self._outputs:
                calls = [
                    {
                        "id": f"call_{uuid.uuid4().hex[:24]}",
                        "type": "function",
                        "function": {
                            "name": tool["function"]["name"],
                            "arguments": json.dumps(_arguments(tool["function"])),
                        },
                    }
                    for tool in functions
                ]
                self._step(run, "tool_calls", {"type": "tool_calls", "tool_calls": calls})
                run.update(
                    status="requires_action",
                    required_action={"type": "submit_tool_outputs", "submit_tool_outputs": {"tool_calls": calls}},
                )
                return
            outputs = " ".join(output.get("output", "") for output in self._outputs.get(run["id"], []))
            answer = f"Emulated answer{': ' + outputs if outputs else '.'}"
            message = self._create_message(run["thread_id"], {"role": "assistant", "content": answer}, run=run)
            self._step(
                run, "message_creation", {"type": "message_creation", "message_creation": {"message_id": message["id"]}}
            )
            run.update(
                status="completed",
                completed_at=now,
                expires_at=None,
                usage={"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
            )

    def _step(self, run: JSON, kind: str, details: JSON) -> JSON:
        now = int(time.time())
        return self._new(
            "step",
            {
                "object": "thread.run.step",
                "created_at": now,
                "assistant_id": run["assistant_id"],
                "thread_id": run["thread_id"],
                "run_id": run["id"],
                "type": kind,
                "status": "completed",
                "step_details": details,
                "last_error": None,
                "expired_at": None,
                "cancelled_at": None,
                "failed_at": None,
                "completed_at": now,
                "metadata": {},
                "usage": None,
            },
        )

    def _modify_run(self, thread_id: str, run_id: str, body: JSON, **_: Any) -> JSON:
        run = self._get("run", run_id, thread_id=thread_id)
        run.update(body)
        return run

    def _submit_tool_outputs_to_run(self, thread_id: str, run_id: str, body: JSON, **_: Any) -> JSON:
        run = self._get("run", run_id, thread_id=thread_id)
        if run["status"] != "requires_action":
            raise Invalid(f'Runs in status "{run["status"]}" do not accept tool outputs.')
        self._outputs[run_id] = body["tool_outputs"]
        run.update(status="queued", required_action=None)
        return run

    def _cancel_run(self, thread_id: str, run_id: str, **_: Any) -> JSON:
        run = self._get("run", run_id, thread_id=thread_id)
        if run["status"] in ("completed", "failed", "cancelled", "expired"):
            raise Invalid(f"Cannot cancel run with status '{run['status']}'.")
        run.update(status="cancelled", cancelled_at=int(time.time()), required_action=None)
        return run

    def _list_runs(self, thread_id: str, query: dict[str, str], **_: Any) -> JSON:
        self._get("thread", thread_id)
        return self._list("run", query, thread_id=thread_id)

    def _list_run_steps(self, thread_id: str, run_id: str, query: dict[str, str], **_: Any) -> JSON:
        self._get("run", run_id, thread_id=thread_id)
        return self._list("step", query, run_id=run_id)

    def _get_run_step(self, thread_id: str, run_id: str, step_id: str, **_: Any) -> JSON:
        return self._get("step", step_id, thread_id=thread_id, run_id=run_id)

    def _create_vector_store(self, body: JSON, **_: Any) -> JSON:
        now = int(time.time())
        store = self._new(
            "vs",
            {
                "object": "vector_store",
                "name": body.get("name"),
                "status": "completed",
                "usage_bytes": 0,
                "created_at": now,
                "file_counts": {"in_progress": 0, "completed": 0, "failed": 0, "cancelled": 0, "total": 0},
                "metadata": body.get("metadata") or {},
                "expires_after": body.get("expires_after"),
                "expires_at": None,
                "last_active_at": now,
            },
        )
        for file_id in body.get("file_ids") or ():
            self._add_file(store, file_id, None)
        return store

    def _get_vector_store(self, vector_store_id: str, **_: Any) -> JSON:
        store = self._get("vs", vector_store_id)
        self._progress_files(store)
        return store

    def _modify_vector_store(self, vector_store_id: str, body: JSON, **_: Any) -> JSON:
        store = self._get("vs", vector_store_id)
        store.update(body)
        return store

    def _delete_vector_store(self, vector_store_id: str, **_: Any) -> JSON:
        return self._delete("vs", vector_store_id, "vector_store.deleted")

    def _list_vector_stores(self, query: dict[str, str], **_: Any) -> JSON:
        return self._list("vs", query)

    def _add_file(self, store: JSON, file_id: str, batch_id: str | None) -> JSON:
        obj = {
            "object": "vector_store.file",
            "usage_bytes": 0,
            "created_at": int(time.time()),
            "vector_store_id": store["id"],
            "status": "in_progress",
            "last_error": None,
            "chunking_strategy": {
                "type": "static",
                "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400},
            },
            "file_id": file_id,
            "batch_id": batch_id,
        }
        # a file's id is the uploaded file's id (files are created with /files, outside the spec)
        key = f"file_{store['id']}_{file_id}"
        self._objects[key] = {"id": file_id, **{k: v for k, v in obj.items() if k != "file_id"}}
        self._order[key] = next(self._seq)
        self._recount(store)
        return self._objects[key]

    def _files(self, store_id: str) -> Iterator[tuple[str, JSON]]:
        prefix = f"file_{store_id}_"
        return ((key, obj) for key, obj in list(self._objects.items()) if key.startswith(prefix))

    def _progress_files(self, store: JSON) -> None:
        for _, obj in self._files(store["id"]):
            if obj["status"] == "in_progress":
                obj["status"] = "completed"
                obj["usage_bytes"] = 1024
        self._recount(store)

    def _recount(self, store: JSON) -> None:
        counts = {"in_progress": 0, "completed": 0, "failed": 0, "cancelled": 0}
        for _, obj in self._files(store["id"]):
            counts[obj["status"]] += 1
        store["file_counts"] = {**counts, "total": sum(counts.values())}
        store["usage_bytes"] = sum(obj["usage_bytes"] for _, obj in self._files(store["id"]))

    def _file(self, vector_store_id: str, file_id: str) -> tuple[str, JSON]:
        key = f"file_{vector_store_id}_{file_id}"
        if key not in self._objects:
            raise NotFound(f"No vector store file found with id '{file_id}'.")
        return key, self._objects[key]

    def _create_vector_store_file(self, vector_store_id: str, body: JSON, **_: Any) -> JSON:
        return self._add_file(self._get("vs", vector_store_id), body["file_id"], None)

    def _get_vector_store_file(self, vector_store_id: str, file_id: str, **_: Any) -> JSON:
        store = self._get("vs", vector_store_id)
        obj = self._file(vector_store_id, file_id)[1]
        if obj["status"] == "in_progress":
            obj.update(status="completed", usage_bytes=1024)
            self._recount(store)
        return obj

    def _delete_vector_store_file(self, vector_store_id: str, file_id: str, **_: Any) -> JSON:
        store = self._get("vs", vector_store_id)
        key, _obj = self._file(vector_store_id, file_id)
        del self._objects[key]
        self._recount(store)
        return {"id": file_id, "object": "vector_store.file.deleted", "deleted": True}

    def _file_list(self, store_id: str, query: dict[str, str], batch_id: str | None = None) -> JSON:
        files = [
            obj
            for _, obj in self._files(store_id)
            if (batch_id is None or obj["batch_id"] == batch_id) and query.get("filter", obj["status"]) == obj["status"]
        ]
        keys = {obj["id"]: f"file_{store_id}_{obj['id']}" for obj in files}
        files.sort(key=lambda obj: self._order[keys[obj["id"]]], reverse=query.get("order", "desc") == "desc")
        ids = [obj["id"] for obj in files]
        if query.get("after") in ids:
            files = files[ids.index(query["after"]) + 1 :]
        elif query.get("before") in ids:
            files = files[: ids.index(query["before"])]
        limit = int(query.get("limit", 20))
        page = files[:limit]
        return {
            "object": "list",
            "data": page,
            "first_id": page[0]["id"] if page else None,
            "last_id": page[-1]["id"] if page else None,
            "has_more": len(files) > limit,
        }

    def _list_vector_store_files(self, vector_store_id: str, query: dict[str, str], **_: Any) -> JSON:
        self._get("vs", vector_store_id)
        return self._file_list(vector_store_id, query)

    def _create_vector_store_file_batch(self, vector_store_id: str, body: JSON, **_: Any) -> JSON:
        store = self._get("vs", vector_store_id)
        batch = self._new(
            "vsfb",
            {
                "object": "vector_store.files_batch",
                "created_at": int(time.time()),
                "vector_store_id": vector_store_id,
                "status": "in_progress",
                "file_counts": {},
            },
        )
        for file_id in body["file_ids"]:
            self._add_file(store, file_id, batch["id"])
        self._batch_counts(batch)
        return batch

    def _batch_counts(self, batch: JSON) -> None:
        counts = {"in_progress": 0, "completed": 0, "failed": 0, "cancelled": 0}
        for _, obj in self._files(batch["vector_store_id"]):
            if obj["batch_id"] == batch["id"]:
                counts[obj["status"]] += 1
        batch["file_counts"] = {**counts, "total": sum(counts.values())}

    def _get_vector_store_file_batch(self, vector_store_id: str, batch_id: str, **_: Any) -> JSON:
        batch = self._get("vsfb", batch_id, vector_store_id=vector_store_id)
        if batch["status"] == "in_progress":
            self._progress_files(self._get("vs", vector_store_id))
            batch["status"] = "completed"
        self._batch_counts(batch)
        return batch

    def _cancel_vector_store_file_batch(self, vector_store_id: str, batch_id: str, **_: Any) -> JSON:
        batch = self._get("vsfb", batch_id, vector_store_id=vector_store_id)
        if batch["status"] == "in_progress":
            for _key, obj in self._files(vector_store_id):
                if obj["batch_id"] == batch_id and obj["status"] == "in_progress":
                    obj["status"] = "cancelled"
            batch["status"] = "cancelled"
            self._recount(self._get("vs", vector_store_id))
        self._batch_counts(batch)
        return batch

    def _list_vector_store_file_batch_files(
        self, vector_store_id: str, batch_id: str, query: dict[str, str], **_: Any
    ) -> JSON:
        self._get("vsfb", batch_id, vector_store_id=vector_store_id)
        return self._file_list(vector_store_id, query, batch_id)

    # -- streams -----------------------------------------------------------------------------------

    def stream(self, op: Operation, ids: dict[str, str], body: JSON) -> list[tuple[str, Any]]:
        """The events of a streamed run call, the run driven to its next stop (completed or
        requires_action) as the service does while streaming."""
        with self._lock:
            events: list[tuple[str, Any]] = []
            run: JSON
            if op.name == "create_thread_and_run":
                run = self._create_thread_and_run(body)
                events.append(("thread.created", self._get("thread", run["thread_id"])))
            elif op.name == "create_run":
                run = self._create_run(body=body, **ids)
            else:
                run = self._submit_tool_outputs_to_run(body=body, **ids)
            if op.name != "submit_tool_outputs_to_run":
                events.append(("thread.run.created", dict(run)))
            events.append(("thread.run.queued", dict(run)))
            steps_before = {key for key in self._objects if key.startswith("step_")}
            self._advance(run)
            events.append(("thread.run.in_progress", dict(run)))
            self._advance(run)
            new_steps = [
                obj for key, obj in self._objects.items() if key.startswith("step_") and key not in steps_before
            ]
            for step in new_steps:
                events.append(("thread.run.step.created", {**step, "status": "in_progress", "completed_at": None}))
                events.append(("thread.run.step.in_progress", {**step, "status": "in_progress", "completed_at": None}))
                if step["type"] == "message_creation":
                    message = self._objects[step["step_details"]["message_creation"]["message_id"]]
                    pending = {**message, "status": "in_progress", "content": [], "completed_at": None}
                    events.append(("thread.message.created", pending))
                    events.append(("thread.message.in_progress", pending))
                    text = message["content"][0]["text"]["value"]
                    for word in re.findall(r"\S+\s*", text):
                        delta = {"index": 0, "type": "text", "text": {"value": word, "annotations": []}}
                        events.append(
                            (
                                "thread.message.delta",
                                {"id": message["id"], "object": "thread.message.delta", "delta": {"content": [delta]}},
                            )
                        )
                    events.append(("thread.message.completed", dict(message)))
                    events.append(("thread.run.step.completed", dict(step)))
            events.append((f"thread.run.{run['status']}", dict(run)))
            events.append(("done", "[DONE]"))
            snapshot: list[tuple[str, Any]] = json.loads(json.dumps(events))
            return snapshot
