"""What the run and file-batch pollers share (sync and async): which resource, its last state, when
it is done, and the continuation token (base64 JSON of the resource's ids)."""

from __future__ import annotations

import base64
import json
from typing import Any, Final

from ._resources import Call, prepare

RUN_DONE: Final = frozenset({"completed", "failed", "cancelled", "expired", "incomplete", "requires_action"})
"""Run statuses where a run poller stops: the run ended, or waits for tool outputs."""
BATCH_DONE: Final = frozenset({"completed", "failed", "cancelled"})
"""Vector store file batch statuses where a batch poller stops."""


class PollState:
    """The polled resource: a run (``thread_id``, ``run_id``) or a file batch (``vector_store_id``,
    ``batch_id``); ``resource`` is its last parsed state (``None`` until the first poll after resuming)."""

    def __init__(self) -> None:
        self.ids: dict[str, str] = {}
        self.resource: Any = None

    def start(self, initial: Any) -> None:
        """From the initial call's result, or from ``from_token``'s state."""
        if isinstance(initial, PollState):
            self.ids, self.resource = initial.ids, initial.resource
        else:
            self.update(initial)

    def update(self, resource: Any) -> None:
        self.resource = resource
        if resource.object_ == "thread.run":
            self.ids = {"thread_id": resource.thread_id, "run_id": resource.id}
        else:
            self.ids = {"vector_store_id": resource.vector_store_id, "batch_id": resource.id}

    def poll_call(self) -> Call:
        name = "get_run" if "run_id" in self.ids else "get_vector_store_file_batch"
        return prepare(name, name, dict(self.ids))

    def status(self) -> str:
        return "unknown" if self.resource is None else str(self.resource.status)

    def finished(self) -> bool:
        if self.resource is None:
            return False
        return str(self.resource.status) in (RUN_DONE if "run_id" in self.ids else BATCH_DONE)

    def token(self) -> str:
        return base64.urlsafe_b64encode(json.dumps(self.ids).encode()).decode()

    @classmethod
    def from_token(cls, token: str) -> PollState:
        """The state a continuation token names; ``ValueError`` if it is not one of ours."""
        try:
            ids = json.loads(base64.urlsafe_b64decode(token.encode()))
        except ValueError as exc:
            raise ValueError(f"not an azopenai continuation token: {token!r}") from exc
        if not isinstance(ids, dict) or set(ids) not in ({"thread_id", "run_id"}, {"vector_store_id", "batch_id"}):
            raise ValueError(f"not an azopenai continuation token: {token!r}")
        state = cls()
        state.ids = {key: str(value) for key, value in ids.items()}
        return state
