"""The operation table: ``azopenai_generated/operations.py``, one ``Operation`` per operation of the spec.

Everything the hand-written code needs to know per operation (its name, HTTP method, path and path
parameters, query parameters, request content type, request and result models, whether it streams)
plus the ``API_VERSION`` of the pin, read from the same parse openapi-python-client makes of the
transformed spec, so the names are exactly the generated ones. Clients, emulator and tests read this
table; no operation path, model name or version string is written by hand anywhere else.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import ModelProperty, UnionProperty

MODULE = "operations.py"
TYPES_MODULE = "operation_types.py"

_HEADER = '''"""Every operation of the spec, as the hand-written layer needs it (see generator/operations.py).
Paths are relative to ``{endpoint}/openai`` and name their parameters by their Python names.
"""

from __future__ import annotations

from typing import Final, NamedTuple


class Operation(NamedTuple):
    """One operation of the spec (a named tuple: importing the table imports nothing but ``typing``)."""

    name: str
    """Python name, also the generated API module's (``get_chat_completions``)."""
    group: str
    """The generated API package it is in (``inference``, ``assistants``, ``vector_stores``)."""
    method: str
    """HTTP method, upper case."""
    path: str
    """``/deployments/{deployment_id}/chat/completions``: placeholders are the Python names of ``path_params``."""
    path_params: tuple[tuple[str, str], ...]
    """(wire name, Python name) of each path parameter, in path order."""
    query_params: tuple[tuple[str, str, str], ...]
    """(wire name, Python name, generated type) of each query parameter, ``api-version`` aside."""
    content_type: str | None
    """The request body's media type, or ``None`` without a body."""
    request_model: str | None
    """The generated model of the request body, or ``None``."""
    result_models: tuple[str, ...]
    """The generated models of the 200 response (several for a ``oneOf``); empty for binary results."""
    result_content_types: tuple[str, ...]
    """The 200 response's media types, as the spec lists them."""
    streams: bool
    """The request body has a ``stream`` field (the service can answer with server-sent events)."""


API_VERSION: Final = __API_VERSION__
"""The ``api-version`` of the pinned spec: the client's default."""

