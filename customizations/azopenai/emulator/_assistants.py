"""The emulator's assistants family: assistants, threads, messages, runs, run steps, vector stores, their
files and file batches, kept in memory (per emulator) and served at the operation table's paths
(``/openai/...?api-version=`` Azure style, ``/v1/...`` OpenAI style).

- create / get / update / delete / list, lists with cursor paging (``limit``, ``order``, ``after``,
  ``before``; ``has_more``, ``first_id``, ``last_id``); unknown ids answer 404;
- a run moves one status per GET: ``queued -> in_progress -> completed``, or ``-> requires_action``
  when its assistant has a function tool (one call per function tool, arguments sampled from its
  parameters) until the outputs are submitted; completing adds the assistant's answer to the thread (and run steps for both);
- ``stream: true`` answers the run's events as Azure sends them (``thread.run.created`` ...
  ``thread.message.delta`` ... ``thread.run.completed`` or ``thread.run.requires_action``, then
  ``event: done`` / ``data: [DONE]``);
- vector store files and file batches are ``in_progress`` when created and ``completed`` at the next GET;
- the faults of ``_faults`` apply: statuses to every route, ``drop``, ``no-done`` and ``stream-error``
  to run streams.
Request bodies are validated against the spec (with ``generator/corrections.py``) like the inference routes.
"""

from __future__ import annotations

import json
import re
import weakref
from typing import TYPE_CHECKING, Any

import jsonschema  # type: ignore[import-untyped]
from azopenai_generated.operations import OPERATIONS, Operation

from ._spec import Spec, _explain, _to_json_schema, wire_path
from ._store import Invalid, NotFound, Store

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.responses import Response

    from ._app import Emulation

JSON = dict[str, Any]
_OPS = sorted((op for op in OPERATIONS.values() if op.group != "inference"), key=lambda op: op.path.count("{"))
_PATTERNS = [(op, re.compile("^" + re.sub(r"\{([a-z_]+)\}", r"(?P<\1>[^/]+)", op.path) + "$")) for op in _OPS]


async def serve(emulation: Emulation, request: Request, *, openai: bool) -> Response:
    """Answer one assistants-family request (Azure style, or OpenAI style when ``openai``)."""
    from starlette.responses import JSONResponse, StreamingResponse

    from ._app import _API_VERSION, DropConnection, _Handler, _Refusal, _status_fault, error

    handler = _Handler(emulation, request, "assistants", None if openai else "")
    raw = await request.body()
    try:
        version = request.query_params.get("api-version")
        if not openai and not version:
            message = "The api-version query parameter (?api-version=) is required for all requests."
            return error(400, "MissingApiVersionParameter", message)
        if not openai and not _API_VERSION.match(version or ""):
            message = f"The HTTP resource that matches the request URI does not support the API version '{version}'."
            return error(400, "InvalidApiVersionParameter", message)
        handler._check_auth()
        handler._pick_faults()
    except _Refusal as refusal:
        return refusal.response
    for fault in handler.faults:
        if fault.status:
            return _status_fault(fault, "assistants", version or emulation.spec.api_version)
    if openai and request.headers.get("openai-beta") != "assistants=v2":
        message = "You must provide the 'OpenAI-Beta' header to access the Assistants API. Please try again by setting the header 'OpenAI-Beta: assistants=v2'."
        return error(400, "invalid_beta", message, param=None, type="invalid_request_error")
    prefix = "/v1" if openai else "/openai"
    found = route(request.method, request.url.path.removeprefix(prefix))
    if found is None:
        return error(404, "404", "Resource not found")
    op, ids = found
    body: JSON = {}
    if op.request_model is not None:
        try:
            body = json.loads(raw) if raw else {}
        except ValueError as exc:
            return error(400, "BadRequest", f"The request body is not valid JSON: {exc}")
        if not isinstance(body, dict):
            return error(400, "BadRequest", "The request body must be a JSON object.")
        violation = validate(emulation.spec, op, body)
        if violation:
            field, message = violation
            where = f" at '{field}'" if field else ""
            text = f"The request body does not conform to the API spec{where}: {message}"
            return error(400, "BadRequest", text, param=field or None, type="invalid_request_error")
    store: Store = emulation.assistants
    query = dict(request.query_params)
    headers = handler._ok_headers()
    try:
        if op.streams and body.pop("stream", False):
            events = store.stream(op, ids, body)
            drop, failure = handler._fault("drop"), handler._fault("stream-error")
            if handler._fault("no-done"):
                events = events[:-1]
            if failure:
                error_data = {"code": "server_error", "message": "The emulator was asked to fail this stream."}
                events = [*events[: failure.integer("after", 2)], ("error", error_data)]

            async def lines() -> Any:
                for count, (name, data) in enumerate(events):
                    if drop and count >= drop.integer("after", 2):
                        raise DropConnection
                    payload = data if isinstance(data, str) else json.dumps(data, separators=(",", ":"))
                    yield f"event: {name}\ndata: {payload}\n\n".encode()

            return StreamingResponse(lines(), headers=headers, media_type="text/event-stream")
        return JSONResponse(store.answer(op, ids, query, body), headers=headers)
    except NotFound as exc:
        return error(404, None, str(exc), param=None, type="invalid_request_error")
    except Invalid as exc:
        return error(400, None, str(exc), param=exc.field, type="invalid_request_error")


def route(method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
    """The operation and path parameters of a request path (relative to ``/openai`` or ``/v1``)."""
    for op, pattern in _PATTERNS:
        match = pattern.match(path)
        if op.method == method and match:
            return op, match.groupdict()
    return None


_validators: weakref.WeakKeyDictionary[Spec, dict[str, Any]] = weakref.WeakKeyDictionary()


def validate(spec: Spec, op: Operation, body: Any) -> tuple[str, str] | None:
    """(field, message) of the body's first violation of the operation's request schema, or None."""
    validators = _validators.setdefault(spec, {})
    validator = validators.get(op.name)
    if validator is None:
        content = spec.document["paths"][wire_path(op)][op.method.lower()]["requestBody"]["content"]
        root = {"allOf": [_to_json_schema(content["application/json"]["schema"])], "components": spec._components}
        validator = validators[op.name] = jsonschema.Draft7Validator(root)
    error = jsonschema.exceptions.best_match(validator.iter_errors(body))
    if error is None:
        return None
    violation = _explain(error)
    return violation.field, violation.message
