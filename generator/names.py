"""The short names of ``azopenai.models``: ``azopenai_generated/friendly.py``.

Union members are named by rule, not by hand: each ``Rule`` says which tagged unions of the (transformed)
spec it covers, the pattern of their members' schema names and the pattern of the short name, so
``chatCompletionRequestUserMessage`` in ``chatCompletionRequestMessage`` is ``UserMessage``. A member the
spec adds is named by the same rule (a ``developer`` role's ``chatCompletionRequestDeveloperMessage``
becomes ``DeveloperMessage``); a member whose schema name does not fit its rule's pattern stops
generation, naming it and the rule to extend. A rule whose union the spec lacks names nothing: the names
follow the spec being generated. Classes outside unions are named in ``NAMES``; each must exist.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_python_client.parser.properties.schemas import Class

from . import operations

MODULE = "friendly.py"
_REF = "#/components/schemas/"


@dataclass(frozen=True)
class Rule:
    """Short names for the members of tagged unions."""

    heading: str
    """The comment above the names in the generated module."""
    unions: tuple[str, ...]
    """Union schemas: a component name, or ``component.property`` for a union stated inline."""
    member: str
    """Schema name of a member, ``{}`` standing for the part that differs between members."""
    name: str
    """The short name, ``{}`` standing for that part."""
    alias: str | None = None
    """A ``TypeAlias`` for the union of the named members."""
    via: str | None = None
    """Name the class of this property of each member instead of the member itself."""


RULES = (
    Rule(
        "Chat messages (``messages=``), by role",
        ("chatCompletionRequestMessage",),
        "chatCompletionRequest{}Message",
        "{}Message",
        alias="ChatMessage",
    ),
    Rule(
        "Content parts of a message's ``content`` list, by type",
        tuple(f"chatCompletionRequest{role}MessageContentPart" for role in ("System", "User", "Assistant", "Tool")),
        "chatCompletionRequestMessageContentPart{}",
        "{}ContentPart",
    ),
    Rule(
        "Response formats (``response_format=``)",
        ("createChatCompletionRequest.response_format",),
        "ResponseFormat{}",
        "ResponseFormat{}",
        alias="ResponseFormat",
    ),
    Rule(
        "On Your Data (``data_sources=``), by type",
        ("azureChatExtensionConfiguration",),
        "{}ChatExtensionConfiguration",
        "{}DataSource",
        alias="DataSource",
    ),
    Rule(
        "... and their ``parameters``",
        ("azureChatExtensionConfiguration",),
        "{}ChatExtensionParameters",
        "{}Parameters",
        via="parameters",
    ),
    Rule(
        "On Your Data ``authentication``, by type",
        ("onYourDataAuthenticationOptions",),
        "onYourData{}AuthenticationOptions",
        "{}Authentication",
    ),
    Rule(
        "On Your Data ``embedding_dependency`` (vectorization sources), by type",
        ("onYourDataVectorizationSource",),
        "onYourData{}VectorizationSource",
        "{}VectorizationSource",
    ),
)

# Classes outside the unions: short name -> generated class.
NAMES = {
    "Tools (``tools=``, ``tool_choice=``) and the legacy ``functions=`` / ``function_call=``": {
        "ImageUrl": "ChatCompletionRequestMessageContentPartImageImageUrl",
        "FunctionTool": "ChatCompletionTool",
        "FunctionDefinition": "FunctionObject",
        "ToolChoice": "ChatCompletionNamedToolChoice",
        "ToolChoiceFunction": "ChatCompletionNamedToolChoiceFunction",
        "ToolCall": "ChatCompletionMessageToolCall",
        "LegacyFunction": "ChatCompletionFunctions",
        "FunctionCallChoice": "ChatCompletionFunctionCallOption",
        "JsonSchemaFormat": "ResponseFormatJsonSchemaJsonSchema",
    },
    "Results": {
        "ChatCompletions": "CreateChatCompletionResponse",
        "ChatCompletionChunk": "CreateChatCompletionStreamResponse",
        "ChatResponseMessage": "ChatCompletionResponseMessage",
        "MessageContext": "AzureChatExtensionsMessageContext",
        "Completions": "CreateCompletionResponse",
        "ImageGenerations": "GenerateImagesResponse",
        "ContentFilterResults": "ContentFilterChoiceResults",
        "PromptFilterResults": "ContentFilterPromptResults",
    },
}

# Classes exported under their spec name only (beside every class a short name is given to, which is
# exported under its spec name too).
KEPT = (
    "AudioTranscription",
    "AudioTranslation",
    "Citation",
    "Embeddings",
    "PromptFilterResult",
    "UnknownRoleVariant",
    "UnknownTypeVariant",
)


def _union(spec: dict[str, Any], where: str) -> dict[str, Any] | None:
    schemas = spec["components"]["schemas"]
    component, _, prop = where.partition(".")
    node = schemas.get(component)
    if node is not None and prop:
        node = node.get("properties", {}).get(prop)
    return node if node is not None and "oneOf" in node else None


def _ref_name(node: dict[str, Any]) -> str | None:
    ref = node.get("$ref") or next((m.get("$ref") for m in node.get("oneOf", []) if "$ref" in m), None)
    return ref.removeprefix(_REF) if ref else None


def table(spec: dict[str, Any], config_path: Path, classes: set[str]) -> list[tuple[str, dict[str, str], str | None]]:
    """``(heading, {short name: generated class}, alias)`` per section, for the transformed ``spec``;
    ``classes`` are the generated model classes."""
    config = operations.config(config_path)
    schemas = spec["components"]["schemas"]
    sections: list[tuple[str, dict[str, str], str | None]] = []
    taken: dict[str, str] = {}

    def claim(short: str, cls: str) -> None:
        if cls not in classes:
            raise SystemExit(f"generator/names.py: {short} names {cls}, which the spec does not generate")
        if taken.setdefault(short, cls) != cls:
            raise SystemExit(f"generator/names.py: {short} would name both {taken[short]} and {cls}")

    for rule in RULES:
        pattern = re.compile(re.escape(rule.member).replace(r"\{\}", "(.+)") + "$")
        names: dict[str, str] = {}
        for where in rule.unions:
            union = _union(spec, where)
            for member in (union or {}).get("oneOf", []):
                schema_name = member["$ref"].removeprefix(_REF)
                if schema_name.startswith("unknown") and schema_name.endswith("Variant"):
                    continue  # the fallback for tags this version does not know: exported under its own name
                if rule.via:
                    schema_name = _ref_name(schemas[schema_name]["properties"][rule.via]) or ""
                match = pattern.match(schema_name)
                if not match:
                    raise SystemExit(
                        f"generator/names.py: {schema_name!r} (a member of {where}) does not fit the rule "
                        f"{rule.member!r} -> {rule.name!r}: give it a short name (extend RULES or NAMES)"
                    )
                part = match.group(1)
                short = rule.name.format(part[:1].upper() + part[1:])
                cls = Class.from_string(string=schema_name, config=config).name
                claim(short, cls)
                names[short] = cls
        if names:
            sections.append((rule.heading, names, rule.alias))
    for heading, fixed in NAMES.items():
        for short, cls in fixed.items():
            claim(short, cls)
        sections.append((heading, dict(fixed), None))
    for cls in KEPT:
        claim(cls, cls)
    return sections


_HEADER = '''"""Short names for the generated models (``azopenai.models`` re-exports them), made by the rules of
generator/names.py: union members by their tag, the classes users build and read most by what they are."""

from __future__ import annotations

from typing import TypeAlias

'''


def render(sections: list[tuple[str, dict[str, str], str | None]]) -> str:
    """The module's source (unformatted: ruff formats it with the rest of the package)."""
    imported = sorted({cls for _, names, _ in sections for cls in names.values()} | set(KEPT))
    lines = [_HEADER, f"from .models import {', '.join(imported)}\n"]
    exported = list(imported)
    for heading, names, alias in sections:
        lines.append(f"\n# {heading}\n")
        for short, cls in names.items():
            if short != cls:
                lines.append(f"{short} = {cls}\n")
        exported += names
        if alias:
            lines.append(f"{alias}: TypeAlias = {' | '.join(names)}\n")
            exported.append(alias)
    lines.append(f"\n__all__ = {sorted(set(exported))!r}\n")
    return "".join(lines)


def write(spec: dict[str, Any], config_path: Path, package_dir: Path) -> None:
    """Write ``friendly.py`` into the generated package at ``package_dir`` (its models already generated)."""
    init = (package_dir / "models" / "__init__.py").read_text(encoding="utf-8")
    classes = set(re.findall(r'^    "(\w+)": "\.', init, re.MULTILINE))
    (package_dir / MODULE).write_text(render(table(spec, config_path, classes)), encoding="utf-8")
