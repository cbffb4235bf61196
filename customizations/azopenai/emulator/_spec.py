"""The pinned OpenAPI spec, loaded at run time, and JSON Schema validators for the request bodies.

The spec is OpenAPI 3.0: its schemas are translated to JSON Schema (draft 7) before validation.
- ``nullable: true`` becomes a ``"null"`` type (or an ``anyOf`` with ``{"type": "null"}`` where the
  schema has no ``type``); siblings of ``$ref`` are dropped as OpenAPI 3.0 says, except ``nullable``,
  which the spec uses next to ``$ref`` to mean "this reference or null".
- A base schema with a ``discriminator`` mapping (data sources, their authentication and
  vectorization options) validates an instance against the schema its tag names, as OpenAPI
  says; plain JSON Schema would only check the base's ``type`` field.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
from azopenai_generated.operations import OPERATIONS as _TABLE
from azopenai_generated.operations import Operation

from .._base import deployment_path

Schema = dict[str, Any]

SPEC_ENV = "AZOPENAI_SPEC"
# written by `make generate` (generator/emulator_data.py): the request side of the corrected spec
_DATA = "_data/requests.json"
_DERIVED = "x-azopenai-emulator"  # a document carrying this key is corrected already
_REPO_ROOT = Path(__file__).resolve().parents[3]


def wire_path(op: Operation) -> str:
    """The operation's path as the spec's ``paths`` key: placeholders by their wire names."""
    path = op.path
    for wire, python in op.path_params:
        path = path.replace("{" + python + "}", "{" + wire + "}")
    return path


# the deployment operations of the generated table, by their path after ``/deployments/{deployment_id}/``
ROUTES: dict[str, Operation] = {deployment_path(op): op for op in _TABLE.values() if deployment_path(op) != op.path}


class SpecNotFoundError(FileNotFoundError):
    """The spec file given (``--spec``, ``$AZOPENAI_SPEC``) or the package's own copy is missing."""


def spec_path(explicit: str | os.PathLike[str] | None = None) -> Path | Traversable:
    """Where the spec is: ``explicit``, else ``$AZOPENAI_SPEC``, else the package's own data (the
    corrected request schemas that ``make generate`` writes into ``azopenai/emulator/_data/``)."""
    given = explicit or os.environ.get(SPEC_ENV)
    if given:
        path = Path(given)
        if not path.is_file():
            raise SpecNotFoundError(
                f"the Azure OpenAI spec {path} was not found: pass --spec or set {SPEC_ENV} to an "
                "inference.json, or leave both unset to use the spec this package was generated from"
            )
        return path
    packaged = resources.files(__package__).joinpath(_DATA)
    if not packaged.is_file():
        raise SpecNotFoundError(
            f"the emulator's package data {_DATA} is missing: run `make generate` in the azopenai repository"
        )
    return packaged


def _corrections() -> Any:
    """``generator/corrections.py`` of the repository, for a raw upstream spec given by path: where the
    pinned spec is wrong about the wire, applied here as the generator applies it (the package's own
    data is corrected already)."""
    import importlib.util

    path = _REPO_ROOT / "generator" / "corrections.py"
    loader = importlib.util.spec_from_file_location("azopenai_spec_corrections", path)
    if loader is None or loader.loader is None or not path.is_file():
        raise SpecNotFoundError(
            f"{path} is missing: an upstream inference.json needs the corrections of an azopenai repository "
            "checkout; leave --spec and $AZOPENAI_SPEC unset to use the package's own corrected spec"
        )
    module = importlib.util.module_from_spec(loader)
    loader.loader.exec_module(module)
    return module


