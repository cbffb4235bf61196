"""How the spec is shaped for the code generator, one function per change, in the order of ``TRANSFORMS``.

Errors of the spec about the wire itself are in ``corrections.py`` (applied first, and also by the
emulator and the conformance test); together the two files are every deviation from upstream.

Each function takes the parsed spec (a dict), changes it in place, and says in its docstring what is
wrong upstream and why the change is right; its ``@step`` declares what it changes (its targets: a spec
without them skips it, one with only some of them fails naming them; see ``corrections.run``). This
file is the reviewer's view of what we generate from: like the Go SDK's ``autorest.md`` directives,
nothing else in ``generator/`` changes the spec.
"""

from __future__ import annotations

import copy
from typing import Any

from . import corrections
from .corrections import Report, Step, StepError, anywhere, path, schema_named, step
from .corrections import walk as _walk

Spec = dict[str, Any]
Schema = dict[str, Any]

_REF = "#/components/schemas/"
_EMBEDDINGS = "/deployments/{deployment-id}/embeddings"
_AUDIO = "/deployments/{{deployment-id}}/audio/{}"
_STREAM_EVENT_UNIONS = ("threadStreamEvent", "runStreamEvent", "runStepStreamEvent", "messageStreamEvent")
_PROMPT_ANNOTATED = ("createChatCompletionResponse", "createCompletionResponse", "createChatCompletionStreamResponse")

# operationId -> (name users call, group). Seed operations mirror the Go SDK method names in snake_case.
OPERATION_NAMES = {
    "Completions_Create": ("get_completions", "inference"),
    "embeddings_create": ("get_embeddings", "inference"),
    "ChatCompletions_Create": ("get_chat_completions", "inference"),
    "Transcriptions_Create": ("get_audio_transcription", "inference"),
    "Translations_Create": ("get_audio_translation", "inference"),
    "Speech_Create": ("generate_speech_from_text", "inference"),
    "ImageGenerations_Create": ("get_image_generations", "inference"),
}


def _schemas(spec: Spec) -> dict[str, Schema]:
    schemas: dict[str, Schema] = spec["components"]["schemas"]
    return schemas


def _resolve(spec: Spec, schema: Schema) -> Schema:
    while "$ref" in schema:
        schema = _schemas(spec)[schema["$ref"].removeprefix(_REF)]
    return schema


@step(review="OPERATION_NAMES and the groups in name_operations")
def name_operations(spec: Spec) -> None:
    """Operation ids are ``ChatCompletions_Create``-style; tags are missing or misspelled.

    The generator derives function and module names from them. Seed operations take the Go SDK's
    method names (``get_chat_completions`` ...) under the group ``inference``; the others keep their
    ids lower-cased (``list_assistants``). ``Modify_Assistant`` is tagged ``Assistant`` (singular)
    upstream while its siblings say ``Assistants``: one group per resource family.
    """
    groups = {"Assistants": "assistants", "Assistant": "assistants", "Vector Stores": "vector_stores"}
    for path_item in spec["paths"].values():
        for operation in path_item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            op_id = operation["operationId"]
            tag = (operation.get("tags") or ["(none)"])[0]
            if op_id in OPERATION_NAMES:
                name, group = OPERATION_NAMES[op_id]
            elif tag in groups:
                name, group = op_id.lower(), groups[tag]
            else:
                raise StepError(f"operation {op_id} has tag {tag!r}, which names no group")
            operation["operationId"] = name
            operation["tags"] = [group]


@step(anywhere("schema titles", lambda node: isinstance(node.get("title"), str)), review="model names")
def drop_schema_titles(spec: Spec) -> None:
    """Titles are display strings, and 13 of them repeat (``"Text"``, ``"Image file"``, ...).

    openapi-python-client names a model after its title, so repeated titles fail 27 schemas with
    "duplicate model name". Without titles models are named after their unique component keys.
    """
    for node in _walk(spec["components"]["schemas"]):
        if isinstance(node.get("title"), str):
            del node["title"]


def _has_property_default(node: dict[str, Any]) -> bool:
    properties = node.get("properties")
    return isinstance(properties, dict) and any(isinstance(p, dict) and "default" in p for p in properties.values())


