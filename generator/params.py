"""Request shapes: ``azopenai_generated/params.py`` (``TypedDict``s for type checkers and IDEs) and
``azopenai_generated/request_shapes.py`` (the same shapes as data, for the client's run-time checks).

Both come from one walk of every request body of the transformed spec, beside openapi-python-client's
parse of it (for the generated class names):

- an object becomes ``<Class>Param``, a ``TypedDict`` (``Required`` keys as the spec says); where one
  is expected, the generated model class is accepted too (``Class | ClassParam``);
- a tagged union becomes the union of its members (each with its ``Literal`` tag); a component union
  also gets an alias, ``<Component>Param``; the generator's ``Unknown*Variant`` members (which are for
  parsing results) are left out;
- an enum becomes ``<EnumClass>Param = Literal[...]`` with the pinned values, closed for the type
  checker; at run time only enums *not* marked ``x-ms-enum.modelAsString`` (extensible) are checked;
- arrays are ``Sequence[...]``, free-form objects ``Mapping[str, ...]``, nullable values ``X | None``;
- each operation with a JSON body gets ``<Operation>Params`` (its body fields as keywords, ``get_``
  dropped: ``ChatCompletionsParams``); a streaming one leaves out ``stream`` and ``stream_options``,
  which go to ``<Operation>StreamParams``.

Spec descriptions become docstrings. A shape the walk does not understand fails generation.
"""

from __future__ import annotations

import keyword
import pprint
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import (
    AnyProperty,
    EnumProperty,
    ListProperty,
    ModelProperty,
    NoneProperty,
    UnionProperty,
)
from openapi_python_client.strings import pascal_case

from .methods import public_name

PARAMS_MODULE = "params.py"
SHAPES_MODULE = "request_shapes.py"
_REF = "#/components/schemas/"
_STREAM_ONLY = ("stream", "stream_options")


@dataclass
class Obj:
    cls: str
    description: str
    fields: dict[str, tuple[Any, bool, str]] = field(default_factory=dict)  # name -> (node, required, doc)
    free: Any = None  # free-form values (``additionalProperties``) of an object without properties


@dataclass
class Union:
    tag: str | None
    members: list[Any]
    alias: str | None


@dataclass
class Enum:
    alias: str
    values: tuple[str, ...]
    closed: bool


@dataclass
class Const:
    value: str


@dataclass
class Array:
    item: Any


@dataclass
class Nullable:
    inner: Any


@dataclass
class Scalar:
    kind: str  # str int number bool any


def _text(value: Any) -> str:
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter else value)