'''


def _text(value: Any) -> str:
    """A name from the parse (openapi-python-client wraps spec strings in ``UntrustedString``)."""
    getter = getattr(value, "get_untrusted_value", None)
    return getter() if getter else str(value)


def _code(value: Any) -> str:
    """Generated source text (openapi-python-client wraps it in ``PythonCode``)."""
    getter = getattr(value, "as_unembedded_code", None)
    return str(getter() if getter else value)


def _models(prop: Any) -> tuple[str, ...]:
    if isinstance(prop, ModelProperty):
        return (prop.class_info.name,)
    if isinstance(prop, UnionProperty):
        return tuple(name for inner in prop.inner_properties for name in _models(inner))
    return ()


def config(config_path: Path) -> Config:
    """openapi-python-client's configuration, as ``generator/__main__.py`` runs it."""
    return Config.from_sources(ConfigFile.load_from_path(config_path), MetaType.NONE, "spec.json", "utf-8", True, None)


def parse(spec: dict[str, Any], config_path: Path) -> GeneratorData:
    """openapi-python-client's parse of the transformed ``spec``: the class names it generates, which the
    table, the request shapes and the assistants methods all name (parsed once per generation)."""
    data = GeneratorData.from_dict(spec, config=config(config_path))
    if not isinstance(data, GeneratorData):
        raise SystemExit(f"openapi-python-client could not parse the spec: {data.header}: {data.detail}")
    return data


def table(spec: dict[str, Any], data: GeneratorData) -> list[dict[str, Any]]:
    """The operations of the transformed ``spec`` (``data``: its parse), in spec order, as plain data."""
    raw_ops = {(method.upper(), path): op for path, item in spec["paths"].items() for method, op in item.items()}
    rows = []
    for group, collection in data.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            wire_path = next(
                path
                for (method, path), op in raw_ops.items()
                if method == endpoint.method.upper() and isinstance(op, dict) and op.get("operationId") == endpoint.name
            )
            raw = raw_ops[endpoint.method.upper(), wire_path]
            (ok,) = [response for response in endpoint.responses.patterns if response.status_code.pattern == "200"]
            body = endpoint.bodies[0] if endpoint.bodies else None
            body_schema = (raw.get("requestBody") or {}).get("content", {})
            request_props = _request_properties(spec, body_schema)
            rows.append(
                {
                    "name": str(endpoint.name),
                    "group": str(group),
                    "method": endpoint.method.upper(),
                    "path": _text(endpoint.path),
                    "path_params": tuple((_text(p.name), p.python_name) for p in endpoint.path_parameters),
                    "query_params": tuple(
                        (_text(p.name), p.python_name, _code(p.get_type_string(no_optional=True)))
                        for p in endpoint.query_parameters
                        if _text(p.name) != "api-version"
                    ),
                    "content_type": _text(body.content_type) if body else None,
                    "request_model": body.prop.class_info.name
                    if body and isinstance(body.prop, ModelProperty)
                    else None,
                    "result_models": _models(ok.prop),
                    "result_content_types": tuple(raw["responses"]["200"].get("content", {})),
                    "streams": "stream" in request_props,
                }
            )
    return rows


def _request_properties(spec: dict[str, Any], content: dict[str, Any]) -> dict[str, Any]:
    for media in content.values():
        schema = media.get("schema", {})
        while "$ref" in schema:
            schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
        return dict(schema.get("properties") or {})
    return {}


def render(rows: list[dict[str, Any]], api_version: str) -> str:
    """The module's source (unformatted: ruff formats it with the rest of the package)."""
    lines = [_HEADER.replace("__API_VERSION__", repr(api_version))]
    for row in rows:
        fields = ", ".join(f"{key}={value!r}" for key, value in row.items())
        lines.append(f"{row['name'].upper()}: Final = Operation({fields})\n")
    names = ", ".join(row["name"].upper() for row in rows)
    lines.append(f"\nOPERATIONS: Final[dict[str, Operation]] = {{op.name: op for op in ({names},)}}\n")
    lines.append('"""Every operation by its Python name."""\n')
    return "".join(lines)


_TYPES_HEADER = '''"""The request and result classes of each operation, by its name, for annotations in the hand-written
layer (generator/operations.py): ``GetChatCompletionsResult`` is the class of the result of
``get_chat_completions`` (the first of its 200 models), ``GetChatCompletionsChunk`` that of its stream's
chunks (an operation that streams and has several 200 models: the last), ``GetChatCompletionsRequest``
that of its request body. Importing this module imports those models: the client imports it for type
checking only, and at run time looks a class up by the names in ``operations.py``.
"""

from __future__ import annotations

from typing import TypeAlias

'''


def _pascal(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def render_types(rows: list[dict[str, Any]]) -> str:
    """The source of ``operation_types.py``: a ``TypeAlias`` per operation's request, result and chunk."""
    aliases: list[tuple[str, str]] = []
    for row in rows:
        if row["request_model"]:
            aliases.append((_pascal(row["name"]) + "Request", row["request_model"]))
        if row["result_models"]:
            aliases.append((_pascal(row["name"]) + "Result", row["result_models"][0]))
        if row["streams"] and len(row["result_models"]) > 1:
            aliases.append((_pascal(row["name"]) + "Chunk", row["result_models"][-1]))
    models = sorted({model for _, model in aliases})
    lines = [_TYPES_HEADER, f"from .models import {', '.join(models)}\n\n"]
    lines.extend(f"{alias}: TypeAlias = {model}\n" for alias, model in aliases)
    return "".join(lines)


def write(spec: dict[str, Any], data: GeneratorData, api_version: str, package_dir: Path) -> None:
    """Write ``operations.py`` and ``operation_types.py`` into the generated package at ``package_dir``."""
    rows = table(spec, data)
    (package_dir / MODULE).write_text(render(rows, api_version), encoding="utf-8")
    (package_dir / TYPES_MODULE).write_text(render_types(rows), encoding="utf-8")