def _to_json_schema(node: Any) -> Any:
    """An OpenAPI 3.0 schema (with everything below it) as JSON Schema draft 7."""
    if isinstance(node, list):
        return [_to_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        ref = {"$ref": node["$ref"]}
        return {"anyOf": [ref, {"type": "null"}]} if node.get("nullable") else ref
    out = {key: _to_json_schema(value) for key, value in node.items() if key != "nullable"}
    if node.get("nullable") is True:
        if isinstance(out.get("type"), str):
            out["type"] = [out["type"], "null"]
            if "enum" in out and None not in out["enum"]:
                out["enum"] = [*out["enum"], None]
        else:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


def _dispatch_discriminators(schemas: dict[str, Schema]) -> None:
    """Give each discriminated base an ``if``/``then`` per mapped tag, and each child its tag value.
    Children ``allOf`` the base, so they are pointed at an undispatched copy (``<base>__base``)."""
    prefix = "#/components/schemas/"
    for name, schema in list(schemas.items()):
        mapping = schema.get("discriminator", {}).get("mapping")
        if not mapping:
            continue
        tag = schema["discriminator"]["propertyName"]
        schemas[name + "__base"] = dict(schema)
        for value, child_ref in mapping.items():
            child = schemas[child_ref.removeprefix(prefix)]
            for part in child.get("allOf", []):
                if part.get("$ref") == prefix + name:
                    part["$ref"] = prefix + name + "__base"
            # the mapping pins the child's tag; without it a oneOf of children is ambiguous
            child.setdefault("allOf", []).append({"properties": {tag: {"const": value}}})
        schemas[name] = {
            "allOf": [
                {"$ref": prefix + name + "__base"},
                *(
                    {"if": {"properties": {tag: {"const": value}}, "required": [tag]}, "then": {"$ref": ref}}
                    for value, ref in mapping.items()
                ),
            ]
        }


@dataclass(frozen=True)
class Violation:
    """Why a request body does not conform: the field (``messages[0].role``) and the reason."""

    field: str
    message: str


def _field(path: Any) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


class Spec:
    """The loaded spec and a validator per operation's request body (built on first use)."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = spec_path(path)
        self.document: dict[str, Any] = json.loads(self.path.read_text(encoding="utf-8"))
        if _DERIVED not in self.document:
            _corrections().apply(self.document)
        self._components = _to_json_schema(self.document.get("components", {}))
        _dispatch_discriminators(self._components.get("schemas", {}))
        self._validators: dict[tuple[str, str], Any] = {}

    @cached_property
    def api_version(self) -> str:
        """The API version the spec describes (``info.version``)."""
        return str(self.document["info"]["version"])

    def request_schema(self, operation: str, media_type: str) -> Schema:
        """The OpenAPI request schema of ``operation`` (its name in the generated table) for ``media_type``
        (KeyError if none)."""
        post = self.document["paths"][wire_path(_TABLE[operation])]["post"]
        schema: Schema = post["requestBody"]["content"][media_type]["schema"]
        return schema

    def property_types(self, operation: str, media_type: str) -> dict[str, str]:
        """The declared ``type`` of each top-level property of a request schema (for form fields)."""
        schema = self._resolve(self.request_schema(operation, media_type))
        types = {}
        for name, prop in schema.get("properties", {}).items():
            prop = self._resolve(prop)
            if isinstance(prop.get("type"), str):
                types[name] = prop["type"]
        return types

    def _resolve(self, schema: Schema) -> Schema:
        while "$ref" in schema:
            schema = self.document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
        return schema

    def validate(self, operation: str, media_type: str, body: Any) -> Violation | None:
        """The most relevant violation of ``body`` against the request schema, or None if it conforms."""
        key = (operation, media_type)
        validator = self._validators.get(key)
        if validator is None:
            root = {
                "allOf": [_to_json_schema(self.request_schema(operation, media_type))],
                "components": self._components,
            }
            validator = jsonschema.Draft7Validator(root)
            self._validators[key] = validator
        error = jsonschema.exceptions.best_match(validator.iter_errors(body))
        return None if error is None else _explain(error)


_TAGS = ("role", "type")


def _wrong_branch(errors: list[Any]) -> bool:
    """Whether a ``oneOf`` branch failed because the instance is not of its kind at all: a root
    ``type`` mismatch, or a tag (``role`` / ``type`` property) of another value."""
    for error in errors:
        path = list(error.relative_path)
        if not path and error.validator == "type":
            return True
        if path in ([tag] for tag in _TAGS) and error.validator in ("enum", "const"):
            return True
    return False


def _explain(error: Any) -> Violation:
    """Follow a ``oneOf`` / ``anyOf`` failure into the one branch the instance meant to match (its
    tag or JSON type agrees), so the violation names the innermost bad field."""
    while error.context:
        branches: dict[Any, list[Any]] = {}
        for sub in error.context:
            branches.setdefault(sub.schema_path[0], []).append(sub)
        meant = [errors for errors in branches.values() if not _wrong_branch(errors)]
        if len(meant) != 1:
            tag = next((t for t in _TAGS if isinstance(error.instance, dict) and t in error.instance), None)
            allowed = [
                value
                for errors in branches.values()
                for sub in errors
                if tag and list(sub.relative_path) == [tag] and sub.validator in ("enum", "const")
                for value in (sub.validator_value if sub.validator == "enum" else [sub.validator_value])
            ]
            if not meant and tag and allowed:
                field = _field([*error.absolute_path, tag])
                return Violation(field, f"{error.instance[tag]!r} is not one of {allowed}")
            break
        error = jsonschema.exceptions.best_match(meant[0])
    return Violation(_field(error.absolute_path), error.message)
