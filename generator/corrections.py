"""Where the pinned spec is wrong about the wire: what the service really accepts and sends.

Unlike ``transforms.py`` (which shapes the spec for the code generator), these say what is true on the
wire, so everything that checks requests against the spec applies them too: the generator (first,
before its transforms), the emulator and the Prism conformance test. One function per error, each
saying how we know; applied in the order of ``CORRECTIONS``.

Every correction and transform is a ``Step`` that declares its ``targets`` (paths, schemas,
properties). ``run`` applies steps to a spec of any API version: a step none of whose targets is in
the spec does not apply and is skipped (one line in the ``Report``); a step that finds only some of
them, or whose function meets a spec shaped otherwise, raises ``StepError`` (one line: the step, what
is missing, what to review); a step that changes nothing is reported stale (fixed upstream: delete
it). The machinery lives here, not in a module of its own, because the emulator loads this file alone
(hence no dataclasses: those need the module registered).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

Spec = dict[str, Any]

_DEPLOYMENT = "/deployments/{deployment-id}"
_CHAT = _DEPLOYMENT + "/chat/completions"
_SPEECH = _DEPLOYMENT + "/audio/speech"


def walk(node: Any) -> Iterator[dict[str, Any]]:
    """Every dict in the document, parents before children."""
    if isinstance(node, dict):
        yield node
        for value in list(node.values()):
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


class Target(NamedTuple):
    """What a step changes, as the report names it (``/audio/speech``), and how to find it in a spec."""

    label: str
    found: Callable[[Spec], bool]


def path(spec_path: str) -> Target:
    """An operation path of the spec (labelled without the ``/deployments/{deployment-id}`` prefix)."""
    return Target(spec_path.removeprefix(_DEPLOYMENT), lambda spec: spec_path in spec.get("paths", {}))


def schema_named(name: str) -> Target:
    """A component schema."""
    return Target(name, lambda spec: name in spec.get("components", {}).get("schemas", {}))


def prop(schema_name: str, *names: str) -> Target:
    """A property of a component schema, nested through inline objects and array items."""

    def found(spec: Spec) -> bool:
        node: Any = spec.get("components", {}).get("schemas", {}).get(schema_name)
        for name in names:
            while isinstance(node, dict) and "properties" not in node and isinstance(node.get("items"), dict):
                node = node["items"]
            node = node.get("properties", {}).get(name) if isinstance(node, dict) else None
        return isinstance(node, dict)

    return Target(".".join((schema_name, *names)), found)


def anywhere(label: str, predicate: Callable[[dict[str, Any]], bool]) -> Target:
    """Any node of the spec for which ``predicate`` holds (for steps over the whole document)."""
    return Target(label, lambda spec: any(predicate(node) for node in walk(spec)))


class Step(NamedTuple):
    """A correction or transform: its function, the targets it changes, and what a reviewer checks
    when the spec no longer has them. Calling the step calls the function."""

    fn: Callable[[Spec], None]
    targets: tuple[Target, ...]
    review: str

    @property
    def name(self) -> str:
        return self.fn.__name__

    def __call__(self, spec: Spec) -> None:
        self.fn(spec)


def step(*targets: Target, review: str) -> Callable[[Callable[[Spec], None]], Step]:
    """Declare a function a ``Step`` on ``targets`` (none: it applies to whatever the spec has)."""
    return lambda fn: Step(fn, targets, review)


class StepError(Exception):
    """A step cannot do its job on this spec; the message is one line naming the step, the missing
    target and what to review."""


class Report:
    """What ``run`` did not apply (``lines``: one per skipped or stale step) and how many steps applied."""

    def __init__(self) -> None:
        self.api_version = "?"
        self.lines: list[str] = []
        self.applied = 0

    def names(self, kind: str) -> list[str]:
        """The steps reported as ``kind`` (``skipped`` or ``stale``)."""
        return [line.split(" ", 2)[1] for line in self.lines if line.startswith(kind + ":")]


def _fingerprint(spec: Spec) -> str:
    return json.dumps(spec, separators=(",", ":"))


def run(steps: list[Step], spec: Spec, report: Report | None = None) -> None:
    """Apply ``steps`` to ``spec`` in place, in order. With a ``report``, also detect stale steps
    (a fingerprint of the spec before and after each step) and record what did not apply."""
    version = str(spec.get("info", {}).get("version", "?"))
    if report is not None:
        report.api_version = version
    for item in steps:
        missing = [target.label for target in item.targets if not target.found(spec)]
        if item.targets and len(missing) == len(item.targets):
            if report is not None:
                report.lines.append(f"skipped: {item.name} — no {', '.join(missing)} in {version}")
            continue
        if missing:
            present = [target.label for target in item.targets if target.label not in missing]
            raise StepError(
                f"failed: {item.name} — {', '.join(missing)} missing from {version} while "
                f"{', '.join(present)} is there (renamed or restructured?); review {item.review}"
            )
        before = _fingerprint(spec) if report is not None else ""
        try:
            item(spec)
        except StepError as exc:
            raise StepError(f"failed: {item.name} — {exc} in {version}; review {item.review}") from None
        except (KeyError, IndexError, TypeError, ValueError, AttributeError, StopIteration) as exc:
            raise StepError(
                f"failed: {item.name} — the spec {version} is shaped otherwise "
                f"({type(exc).__name__}: {exc}); review {item.review}"
            ) from None
        if report is not None:
            if _fingerprint(spec) == before:
                report.lines.append(f"stale: {item.name} — changes nothing in {version} (fixed upstream? delete it)")
            else:
                report.applied += 1


@step(path(_SPEECH), review="the speech request body (customizations/azopenai/_speech.py, the emulator)")
def speech_body_is_json(spec: Spec) -> None:
    """The speech request is declared ``multipart/form-data``, but the service, the Go SDK and the
    spec's own example (``examples/audio_speech.json``, and the recorded session) send JSON."""
    content = spec["paths"][_SPEECH]["post"]["requestBody"]["content"]
    if "multipart/form-data" in content and "application/json" not in content:
        content["application/json"] = content.pop("multipart/form-data")