class _Walk:
    """Turns raw schemas (beside their parsed properties) into the nodes above, collecting every
    object, named union and enum it meets on the way."""

    def __init__(self, spec: dict[str, Any], models: dict[str, ModelProperty]) -> None:
        self.schemas: dict[str, Any] = spec["components"]["schemas"]
        self.models = models  # the parsed models with their properties (those inside unions have none)
        self.objects: dict[str, Obj] = {}
        self.unions: dict[str, Union] = {}
        self.enums: dict[str, Enum] = {}

    def resolve(self, raw: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
        name = None
        while "$ref" in raw:
            name = raw["$ref"].removeprefix(_REF)
            raw = self.schemas[name]
        return raw, name

    def description(self, raw: dict[str, Any]) -> str:
        """A property's description, else that of the schema it refers to (through ``oneOf [ref]``)."""
        if raw.get("description"):
            return str(raw["description"])
        raw = self.resolve(raw)[0]
        members = raw.get("oneOf") or []
        return str(raw.get("description") or (self.description(members[0]) if len(members) == 1 else ""))

    def node(self, raw: dict[str, Any], parsed: Any, where: str) -> Any:
        raw, component = self.resolve(raw)
        nullable = bool(raw.get("nullable"))
        parsed_members = _non_null(parsed)
        if any(isinstance(member, AnyProperty) for member in parsed_members):
            result: Any = Scalar("any")  # the generated model takes anything here: so do the checks
        elif "oneOf" in raw and "properties" not in raw:  # (a oneOf beside properties only constrains them)
            if len(raw["oneOf"]) == 1:  # ``oneOf [ref]`` + nullable: the parse flattens a union inside
                result = self.node(raw["oneOf"][0], parsed, where)
            else:
                result = self.union(raw, component, parsed_members, where)
        else:
            if len(parsed_members) != 1:
                raise SystemExit(f"params: {where}: expected one parsed type, got {parsed_members}")
            result = self.single(raw, parsed_members[0], where)
        return Nullable(result) if nullable and not isinstance(result, Nullable) else result

    def union(self, raw: dict[str, Any], component: str | None, parsed: list[Any], where: str) -> Any:
        members = raw["oneOf"]
        if len(members) != len(parsed):
            raise SystemExit(f"params: {where}: {len(members)} oneOf members but {len(parsed)} parsed")
        kept = [
            self.node(member, prop, f"{where}|{index}")
            for index, (member, prop) in enumerate(zip(members, parsed, strict=True))
            if not _is_unknown_variant(self.resolve(member)[1])
        ]
        nullable = [isinstance(member, Nullable) for member in kept]
        kept = [member.inner if isinstance(member, Nullable) else member for member in kept]
        result: Any = kept[0] if len(kept) == 1 else None
        if result is None:
            tag = raw.get("discriminator", {}).get("propertyName")
            alias = f"{pascal_case(component)}Param" if component and tag else None
            result = Union(tag, kept, alias)
            if alias:
                self.unions.setdefault(alias, result)
        return Nullable(result) if any(nullable) else result

    def single(self, raw: dict[str, Any], parsed: Any, where: str) -> Any:
        if "const" in raw:
            return Const(raw["const"])
        if "enum" in raw:
            if not isinstance(parsed, EnumProperty):
                raise SystemExit(f"params: {where}: an enum parsed as {type(parsed).__name__}")
            alias = f"{parsed.class_info.name}Param"
            closed = not raw.get("x-ms-enum", {}).get("modelAsString", False)
            enum = Enum(alias, tuple(value for value in raw["enum"] if value is not None), closed)
            return self.enums.setdefault(alias, enum)
        kind = raw.get("type")
        if kind == "array" or "items" in raw:
            if not isinstance(parsed, ListProperty):
                raise SystemExit(f"params: {where}: an array parsed as {type(parsed).__name__}")
            return Array(self.node(raw["items"], parsed.inner_property, f"{where}[]"))
        if kind == "object" or "properties" in raw or "additionalProperties" in raw:
            return self.obj(raw, parsed, where)
        if kind in ("string", "integer", "number", "boolean"):
            return Scalar({"string": "str", "integer": "int", "number": "number", "boolean": "bool"}[kind])
        if not raw or kind is None:
            return Scalar("any")
        raise SystemExit(f"params: {where}: unsupported schema {sorted(raw)}")

    def obj(self, raw: dict[str, Any], parsed: Any, where: str) -> Any:
        if not isinstance(parsed, ModelProperty):  # a free-form object without a generated class
            return Obj("", raw.get("description", ""), free=Scalar("any"))
        cls = parsed.class_info.name
        if cls in self.objects:
            return self.objects[cls]
        obj = self.objects[cls] = Obj(cls, raw.get("description", ""))
        parsed = self.models.get(cls, parsed)
        props = {
            _text(prop.name): prop for prop in (parsed.required_properties or []) + (parsed.optional_properties or [])
        }
        required = set(raw.get("required", []))
        for name, prop_raw in (raw.get("properties") or {}).items():
            if name not in props:
                raise SystemExit(f"params: {where}.{name}: not in the parsed model {cls}")
            child = self.node(prop_raw, props[name], f"{where}.{name}")
            doc = self.description(prop_raw)
            obj.fields[name] = (child, name in required, doc)
        if not obj.fields:
            extra = raw.get("additionalProperties")
            obj.free = Scalar("any")
            if isinstance(extra, dict) and extra and parsed.additional_properties is not None:
                obj.free = self.node(extra, parsed.additional_properties, f"{where}{{}}")
        return obj


def _non_null(parsed: Any) -> list[Any]:
    if isinstance(parsed, UnionProperty):
        return [prop for inner in parsed.inner_properties for prop in _non_null(inner)]
    return [] if isinstance(parsed, NoneProperty) else [parsed]


def _is_unknown_variant(component: str | None) -> bool:
    """The members ``transforms.unknown_union_variants`` adds for parsing results."""
    return bool(component and component.startswith("unknown") and component.endswith("Variant"))


def _operations(spec: dict[str, Any], data: GeneratorData) -> tuple[_Walk, list[tuple[str, str, Obj, bool]]]:
    """The walk of every request body and (operation name, content type, body object, streams);
    ``data``: the spec's parse."""
    raw_ops = {op["operationId"]: op for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)}
    walk = _Walk(spec, {model.class_info.name: model for model in data.models})
    bodies = []
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            if not endpoint.bodies or not isinstance(endpoint.bodies[0].prop, ModelProperty):
                continue
            body = endpoint.bodies[0]
            content_type = _text(body.content_type)
            raw = raw_ops[str(endpoint.name)]["requestBody"]["content"][content_type]["schema"]
            obj = walk.node(raw, body.prop, str(endpoint.name))
            assert isinstance(obj, Obj)
            bodies.append((str(endpoint.name), content_type, obj, "stream" in obj.fields))
    return walk, bodies


