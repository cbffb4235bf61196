"""``python -m generator diff OLD NEW``: what changed in the API between two spec files, for review.

Read before the generated diff on a bump: operations added/removed; per schema (component schemas,
their inline objects as ``schema.field`` / ``schema.field[]``, and inline request and response bodies
as ``<operationId> request`` / ``response``), fields added, removed or changed in type or in being
required, enum values added/removed, and union members (``oneOf`` / ``anyOf`` members, discriminator
mapping tags) added/removed. Each schema is marked ``request`` / ``response`` by the operations that
reach it. Inheritance (``allOf``) is merged, so a field moved to a base class is no change. The specs
are compared as upstream publishes them, before ``corrections.py`` and ``transforms.py``.
"""

from __future__ import annotations

import argparse
import json
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Spec = dict[str, Any]
Schema = dict[str, Any]

_REF = "#/components/schemas/"
_DEPLOYMENT = "/deployments/{deployment-id}"
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@dataclass
class Shape:
    """What one schema location says: its fields (name -> type), required fields, enum values, union members."""

    fields: dict[str, str] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    enum: list[Any] | None = None
    members: list[str] | None = None


@dataclass
class Api:
    """A spec reduced to what the diff compares."""

    version: str
    operations: dict[str, str]  # "POST /chat/completions" -> operationId
    shapes: dict[str, Shape]  # location -> shape
    top: set[str]  # the locations that are component schemas or inline bodies (not inside one)
    roles: dict[str, set[str]]  # component schema -> {"request", "response"}


def _ref_name(ref: str) -> str:
    return ref.removeprefix(_REF)


def type_of(node: Any) -> str:
    """A short type expression: ``string``, ``integer enum``, ``array<chatCompletionTool>``, ``A | B | null``."""
    if not isinstance(node, dict):
        return "any"
    if "$ref" in node:
        text = _ref_name(node["$ref"])
    elif "allOf" in node and len(node["allOf"]) == 1:
        text = type_of(node["allOf"][0])
    elif "oneOf" in node or "anyOf" in node:
        text = " | ".join(type_of(member) for member in node.get("oneOf") or node.get("anyOf") or [])
    elif node.get("type") == "array":
        text = f"array<{type_of(node.get('items'))}>"
    elif "enum" in node:
        text = f"{node.get('type', 'string')} enum"
    elif "properties" in node or "allOf" in node:
        text = "object"
    else:
        text = str(node.get("type", "any"))
    return f"{text} | null" if node.get("nullable") is True and not text.endswith("| null") else text


def _member(node: Any) -> str:
    """How a union member is named: its schema, else its tag (``type``/``role``/``event`` value), else its type."""
    if isinstance(node, dict) and "$ref" not in node:
        for tag in ("type", "role", "event"):
            prop = node.get("properties", {}).get(tag, {})
            values = prop.get("enum") or ([prop["const"]] if "const" in prop else [])
            if len(values) == 1:
                return f"{tag}={values[0]}"
    return type_of(node)


class _Reader:
    def __init__(self, spec: Spec) -> None:
        self.schemas: dict[str, Schema] = spec.get("components", {}).get("schemas", {})
        self.shapes: dict[str, Shape] = {}

    def merged(self, node: Schema, seen: frozenset[str] = frozenset()) -> Schema:
        """``node`` with its ``allOf`` parts (and what they inherit) merged: later fields win."""
        if "allOf" not in node or (len(node["allOf"]) == 1 and "properties" not in node):
            return node
        out: Schema = {"properties": {}, "required": []}
        for part in [*node["allOf"], {key: value for key, value in node.items() if key != "allOf"}]:
            inherited = "$ref" in part  # fields only: a child is not the union its base describes
            if inherited:
                name = _ref_name(part["$ref"])
                part = {} if name in seen else self.merged(self.schemas.get(name, {}), seen | {name})
            out["properties"].update(part.get("properties", {}))
            out["required"] += [name for name in part.get("required", []) if name not in out["required"]]
            for key in ("type",) if inherited else ("enum", "oneOf", "anyOf", "discriminator", "type"):
                if key in part:
                    out[key] = part[key]
        return out

    def visit(self, node: Any, location: str) -> None:
        if not isinstance(node, dict) or "$ref" in node:
            return
        node = self.merged(node)
        shape = Shape(
            fields={name: type_of(prop) for name, prop in node.get("properties", {}).items()},
            required=set(node.get("required", [])),
        )
        if "enum" in node:
            shape.enum = [value for value in node["enum"] if value is not None]
        union = node.get("oneOf", node.get("anyOf"))
        if union is not None:
            shape.members = [_member(member) for member in union]
            for index, member in enumerate(union):
                self.visit(member, f"{location}|{index}")
        mapping = node.get("discriminator", {}).get("mapping")
        if mapping:
            shape.members = [f"{tag} -> {_ref_name(ref)}" for tag, ref in mapping.items()]
        self.shapes[location] = shape
        for name, prop in node.get("properties", {}).items():
            self.visit(prop, f"{location}.{name}")
        if isinstance(node.get("items"), dict):
            self.visit(node["items"], f"{location}[]")
        if isinstance(node.get("additionalProperties"), dict):
            self.visit(node["additionalProperties"], f"{location}{{}}")

    def reach(self, roots: list[Any]) -> set[str]:
        """Component schemas reachable from ``roots`` (through ``$ref`` and discriminator mappings)."""
        found: set[str] = set()
        pending = list(roots)
        while pending:
            node = pending.pop()
            if isinstance(node, list):
                pending.extend(node)
            elif isinstance(node, dict):
                refs = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
                mapping = (
                    node.get("discriminator", {}).get("mapping", {})
                    if isinstance(node.get("discriminator"), dict)
                    else {}
                )
                for name in map(_ref_name, [*refs, *mapping.values()]):
                    if name not in found and name in self.schemas:
                        found.add(name)
                        pending.append(self.schemas[name])
                pending.extend(value for key, value in node.items() if key != "$ref")
        return found