@step(anywhere("property defaults", _has_property_default), review="request defaults")
def no_client_side_defaults(spec: Spec) -> None:
    """Property ``default`` values describe what the *service* assumes when a field is absent.

    The generator makes them attribute defaults, so every typed object would send them
    (``"allow_partial_result": false`` in each Azure Search data source, ``"n": 1`` ...), and a parsed
    response would report values the service never sent. Without them, unset means absent both ways.
    """
    for node in _walk(spec["components"]["schemas"]):
        for prop in (node.get("properties") or {}).values():
            if isinstance(prop, dict):
                prop.pop("default", None)


@step(
    schema_named("chatCompletionRequestMessageTool"),
    schema_named("chatCompletionRequestMessageFunction"),
    review="the tool and function message classes (azopenai.models)",
)
def detach_legacy_message_schemas(spec: Spec) -> None:
    """``chatCompletionRequestMessageTool`` / ``...Function`` take ``allOf`` of the message *union*.

    An object cannot extend a oneOf ("Cannot take allOf a non-object"). They are the pre-union
    shapes of the tool and function messages: stand-alone objects with a ``role`` tag.
    """
    schemas = _schemas(spec)
    for name, role in (
        ("chatCompletionRequestMessageTool", "tool"),
        ("chatCompletionRequestMessageFunction", "function"),
    ):
        legacy = schemas[name]
        if "allOf" not in legacy:
            continue
        own = next(part for part in legacy.pop("allOf") if "$ref" not in part)
        own.pop("nullable", None)
        own["properties"] = {"role": {"type": "string", "enum": [role]}, **own["properties"]}
        required = [field for field in legacy.get("required", []) if field in own["properties"]]
        schemas[name] = {**own, "type": "object", "required": ["role", *required]}


@step(anywhere("allOf", lambda node: "allOf" in node), review="models built by inheritance")
def flatten_all_of(spec: Spec) -> None:
    """Merge every component ``allOf`` into one object schema; the later definition of a field wins.

    Upstream uses allOf for inheritance and to override inherited fields (``createChatCompletionRequest``
    redefines ``temperature``/``top_p`` of its base). openapi-python-client cannot merge such overrides
    ("float can't be merged with float | None") and, for discriminated bases, would give the children
    the base's multi-valued tag enum. Flattening states each schema's fields once, as the service sees them.
    """
    schemas = _schemas(spec)
    done: set[str] = set()

    def flatten(name: str) -> Schema:
        schema = schemas[name]
        if name in done or "allOf" not in schema:
            done.add(name)
            return schema
        merged: Schema = {"type": "object", "properties": {}}
        required: list[str] = []
        for part in schema.pop("allOf"):
            part = copy.deepcopy(flatten(part["$ref"].removeprefix(_REF)) if "$ref" in part else part)
            for key, value in part.items():
                if key == "properties":
                    merged["properties"].update(value)
                elif key == "required":
                    required += [field for field in value if field not in required]
                elif key not in ("discriminator", "description", "nullable"):
                    merged[key] = value
        required += [field for field in schema.pop("required", []) if field not in required]
        merged.update(schema)
        if required:
            merged["required"] = required
        schemas[name] = merged
        done.add(name)
        return merged

    for name in list(schemas):
        flatten(name)


@step(
    anywhere("discriminator mapping", lambda node: "mapping" in (node.get("discriminator") or {})),
    review="On Your Data data sources, authentication and vectorization unions",
)
def discriminated_bases_to_unions(spec: Spec) -> None:
    """Bases with a ``discriminator`` (data sources, their authentication and vectorization options)
    are referenced as the *base* type, so the generator would only ever build the base class.

    Each child gets its tag as a single-value enum (its ``x-ms-discriminator-value``); the base becomes
    a ``oneOf`` of its children carrying the discriminator, so a ``data_sources`` item is built as the
    class its ``type`` names. ``flatten_all_of`` has already made the children independent of the base.
    """
    schemas = _schemas(spec)
    for schema in list(schemas.values()):
        discriminator = schema.get("discriminator")
        if not discriminator or "oneOf" in schema:
            continue
        tag = discriminator["propertyName"]
        members = []
        for value, ref in discriminator["mapping"].items():
            child = schemas[ref.removeprefix(_REF)]
            child["properties"][tag] = {"type": "string", "enum": [value]}
            members.append({"$ref": ref})
        for key in ("type", "properties", "required"):
            schema.pop(key, None)
        schema["oneOf"] = members