# --- params.py ---------------------------------------------------------------------------------------


def _doc(text: str, indent: str) -> str:
    text = " ".join(text.split()).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return f'{indent}"""{text}"""\n' if text else ""


def _annotation(node: Any, models: set[str]) -> str:
    if isinstance(node, Nullable):
        return f"{_annotation(node.inner, models)} | None"
    if isinstance(node, Scalar):
        return {"str": "str", "int": "int", "number": "float", "bool": "bool", "any": "object"}[node.kind]
    if isinstance(node, Const):
        return f"Literal[{node.value!r}]"
    if isinstance(node, Enum):
        return node.alias
    if isinstance(node, Array):
        return f"Sequence[{_annotation(node.item, models)}]"
    if isinstance(node, Obj):
        if node.free is not None:
            mapping = f"Mapping[str, {_annotation(node.free, models)}]"
            if node.cls:
                models.add(node.cls)
            return f"{node.cls} | {mapping}" if node.cls else mapping
        models.add(node.cls)
        return f"{node.cls} | {node.cls}Param"
    if isinstance(node, Union):
        if node.alias:
            classes = [member.cls for member in node.members if isinstance(member, Obj)]
            models.update(classes)
            return " | ".join([node.alias, *classes])
        return " | ".join(_annotation(member, models) for member in node.members)
    raise TypeError(node)


def _typed_dict(name: str, fields: dict[str, tuple[Any, bool, str]], doc: str, models: set[str], base: str) -> str:
    lines = [f"class {name}({base}, total=False):\n", _doc(doc, "    ")]
    for key, (node, required, field_doc) in fields.items():
        if not key.isidentifier() or keyword.iskeyword(key):
            raise SystemExit(f"params: {name}.{key} is not a Python identifier: a TypedDict class cannot hold it")
        annotation = _annotation(node, models)
        lines.append(f"    {key}: {'Required' if required else 'NotRequired'}[{annotation}]\n")
        lines.append(_doc(field_doc, "    "))
    if not fields and not doc:
        lines.append("    pass\n")
    return "".join(lines) + "\n\n"


def operation_params_name(operation: str, stream: bool = False) -> str:
    """``get_chat_completions`` -> ``ChatCompletionsParams`` (``ChatCompletionsStreamParams``)."""
    return pascal_case(operation.removeprefix("get_")) + ("StreamParams" if stream else "Params")