@step(prop("ResponseFormatJsonSchema", "json_schema"), review="response_format json_schema requests")
def json_schema_format_requires_only_name(spec: Spec) -> None:
    """``ResponseFormatJsonSchema.json_schema`` lists ``type`` as required but has no such property;
    the service (and OpenAI's own spec) require only ``name``: a correct request must not be refused."""
    inner = spec["components"]["schemas"]["ResponseFormatJsonSchema"]["properties"]["json_schema"]
    if "type" in inner.get("required", []) and "type" not in inner.get("properties", {}):
        inner["required"] = [name for name in inner["required"] if name != "type"]


@step(
    schema_named("createChatCompletionRequest"),
    schema_named("chatCompletionStreamOptions"),
    review="get_chat_completions_stream(stream_options=) and the emulator's chat validation",
)
def chat_requests_take_stream_options(spec: Spec) -> None:
    """``stream_options`` (``include_usage``) is defined (``chatCompletionStreamOptions``) but only the
    runs API refers to it; chat completion streams accept it and then end with a usage-only chunk
    (ARCHITECTURE.md, "Azure service behaviour")."""
    request = spec["components"]["schemas"]["createChatCompletionRequest"]
    parts = [part for part in request.get("allOf", [request]) if "properties" in part]
    if not any("stream_options" in part["properties"] for part in parts):
        parts[-1]["properties"]["stream_options"] = {"$ref": "#/components/schemas/chatCompletionStreamOptions"}


