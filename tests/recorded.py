"""Test data from ``tests/data/`` (see its README): the spec's own examples and the recorded Azure OpenAI sessions."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
EXAMPLES = DATA / "spec" / "2024-10-01-preview" / "examples"
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
        """The path after the deployment (``chat/completions``), or the last path part for OpenAI."""
        path = self.uri.split("?")[0]
        for suffix in (
            "chat/completions",
            "completions",
            "embeddings",
            "images/generations",
            "audio/transcriptions",
            "audio/translations",
            "audio/speech",
        ):
            if path.endswith(suffix):
                return suffix
        raise ValueError(f"unknown operation in {self.uri}")

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
