"""Test data from ``tests/data/`` (see its README): the spec's own examples and the recorded Azure OpenAI sessions."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from azopenai._base import deployment_path
from azopenai_generated.operations import API_VERSION, OPERATIONS

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
EXAMPLES = DATA / "spec" / API_VERSION / "examples"
RECORDINGS = DATA / "recordings"


@dataclass(frozen=True)
class Entry:
    """One recorded request/response pair."""

    recording: str
    method: str
    uri: str
    request_headers: dict[str, str]
    request_body: Any
    status: int
    response_headers: dict[str, str]
    response_body: Any

    @property
    def operation(self) -> str:
        """The name in the generated operation table (``get_chat_completions``) of the deployment
        operation whose path (after the deployment, or after ``/v1`` for OpenAI) ends the URI."""
        path = self.uri.split("?")[0]
        found = [
            op for op in OPERATIONS.values() if path.endswith("/" + deployment_path(op)) and op.method == self.method
        ]
        if not found:
            raise ValueError(f"unknown operation in {self.uri}")
        return max(found, key=lambda op: len(op.path)).name

    @property
    def content_type(self) -> str:
        headers = {k.lower(): v for k, v in self.response_headers.items()}
        return headers.get("content-type", "")

    def sse_events(self) -> list[str]:
        """The ``data:`` payloads of an event-stream body, in order."""
        text = "".join(self.response_body)
        return [line[len("data: ") :] for line in text.split("\n") if line.startswith("data: ")]


def recordings() -> list[Entry]:
    entries = []
    for path in sorted(RECORDINGS.glob("*.json")):
        for raw in json.loads(path.read_text())["Entries"]:
            entries.append(
                Entry(
                    recording=path.stem,
                    method=raw["RequestMethod"],
                    uri=raw["RequestUri"],
                    request_headers=raw["RequestHeaders"],
                    request_body=raw["RequestBody"],
                    status=raw["StatusCode"],
                    response_headers=raw["ResponseHeaders"],
                    response_body=raw["ResponseBody"],
                )
            )
    return entries


def examples() -> dict[str, dict[str, Any]]:
    """Example files by stem; ``generated_completions`` is invalid JSON upstream (a trailing comma)
    and is read with that one comma removed."""
    found = {}
    for path in sorted(EXAMPLES.glob("*.json")):
        text = path.read_text()
        try:
            found[path.stem] = json.loads(text)
        except json.JSONDecodeError:
            import re

            found[path.stem] = json.loads(re.sub(r",(\s*[}\]])", r"\1", text))
    return found