@step(
    prop("createCompletionResponse", "choices", "finish_reason"),
    prop("createChatCompletionResponse", "choices", "finish_reason"),
    review="stream accumulation (customizations/azopenai/_streaming.py)",
)
def finish_reason_is_null_until_the_end(spec: Spec) -> None:
    """A choice's ``finish_reason`` is required and not nullable in the chat and text completion
    responses, yet every chunk of a completions stream but the last sends ``null`` (as chat streams do,
    where the spec allows it), and the same choice objects are what a stream accumulates into."""
    schemas = spec["components"]["schemas"]
    for name in ("createCompletionResponse", "createChatCompletionResponse"):
        schemas[name]["properties"]["choices"]["items"]["properties"]["finish_reason"]["nullable"] = True


@step(
    prop("assistantToolsFunction", "function", "description"),
    review="assistants function tools (create_assistant, update_assistant) and the emulator's validation",
)
def function_tools_need_no_description(spec: Spec) -> None:
    """An assistants function tool requires ``description`` in the spec, but the service accepts tools
    without one and answers ``"description": null`` (recordings/assistants: TestAPIToolChoiceUnion,
    TestAssistantRequiredAction; ARCHITECTURE.md, "Assistants traffic deviates from the spec")."""
    function = spec["components"]["schemas"]["assistantToolsFunction"]["properties"]["function"]
    function["required"] = [field for field in function["required"] if field != "description"]
    function["properties"]["description"]["nullable"] = True


@step(
    schema_named("createRunRequest"),
    schema_named("createThreadAndRunRequest"),
    review="create_run / create_thread_and_run bodies and the emulator's validation",
)
def runs_take_no_thread_id(spec: Spec) -> None:
    """``createRunRequest`` and ``createThreadAndRunRequest`` list ``thread_id`` as required but define
    no such property (the thread is in the path, or created by the call): a validator would refuse every
    body the service accepts."""
    schemas = spec["components"]["schemas"]
    for name in ("createRunRequest", "createThreadAndRunRequest"):
        schemas[name]["required"] = [field for field in schemas[name]["required"] if field != "thread_id"]


@step(
    prop("messageObject", "status"),
    prop("vectorStoreObject", "expires_after"),
    review="parsing of messages and vector stores (tests/test_assistants.py replays)",
)
def assistants_results_as_sent(spec: Spec) -> None:
    """Assistants results as the service sends them (recordings/assistants): messages come without
    ``status`` (TestAssistantRequiredAction) and, from older resources, without ``attachments`` (``file_ids``
    instead: TestAssistantMessages), vector stores with ``"expires_after": null`` and without ``bytes``
    (TestVectorStores)."""
    schemas = spec["components"]["schemas"]
    message = schemas["messageObject"]
    message["required"] = [field for field in message["required"] if field not in ("status", "attachments")]
    store = schemas["vectorStoreObject"]
    store["required"] = [field for field in store["required"] if field != "bytes"]
    store["properties"]["expires_after"] = {**store["properties"]["expires_after"], "nullable": True}


@step(
    prop("assistantsNamedToolChoice", "function"),
    review="create_run / create_thread_and_run tool_choice bodies and the emulator's validation",
)
def named_tool_choice_function_may_be_null(spec: Spec) -> None:
    """``assistantsNamedToolChoice.function`` is only meaningful for ``"type": "function"``; clients send
    ``"function": null`` with ``code_interpreter`` / ``file_search`` and the service accepts it
    (recordings/assistants: TestAPIToolChoiceUnion)."""
    function = spec["components"]["schemas"]["assistantsNamedToolChoice"]["properties"]["function"]
    function["nullable"] = True


CORRECTIONS: list[Step] = [
    speech_body_is_json,
    json_schema_format_requires_only_name,
    chat_requests_take_stream_options,
    finish_reason_is_null_until_the_end,
    function_tools_need_no_description,
    runs_take_no_thread_id,
    assistants_results_as_sent,
    named_tool_choice_function_may_be_null,
]


def apply(spec: Spec, report: Report | None = None) -> None:
    """Correct ``spec`` in place (``run``: steps whose targets are absent are skipped)."""
    run(CORRECTIONS, spec, report)
