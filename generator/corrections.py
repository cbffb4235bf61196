"""Where the pinned spec is wrong about the wire: what the service really accepts and sends.

Unlike ``transforms.py`` (which shapes the spec for the code generator), these say what is true on the
wire, so everything that checks requests against the spec applies them too: the generator (first,
before its transforms), the emulator and the Prism conformance test. One function per error, each
saying how we know; applied in the order of ``CORRECTIONS``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Spec = dict[str, Any]

_CHAT = "/deployments/{deployment-id}/chat/completions"
_SPEECH = "/deployments/{deployment-id}/audio/speech"


def speech_body_is_json(spec: Spec) -> None:
    """The speech request is declared ``multipart/form-data``, but the service, the Go SDK and the
    spec's own example (``examples/audio_speech.json``, and the recorded session) send JSON."""
    content = spec["paths"][_SPEECH]["post"]["requestBody"]["content"]
    content["application/json"] = content.pop("multipart/form-data")


def json_schema_format_requires_only_name(spec: Spec) -> None:
    """``ResponseFormatJsonSchema.json_schema`` lists ``type`` as required but has no such property;
    the service (and OpenAI's own spec) require only ``name``: a correct request must not be refused."""
    inner = spec["components"]["schemas"]["ResponseFormatJsonSchema"]["properties"]["json_schema"]
    inner["required"] = [field for field in inner.get("required", []) if field != "type"]


def chat_requests_take_stream_options(spec: Spec) -> None:
    """``stream_options`` (``include_usage``) is defined (``chatCompletionStreamOptions``) but only the
    runs API refers to it; chat completion streams accept it and then end with a usage-only chunk
    (ARCHITECTURE.md, "Azure service behaviour")."""
    schema = spec["components"]["schemas"]["createChatCompletionRequest"]["allOf"][1]
    schema["properties"]["stream_options"] = {"$ref": "#/components/schemas/chatCompletionStreamOptions"}


def finish_reason_is_null_until_the_end(spec: Spec) -> None:
    """A choice's ``finish_reason`` is required and not nullable in the chat and text completion
    responses, yet every chunk of a completions stream but the last sends ``null`` (as chat streams do,
    where the spec allows it), and the same choice objects are what a stream accumulates into."""
    schemas = spec["components"]["schemas"]
    for name in ("createCompletionResponse", "createChatCompletionResponse"):
        schemas[name]["properties"]["choices"]["items"]["properties"]["finish_reason"]["nullable"] = True


def function_tools_need_no_description(spec: Spec) -> None:
    """An assistants function tool requires ``description`` in the spec, but the service accepts tools
    without one and answers ``"description": null`` (recordings/assistants: TestAPIToolChoiceUnion,
    TestAssistantRequiredAction; ARCHITECTURE.md, "Assistants traffic deviates from the spec")."""
    function = spec["components"]["schemas"]["assistantToolsFunction"]["properties"]["function"]
    function["required"] = [field for field in function["required"] if field != "description"]
    function["properties"]["description"]["nullable"] = True


def runs_take_no_thread_id(spec: Spec) -> None:
    """``createRunRequest`` and ``createThreadAndRunRequest`` list ``thread_id`` as required but define
    no such property (the thread is in the path, or created by the call): a validator would refuse every
    body the service accepts."""
    schemas = spec["components"]["schemas"]
    for name in ("createRunRequest", "createThreadAndRunRequest"):
        schemas[name]["required"] = [field for field in schemas[name]["required"] if field != "thread_id"]


def assistants_results_as_sent(spec: Spec) -> None:
    """Assistants results as the service sends them (recordings/assistants): messages come without
    ``status`` (TestAssistantRequiredAction), vector stores with ``"expires_after": null`` and without
    ``bytes`` (TestVectorStores)."""
    schemas = spec["components"]["schemas"]
    message = schemas["messageObject"]
    message["required"] = [field for field in message["required"] if field != "status"]
    store = schemas["vectorStoreObject"]
    store["required"] = [field for field in store["required"] if field != "bytes"]
    store["properties"]["expires_after"] = {**store["properties"]["expires_after"], "nullable": True}


CORRECTIONS: list[Callable[[Spec], None]] = [
    speech_body_is_json,
    json_schema_format_requires_only_name,
    chat_requests_take_stream_options,
    finish_reason_is_null_until_the_end,
    function_tools_need_no_description,
    runs_take_no_thread_id,
    assistants_results_as_sent,
]


def apply(spec: Spec) -> None:
    """Correct ``spec`` in place."""
    for correct in CORRECTIONS:
        correct(spec)