@step(
    *(schema_named(name) for name in _STREAM_EVENT_UNIONS), review="the assistants run stream events (customizations)"
)
def name_stream_events(spec: Spec) -> None:
    """The assistants stream events (``runStreamEvent`` ...) are unions of inline objects, which the
    generator names ``RunStreamEventType0`` ... although each one's ``event`` enum carries its spec
    name (``x-ms-enum.name``: ``RunStreamEventCreated``). Each becomes a component of that name; the
    ``done`` and ``error`` events' names become constants like theirs.
    """
    schemas = _schemas(spec)
    for union in _STREAM_EVENT_UNIONS:
        members = schemas[union]["oneOf"]
        for index, member in enumerate(members):
            if "$ref" in member:
                continue
            enum_name = member["properties"]["event"]["x-ms-enum"]["name"]
            component = enum_name[:1].lower() + enum_name[1:]
            schemas[component] = member
            members[index] = {"$ref": _REF + component}
    for name in ("doneEvent", "errorEvent"):  # their ``event`` a literal like the members' (type checkers narrow on it)
        (value,) = schemas[name]["properties"]["event"]["enum"]
        schemas[name]["properties"]["event"] = {"type": "string", "const": value, "default": value}


@step(anywhere("oneOf", lambda node: "oneOf" in node), review="tagged unions (tests/test_unions.py)")
def union_tags_as_const(spec: Spec) -> None:
    """Make union members recognisable by their tag.

    openapi-python-client ignores ``discriminator``: it tries oneOf members in order and keeps the
    first that parses, so a ``user`` message could come back as the system message class. Members
    already carry their tag as a single-value enum (``role: [user]``); stating it as ``const`` makes
    the generated model check it, and lets our union template dispatch on the tag directly.
    """
    for node in list(_walk(spec)):
        if "oneOf" not in node:
            continue
        members = [_resolve(spec, member) for member in node["oneOf"]]
        if not all(m.get("type") == "object" or "properties" in m for m in members):
            continue
        tag = _common_tag(spec, members)
        if tag is None:
            continue
        for member in members:
            prop = _resolve(spec, member["properties"][tag])
            value = prop["const"] if "const" in prop else prop["enum"][0]
            member["properties"][tag] = {"type": "string", "const": value, "default": value}
            if tag not in member.setdefault("required", []):
                member["required"].insert(0, tag)
        node.setdefault("discriminator", {"propertyName": tag})


def _common_tag(spec: Spec, members: list[Schema]) -> str | None:
    """The property every member pins to one distinct value, if there is one."""
    for tag in ("type", "role", "event"):
        values = []
        for member in members:
            prop = member.get("properties", {}).get(tag)
            prop = _resolve(spec, prop) if prop else {}
            if "const" in prop:
                values.append(prop["const"])
            elif len(prop.get("enum", [])) == 1:
                values.append(prop["enum"][0])
            else:
                break
        else:
            if len(set(values)) == len(values):
                return tag
    return None


@step(
    anywhere("tagged union", lambda node: "oneOf" in node and "discriminator" in node),
    review="unknown union tags (tests/test_unions.py)",
)
def unknown_union_variants(spec: Spec) -> None:
    """A tag value the service adds tomorrow must parse, not crash.

    Every tagged union gets a last member ``Unknown<Tag>Variant``: an object with the tag as a plain
    string and every other field kept in ``additional_properties``. Known tags still select their class.
    """
    schemas = _schemas(spec)
    for node in list(_walk(spec)):
        tag = node.get("discriminator", {}).get("propertyName")
        if tag is None or "oneOf" not in node:
            continue
        name = f"unknown{tag.capitalize()}Variant"
        schemas.setdefault(
            name,
            {
                "type": "object",
                "description": f"A union member whose `{tag}` this client version does not know; "
                "its other fields are kept in `additional_properties`.",
                "required": [tag],
                "properties": {tag: {"type": "string"}},
            },
        )
        node["oneOf"].append({"$ref": _REF + name})


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.replace("-", "_").split("_") if part)