def read(spec: Spec) -> Api:
    """The operations, schema shapes and request/response roles of ``spec``."""
    reader = _Reader(spec)
    for name, node in reader.schemas.items():
        reader.visit(node, name)
    top = set(reader.schemas)
    operations: dict[str, str] = {}
    roles: dict[str, set[str]] = {}
    for spec_path, item in spec.get("paths", {}).items():
        for method in _METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            op_id = str(operation.get("operationId", f"{method} {spec_path}"))
            operations[f"{method.upper()} {spec_path.removeprefix(_DEPLOYMENT)}"] = op_id
            bodies = {
                "request": [operation.get("requestBody", {})],
                "response": list(operation.get("responses", {}).values()),
            }
            for role, nodes in bodies.items():
                for node in nodes:
                    for media, content in node.get("content", {}).items():
                        body = content.get("schema")
                        if isinstance(body, dict) and "$ref" not in body:
                            top.add(f"{op_id} {role} ({media})")
                            reader.visit(body, f"{op_id} {role} ({media})")
                for name in reader.reach(nodes):
                    roles.setdefault(name, set()).add(role)
    return Api(str(spec.get("info", {}).get("version", "?")), operations, reader.shapes, top, roles)


def _values(values: list[Any]) -> str:
    return ", ".join(json.dumps(value) for value in values)


def compare(old: Api, new: Api) -> list[str]:
    """The readable difference from ``old`` to ``new``: a summary line, then one line per change."""
    lines: list[str] = []
    removed_ops = sorted(old.operations.keys() - new.operations.keys())
    added_ops = sorted(new.operations.keys() - old.operations.keys())
    for title, keys, api in (("removed", removed_ops, old), ("added", added_ops, new)):
        if keys:
            lines.append(f"operations {title} ({len(keys)}):")
            lines += [f"  {'-' if title == 'removed' else '+'} {key} ({api.operations[key]})" for key in keys]
    top_old, top_new = old.top, new.top
    for title, names in (("removed", sorted(top_old - top_new)), ("added", sorted(top_new - top_old))):
        if names:
            text = f"schemas {title} ({len(names)}): {', '.join(names)}"
            lines += textwrap.wrap(text, width=110, subsequent_indent="  ", break_on_hyphens=False)
    changes = 0
    for location in sorted(old.shapes.keys() & new.shapes.keys(), key=str.lower):
        found = _changes(old.shapes[location], new.shapes[location])
        if found:
            changes += len(found)
            role = "/".join(sorted(new.roles.get(re.split(r"[.\[|{]", location)[0], set())))
            lines.append(f"{location}" + (f"  [{role}]" if role else "") + ":")
            lines += [f"  {line}" for line in found]
    summary = (
        f"API diff {old.version} -> {new.version}: operations -{len(removed_ops)} +{len(added_ops)}, "
        f"schemas -{len(top_old - top_new)} +{len(top_new - top_old)}, "
        f"{changes} change{'' if changes == 1 else 's'} in schemas both have"
    )
    return [summary, *lines]


def _changes(old: Shape, new: Shape) -> list[str]:
    found: list[str] = []
    for name in new.fields.keys() - old.fields.keys():
        found.append(f"+ field {name}: {new.fields[name]}" + (" (required)" if name in new.required else ""))
    for name in old.fields.keys() - new.fields.keys():
        found.append(f"- field {name}: {old.fields[name]}")
    for name in old.fields.keys() & new.fields.keys():
        if old.fields[name] != new.fields[name]:
            found.append(f"~ field {name}: {old.fields[name]} -> {new.fields[name]}")
        if (name in old.required) != (name in new.required):
            found.append(f"~ field {name}: {'now' if name in new.required else 'no longer'} required")
    found.sort(key=lambda line: line[2:])
    for label, before, after in (("enum values", old.enum, new.enum), ("union members", old.members, new.members)):
        before, after = before or [], after or []
        for sign, values in (
            ("+", [v for v in after if v not in before]),
            ("-", [v for v in before if v not in after]),
        ):
            if values:
                text = _values(values) if label == "enum values" else ", ".join(map(str, values))
                found.append(f"{sign} {label}: {text}")
    return found


def diff_files(old: Path, new: Path) -> list[str]:
    """``compare`` of two spec files."""
    return compare(*(read(json.loads(path.read_text(encoding="utf-8"))) for path in (old, new)))


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m generator diff", description=__doc__.split("\n\n")[0])
    parser.add_argument("old", type=Path, help="the spec file before (e.g. `git show HEAD:spec/inference.json`)")
    parser.add_argument("new", type=Path, help="the spec file after (spec/inference.json after `make spec`)")
    args = parser.parse_args(argv)
    print("\n".join(diff_files(args.old, args.new)))