def render_params(walk: _Walk, bodies: list[tuple[str, str, Obj, bool]]) -> str:
    models: set[str] = set()
    body_classes = {obj.cls for _, _, obj, _ in bodies}
    classes = []
    for obj in walk.objects.values():
        if obj.free is None and obj.cls not in body_classes:
            classes.append(_typed_dict(f"{obj.cls}Param", obj.fields, obj.description, models, "TypedDict"))
    for name, content_type, obj, streams in bodies:
        if content_type != "application/json":
            continue
        fields = {key: value for key, value in obj.fields.items() if key not in _STREAM_ONLY}
        params = operation_params_name(name)
        method = public_name(name)
        doc = f"The keywords of ``{method}()``: the fields of its request body. {obj.description}"
        classes.append(_typed_dict(params, fields, doc, models, "TypedDict"))
        if streams:
            extra = {key: value for key, value in obj.fields.items() if key == "stream_options"}
            doc = f"The keywords of ``{method}_stream()``: those of ``{method}()``" + (
                ", and ``stream_options``." if extra else "."
            )
            classes.append(_typed_dict(operation_params_name(name, stream=True), extra, doc, models, params))
    nested = {obj.cls: obj for _, _, obj, _ in bodies}  # a body met inside another (create_thread's messages)
    while models & nested.keys():
        obj = nested.pop(min(models & nested.keys()))
        classes.append(_typed_dict(f"{obj.cls}Param", obj.fields, obj.description, models, "TypedDict"))
    literals = []  # first: annotations name them (not evaluated: ``from __future__ import annotations``)
    for enum in walk.enums.values():
        values = ", ".join(repr(value) for value in enum.values)
        literals.append(f"{enum.alias}: TypeAlias = Literal[{values}]\n")
    unions = []  # last: evaluated at import, they need the classes
    for alias, union in walk.unions.items():
        members = [f"{member.cls}Param" for member in union.members if isinstance(member, Obj)]
        if len(members) != len(union.members):
            raise SystemExit(f"params: the union {alias} has members that are not objects")
        unions.append(f"{alias}: TypeAlias = {' | '.join(members)}\n")
    aliases = literals + unions
    imports = "".join(f"    from .models import {name}\n" for name in sorted(models))
    names = sorted(
        [line.split("(")[0].removeprefix("class ") for line in classes] + [line.split(":")[0] for line in aliases]
    )
    return (
        '"""generated by `make generate` from spec/pin.json — do not edit.\n\n'
        "The request bodies of the spec as ``TypedDict``s (see generator/params.py): what the client's\n"
        "methods take as keywords, and what a dict must look like wherever a typed model is accepted.\n"
        '"""\n\n'
        "from __future__ import annotations\n\n"
        "from collections.abc import Mapping, Sequence\n"
        "from typing import TYPE_CHECKING, Literal, NotRequired, Required, TypeAlias, TypedDict\n\n"
        f"if TYPE_CHECKING:\n{imports}\n"
        + "".join(literals)
        + "\n\n"
        + "".join(classes)
        + "".join(unions)
        + f"\n__all__ = {names!r}\n"
    )


# --- request_shapes.py -------------------------------------------------------------------------------


def _shape(node: Any) -> Any:
    """The run-time form of ``node`` (read by ``azopenai._validation``)."""
    if isinstance(node, Nullable):
        return ("nullable", _shape(node.inner))
    if isinstance(node, Scalar):
        return (node.kind,)
    if isinstance(node, Const):
        return ("enum", (node.value,))
    if isinstance(node, Enum):
        return ("enum", node.values) if node.closed else ("str",)
    if isinstance(node, Array):
        return ("array", _shape(node.item))
    if isinstance(node, Obj):
        return ("map", _shape(node.free)) if node.free is not None else ("object", node.cls)
    if isinstance(node, Union):
        if node.tag:
            return ("tagged", node.tag, {member.fields[node.tag][0].value: member.cls for member in node.members})
        return ("oneof", tuple(_shape(member) for member in node.members))
    raise TypeError(node)


def render_shapes(walk: _Walk) -> str:
    objects = {
        obj.cls: (
            "object",
            {key: _shape(node) for key, (node, _, _) in obj.fields.items()},
            tuple(key for key, (_, required, _) in obj.fields.items() if required),
        )
        for obj in walk.objects.values()
        if obj.free is None
    }
    return (
        '"""generated by `make generate` from spec/pin.json — do not edit.\n\n'
        "Every object of the spec's request bodies, by generated class name, as data for the client's checks\n"
        '(see generator/params.py): ``("object", {field: shape}, required fields)``; a shape is\n'
        '``("str",)``, ``("int",)``, ``("number",)``, ``("bool",)``, ``("any",)``,\n'
        '``("enum", values)`` (a closed enum), ``("array", item)``, ``("map", value)``, ``("object", class)``,\n'
        '``("tagged", tag, {tag value: class})``, ``("oneof", shapes)`` or ``("nullable", shape)``.\n'
        '"""\n\n'
        "from __future__ import annotations\n\n"
        "from typing import Any, Final\n\n"
        f"OBJECTS: Final[dict[str, Any]] = {pprint.pformat(objects, width=200, sort_dicts=False)}\n"
    )


def write(spec: dict[str, Any], data: GeneratorData, package_dir: Path) -> None:
    """Write ``params.py`` and ``request_shapes.py`` into the generated package at ``package_dir``."""
    walk, bodies = _operations(spec, data)
    (package_dir / PARAMS_MODULE).write_text(render_params(walk, bodies), encoding="utf-8")
    (package_dir / SHAPES_MODULE).write_text(render_shapes(walk), encoding="utf-8")