@step(anywhere("nullable", lambda node: node.get("nullable") is True), review="optional result fields")
def name_nullable_objects(spec: Spec) -> None:
    """Nullable objects and enums were mis-generated three ways: inline ones became classes named
    ``...LogprobsType0`` / ``...MetadataType0``; a nullable enum (every stream chunk's
    ``"finish_reason": null``) raised ``None is not a valid ...FinishReason``; and a ``$ref`` with
    ``nullable: true`` beside it lost the nullability (OpenAPI 3.0 ignores siblings of ``$ref``), so a
    ``null`` from the service crashed the parser.

    Each nullable inline object or enum (and the inline items of a nullable array) becomes a component
    named after where it stands (``createChatCompletionResponseChoicesItemLogprobs``); nullable
    components lose the flag; and every
    use of them is stated as ``oneOf [ref]`` + ``nullable``, which the generator types as ``Model | None``.
    """
    schemas = _schemas(spec)
    nullable_components = {_REF + name for name, schema in schemas.items() if schema.pop("nullable", False)}

    def nullable_ref(ref: str, node: Schema) -> Schema:
        kept = {key: node[key] for key in ("description", "default") if key in node}
        return {"oneOf": [{"$ref": ref}], "nullable": True, **kept}

    def visit(node: Schema, name: str) -> None:
        for key, prop in list(node.get("properties", {}).items()):
            node["properties"][key] = rewrite(prop, name + _pascal(key))
        if isinstance(node.get("items"), dict):
            node["items"] = rewrite(node["items"], name + "Item")

    def rewrite(node: Schema, name: str) -> Schema:
        if "$ref" in node:
            nullable = node.get("nullable") or node["$ref"] in nullable_components
            return nullable_ref(node["$ref"], node) if nullable else node
        visit(node, name)
        items = node.get("items")
        if node.get("nullable") and isinstance(items, dict) and "properties" in items:
            component = name[:1].lower() + name[1:] + "Item"  # not ...Type0Item: the array's items
            schemas[component] = items
            node["items"] = {"$ref": _REF + component}
        if node.get("nullable") and (node.get("type") == "object" or "properties" in node or "enum" in node):
            hoisted = {key: value for key, value in node.items() if key != "nullable"}
            if "enum" in hoisted:
                hoisted["enum"] = [value for value in hoisted["enum"] if value is not None]
            component = name[:1].lower() + name[1:]
            schemas[component] = hoisted
            return nullable_ref(_REF + component, node)
        return node

    for name in list(schemas):
        visit(schemas[name], _pascal(name))
    for node in _walk(spec["paths"]):
        for media in node.get("content", {}).values():
            if isinstance(media, dict) and "schema" in media:
                media["schema"] = rewrite(media["schema"], "")


@step(
    schema_named("createChatCompletionResponse"),
    schema_named("createCompletionResponse"),
    path(_EMBEDDINGS),
    review="the result models of chat, completions and embeddings",
)
def absent_fields_are_optional(spec: Spec) -> None:
    """Fields the spec requires but the service (or the spec's own examples) leaves out.

    A required field that is also ``nullable`` is omitted by real Azure responses (``message.refusal``
    before 2024-08 resources, ``choices[].logprobs`` in several recordings): its absence means the same as
    ``null``. ``model`` and ``object`` (a constant naming the kind of result) of chat completions, text
    completions and embeddings, and the embedding item's ``object``, are absent in the spec's own examples.
    A parser that raises ``KeyError`` there fails on real traffic; these become optional (``X | None``).
    Every other required field stays a plain ``X`` (but see ``corrections.assistants_results_as_sent``): the
    recordings and examples (``tests/test_generated_models.py``, ``tests/test_results.py``) show it is sent.
    Runs after ``name_nullable_objects``, which states nullability as ``oneOf [..., null]``.
    """
    schemas = _schemas(spec)
    for node in _walk(spec):
        properties = node.get("properties")
        if not isinstance(properties, dict) or not isinstance(node.get("required"), list):
            continue
        nullable = {name for name, prop in properties.items() if isinstance(prop, dict) and prop.get("nullable")}
        node["required"] = [field for field in node["required"] if field not in nullable]
    embeddings = spec["paths"][_EMBEDDINGS]["post"]["responses"]["200"]
    embeddings = embeddings["content"]["application/json"]["schema"]
    for schema in (schemas["createChatCompletionResponse"], schemas["createCompletionResponse"], embeddings):
        schema["required"] = [field for field in schema["required"] if field not in ("model", "object")]
    item = embeddings["properties"]["data"]["items"]
    item["required"] = [field for field in item["required"] if field != "object"]


@step(
    anywhere("additionalProperties: false", lambda node: node.get("additionalProperties") is False),
    review="additional_properties of request models",
)
def keep_unknown_fields(spec: Spec) -> None:
    """Request schemas of the assistants API say ``additionalProperties: false``.

    The generator then drops fields it does not know, on the way in and out. A newer service adds
    fields; a client must keep them (``additional_properties``), never lose data silently.
    """
    for node in _walk(spec):
        if node.get("additionalProperties") is False:
            del node["additionalProperties"]


@step(
    schema_named("createChatCompletionStreamResponse"),
    schema_named("promptFilterResults"),
    schema_named("completionUsage"),
    schema_named("contentFilterChoiceResults"),
    review="chat stream chunks and accumulation (customizations/azopenai/_streaming.py)",
)
def stream_chunks_carry_azure_fields(spec: Spec) -> None:
    """The stream chunk schema under-describes what Azure sends (see the stream recording).

    Real chunks carry ``prompt_filter_results`` on the chunk, ``content_filter_results`` and ``content_filter_offsets`` on each choice, ``usage`` on the
    last chunk with ``stream_options.include_usage``; asynchronous filtering sends choices without
    ``delta``. Typed here, they parse like the non-streaming response's fields.
    """
    schemas = _schemas(spec)
    chunk = schemas["createChatCompletionStreamResponse"]
    chunk["properties"]["prompt_filter_results"] = {"$ref": _REF + "promptFilterResults"}
    chunk["properties"]["usage"] = {"$ref": _REF + "completionUsage"}
    choice = chunk["properties"]["choices"]["items"]
    choice["properties"]["content_filter_results"] = {"$ref": _REF + "contentFilterChoiceResults"}
    schemas["contentFilterOffsets"] = {
        "type": "object",
        "description": "Where in the completion text an asynchronous content-filter result applies.",
        "required": ["check_offset", "start_offset", "end_offset"],
        "properties": {name: {"type": "integer"} for name in ("check_offset", "start_offset", "end_offset")},
    }
    choice["properties"]["content_filter_offsets"] = {"$ref": _REF + "contentFilterOffsets"}
    choice["required"] = [field for field in choice["required"] if field != "delta"]


@step(
    *(schema_named(name) for name in (*_PROMPT_ANNOTATED, "promptFilterResults")),
    review="prompt_annotations in ClientBase._result and the stream accumulators",
)
def older_prompt_annotations(spec: Spec) -> None:
    """Resources on older API versions name the prompt's filter results ``prompt_annotations`` (same
    content as ``prompt_filter_results``). Typed on chat and text completions and their stream chunks,
    so the client can expose either as ``prompt_filter_results``.
    """
    schemas = _schemas(spec)
    for name in _PROMPT_ANNOTATED:
        schemas[name]["properties"]["prompt_annotations"] = {"$ref": _REF + "promptFilterResults"}


@step(
    schema_named("audioVerboseResponse"),
    path(_AUDIO.format("transcriptions")),
    path(_AUDIO.format("translations")),
    review="audio results (customizations/azopenai/_multipart.py)",
)
def audio_results_as_one_type(spec: Spec) -> None:
    """Transcription and translation answer ``oneOf [audioResponse, audioVerboseResponse]``.

    Tried in order, a verbose_json answer parses as the plain ``audioResponse`` (its only required
    field is ``text``) and loses its segments to ``additional_properties``. One result type per
    operation, ``text`` required and the verbose fields optional, types every ``response_format``.
    """
    schemas = _schemas(spec)
    for name, kind in (("audioTranscription", "transcriptions"), ("audioTranslation", "translations")):
        result = copy.deepcopy(schemas["audioVerboseResponse"])
        result["description"] = f"The {kind[:-1]} result; fields other than `text` come with `verbose_json`."
        schemas[name] = result
        content = spec["paths"][_AUDIO.format(kind)]["post"]["responses"]["200"]["content"]
        content["application/json"]["schema"] = {"$ref": _REF + name}


TRANSFORMS: list[Step] = [
    name_operations,
    drop_schema_titles,
    no_client_side_defaults,
    detach_legacy_message_schemas,
    flatten_all_of,
    discriminated_bases_to_unions,
    name_nullable_objects,
    name_stream_events,
    union_tags_as_const,
    unknown_union_variants,
    absent_fields_are_optional,
    keep_unknown_fields,
    stream_chunks_carry_azure_fields,
    older_prompt_annotations,
    audio_results_as_one_type,
]


def apply(spec: Spec, report: Report | None = None) -> Spec:
    """Return a deep copy of ``spec``, corrected (``corrections.py``) then transformed; steps whose
    targets ``spec`` lacks are skipped (recorded in ``report``), a step that cannot apply raises
    ``StepError`` (``corrections.run``)."""
    spec = copy.deepcopy(spec)
    corrections.apply(spec, report)
    corrections.run(TRANSFORMS, spec, report)
    return spec
