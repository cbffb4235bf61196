"""Discriminated unions and Azure extensions: built from typed classes or dicts, exact on the wire,
typed on the way back, mistakes caught before sending. Client tests run sync and async."""

from __future__ import annotations

from typing import Any

import pytest
from azopenai import models
from azopenai_generated import models as generated
from clients import call
from loopback import LoopbackServer, Reply
from recorded import examples, recordings
from routes import request_model

EXAMPLE_CALLS = {
    "chat_completions": ("get_chat_completions", request_model("get_chat_completions")),
    "chat_completions_azure_search_minimum": ("get_chat_completions", request_model("get_chat_completions")),
    "chat_completions_cosmos_db": ("get_chat_completions", request_model("get_chat_completions")),
    "generated_chat_completions": ("get_chat_completions", request_model("get_chat_completions")),
    "generated_extensions_chat_completions_azure_search_advanced": (
        "get_chat_completions",
        request_model("get_chat_completions"),
    ),
    "completions": ("get_completions", request_model("get_completions")),
    "generated_completions": ("get_completions", request_model("get_completions")),
    "embeddings": ("get_embeddings", request_model("get_embeddings")),
    "generated_embeddings": ("get_embeddings", request_model("get_embeddings")),
}


def typed_fields(request_model: Any, body: dict[str, Any]) -> dict[str, Any]:
    """The body's fields as typed objects: each value as the generated request model parses it."""
    parsed = request_model.from_dict(body)
    fields = {}
    for key in body:  # python names differ where the wire name is a builtin: input -> input_
        fields[key] = getattr(parsed, key) if hasattr(parsed, key) else getattr(parsed, key + "_")
    return fields


@pytest.mark.parametrize("form", ["dicts", "typed"])
@pytest.mark.parametrize("name", sorted(EXAMPLE_CALLS))
async def test_example_body_is_sent_exactly(kind: str, name: str, form: str) -> None:
    example = examples()[name]
    method, request_model = EXAMPLE_CALLS[name]
    body = example["parameters"]["body"]
    response = example["responses"]["200"]["body"]
    fields = dict(body) if form == "dicts" else typed_fields(request_model, body)
    if form == "typed":
        assert not any(isinstance(v, dict) for v in fields.values())  # really typed, not dicts passed through
    with LoopbackServer(lambda x: Reply.json(response)) as server:
        result = await call(kind, server.url, method, deployment="dep", **fields)
        sent = server.exchanges[0].json()
    assert sent == body
    assert result.to_dict() == response


async def test_on_your_data_values_are_reachable(kind: str) -> None:
    example = examples()["generated_extensions_chat_completions_azure_search_advanced"]
    response = example["responses"]["200"]["body"]
    with LoopbackServer(lambda x: Reply.json(response)) as server:
        result = await call(kind, server.url, "get_chat_completions", deployment="d", **example["parameters"]["body"])
    context = result.choices[0].message.context
    expected = response["choices"][0]["message"]["context"]
    assert isinstance(context, models.MessageContext)
    assert [c.to_dict() for c in context.citations] == expected["citations"]
    assert "intent" not in expected and context.intent is None  # absent in this example: None, not invented
    assert isinstance(context.citations[0], models.Citation)


def test_content_filter_categories_are_typed() -> None:
    results = models.ContentFilterResults.from_dict(
        {
            "hate": {"filtered": False, "severity": "safe"},
            "self_harm": {"filtered": False, "severity": "low"},
            "sexual": {"filtered": True, "severity": "high"},
            "violence": {"filtered": False, "severity": "medium"},
            "profanity": {"filtered": False, "detected": False},
            "custom_blocklists": {"filtered": True, "details": [{"filtered": True, "id": "my-list"}]},
            "error": {"code": "E1", "message": "partial"},
            "protected_material_text": {"filtered": False, "detected": True},
            "protected_material_code": {
                "filtered": False,
                "detected": True,
                "citation": {"URL": "https://github.com/x", "license": "MIT"},
            },
            "ungrounded_material": {
                "filtered": False,
                "detected": True,
                "details": [{"completion_start_offset": 1, "completion_end_offset": 5}],
            },
        }
    )
    assert results.sexual.severity == generated.ContentFilterSeverityResultSeverity.HIGH
    assert results.profanity.detected is False
    assert results.custom_blocklists.details[0].id == "my-list"
    assert results.error.code == "E1"
    assert results.protected_material_code.citation.license_ == "MIT"
    assert results.ungrounded_material.details[0].completion_end_offset == 5
    assert results.additional_properties == {}


def test_jailbreak_and_indirect_attack_in_prompt_results() -> None:
    prompt = models.PromptFilterResult.from_dict(
        {
            "prompt_index": 0,
            "content_filter_results": {
                "jailbreak": {"filtered": True, "detected": True},
                "indirect_attack": {"filtered": False, "detected": False},
                "hate": {"filtered": False, "severity": "safe"},
            },
        }
    )
    assert prompt.content_filter_results.jailbreak.detected is True
    assert prompt.content_filter_results.indirect_attack.detected is False


# --- each union member round-trips, and says which it is -------------------------------------------

MEMBERS = [
    (models.SystemMessage(content="be brief", name="sys"), {"role": "system", "content": "be brief", "name": "sys"}),
    (
        models.UserMessage(
            content=[
                models.TextContentPart(text="what is this?"),
                models.ImageContentPart(image_url=models.ImageUrl(url="https://x/y.png", detail="high")),
            ]
        ),
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "what is this?"},
                {"type": "image_url", "image_url": {"url": "https://x/y.png", "detail": "high"}},
            ],
        },
    ),
    (
        models.AssistantMessage(
            refusal="no",
            name="bot",
            tool_calls=[
                models.ToolCall(
                    id="c1",
                    type_="function",
                    function=generated.ChatCompletionMessageToolCallFunction(name="f", arguments="{}"),
                )
            ],
        ),
        {
            "role": "assistant",
            "refusal": "no",
            "name": "bot",
            "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}],
        },
    ),
    (models.ToolMessage(content="42", tool_call_id="c1"), {"role": "tool", "content": "42", "tool_call_id": "c1"}),
    (models.FunctionMessage(content="42", name="f"), {"role": "function", "content": "42", "name": "f"}),
    (models.ResponseFormatText(), {"type": "text"}),
    (models.ResponseFormatJsonObject(), {"type": "json_object"}),
    (
        models.ResponseFormatJsonSchema(
            json_schema=models.JsonSchemaFormat.from_dict(
                {"name": "answer", "schema": {"type": "object"}, "strict": True}
            )
        ),
        {"type": "json_schema", "json_schema": {"name": "answer", "schema": {"type": "object"}, "strict": True}},
    ),
]


def _auth_cases() -> list[tuple[Any, dict[str, Any]]]:
    cases: list[tuple[type, dict[str, Any]]] = [
        (models.ApiKeyAuthentication, {"key": "k"}),
        (models.ConnectionStringAuthentication, {"connection_string": "cs"}),
        (models.KeyAndKeyIdAuthentication, {"key": "k", "key_id": "id"}),
        (models.EncodedApiKeyAuthentication, {"encoded_api_key": "e"}),
        (models.AccessTokenAuthentication, {"access_token": "t"}),
        (models.SystemAssignedManagedIdentityAuthentication, {}),
        (models.UserAssignedManagedIdentityAuthentication, {"managed_identity_resource_id": "/sub/x"}),
        (models.UsernameAndPasswordAuthentication, {"username": "u", "password": "p"}),
        (models.DeploymentNameVectorizationSource, {"deployment_name": "ada", "dimensions": 256}),
        (
            models.EndpointVectorizationSource,
            {"endpoint": "https://e", "authentication": {"type": "api_key", "key": "k"}},
        ),
        (models.ModelIdVectorizationSource, {"model_id": "m"}),
        (models.IntegratedVectorizationSource, {}),
    ]
    out = []
    for cls, fields in cases:
        wire = {"type": cls().type_ if not fields else cls.from_dict({"type": _tag(cls), **fields}).type_, **fields}
        out.append((cls.from_dict(wire), wire))
    return out


def _tag(cls: type) -> str:
    import attrs

    return str(next(f.default for f in attrs.fields(cls) if f.name == "type_"))


@pytest.mark.parametrize(("member", "wire"), MEMBERS + _auth_cases(), ids=lambda v: type(v).__name__)
def test_member_round_trips(member: Any, wire: dict[str, Any]) -> None:
    assert member.to_dict() == wire
    again = type(member).from_dict(wire)
    assert again == member and again.to_dict() == wire


DATA_SOURCES = [
    (
        models.AzureSearchDataSource,
        {
            "endpoint": "https://s",
            "index_name": "i",
            "authentication": {"type": "api_key", "key": "k"},
            "in_scope": True,
            "strictness": 3,
            "top_n_documents": 5,
            "role_information": "be helpful",
            "filter": "x eq 1",
            "query_type": "vector_semantic_hybrid",
            "fields_mapping": {"content_fields": ["c"], "vector_fields": ["v"]},
            "embedding_dependency": {"type": "deployment_name", "deployment_name": "ada"},
        },
    ),
    (
        models.AzureCosmosDBDataSource,
        {
            "database_name": "d",
            "container_name": "c",
            "index_name": "i",
            "fields_mapping": {"content_fields": ["c"], "vector_fields": ["v"]},
            "authentication": {"type": "connection_string", "connection_string": "x"},
            "embedding_dependency": {
                "type": "endpoint",
                "endpoint": "https://e",
                "authentication": {"type": "api_key", "key": "k"},
            },
        },
    ),
    (
        models.ElasticsearchDataSource,
        {
            "endpoint": "https://e",
            "index_name": "i",
            "authentication": {"type": "key_and_key_id", "key": "k", "key_id": "i"},
            "embedding_dependency": {"type": "model_id", "model_id": "m"},
        },
    ),
    (
        models.PineconeDataSource,
        {
            "environment": "env",
            "index_name": "i",
            "fields_mapping": {"content_fields": ["c"]},
            "authentication": {"type": "api_key", "key": "k"},
            "embedding_dependency": {"type": "deployment_name", "deployment_name": "ada"},
        },
    ),
    (
        models.MongoDBDataSource,
        {
            "endpoint": "mongodb.net",
            "collection_name": "c",
            "database_name": "d",
            "app_name": "a",
            "index_name": "i",
            "authentication": {"type": "username_and_password", "username": "u", "password": "p"},
            "embedding_dependency": {"type": "deployment_name", "deployment_name": "ada"},
            "fields_mapping": {"content_fields": ["c"], "vector_fields": ["v"]},
        },
    ),
]


@pytest.mark.parametrize(("cls", "parameters"), DATA_SOURCES, ids=lambda v: getattr(v, "__name__", ""))
async def test_data_source_typed_and_dict_send_the_same(kind: str, cls: type, parameters: dict[str, Any]) -> None:
    wire = {"type": _tag(cls), "parameters": parameters}
    typed = cls.from_dict(wire)
    assert type(typed) is cls and typed.to_dict() == wire
    reply = examples()["chat_completions"]["responses"]["200"]["body"]
    with LoopbackServer(lambda x: Reply.json(reply)) as server:
        for source in (wire, typed):
            await call(
                kind,
                server.url,
                "get_chat_completions",
                deployment="d",
                messages=[models.UserMessage(content="hi")],
                data_sources=[source],
            )
        first, second = (x.json() for x in server.exchanges)
    assert first == second == {"messages": [{"role": "user", "content": "hi"}], "data_sources": [wire]}


async def test_tools_recording_replays(kind: str) -> None:
    entry = next(e for e in recordings() if e.recording == "TestGetChatCompletions_usingFunctions__AzureOpenAI")
    body = {k: v for k, v in entry.request_body.items() if k != "model"}
    typed_tools = [models.FunctionTool.from_dict(tool) for tool in body["tools"]]
    with LoopbackServer(lambda x: Reply.json(entry.response_body)) as server:
        result = await call(
            kind, server.url, "get_chat_completions", deployment="gpt-35-turbo-0613", **{**body, "tools": typed_tools}
        )
        assert server.exchanges[0].json() == body
    call_ = result.choices[0].message.tool_calls[0]
    recorded = entry.response_body["choices"][0]["message"]["tool_calls"][0]
    assert (call_.id, call_.function.name, call_.function.arguments) == (
        recorded["id"],
        recorded["function"]["name"],
        recorded["function"]["arguments"],
    )
    assert result.choices[0].finish_reason == "tool_calls"


async def test_on_your_data_recording_replays(kind: str) -> None:
    """The recording is of the retired 2023-12 "extensions" chat completions API (``dataSources`` with
    ``AzureCognitiveSearch``), which the pinned version replaced by ``data_sources`` on chat completions.
    Its answer replays with every value kept; its request is sent in today's form."""
    entry = next(e for e in recordings() if e.recording == "TestChatCompletions_extensions_bringYourOwnData")
    old = entry.request_body["dataSources"][0]["parameters"]
    source = models.AzureSearchDataSource(
        parameters=models.AzureSearchParameters(
            endpoint=old["endpoint"],
            index_name=old["indexName"],
            authentication=models.ApiKeyAuthentication(key=old["authentication"]["key"]),
        )
    )
    with LoopbackServer(lambda x: Reply.json(entry.response_body)) as server:
        result = await call(
            kind,
            server.url,
            "get_chat_completions",
            deployment="gpt-4",
            messages=entry.request_body["messages"],
            max_tokens=512,
            data_sources=[source],
        )
        sent = server.exchanges[0].json()
    assert sent["data_sources"] == [
        {
            "type": "azure_search",
            "parameters": {
                "endpoint": old["endpoint"],
                "index_name": "index",
                "authentication": {"type": "api_key", "key": "redacted"},
            },
        }
    ]
    assert result.to_dict() == entry.response_body
    assert result.choices[0].message.context.additional_properties["messages"][0]["role"] == "tool"


async def test_prompt_annotations_are_exposed_as_prompt_filter_results(kind: str) -> None:
    response = dict(examples()["chat_completions"]["responses"]["200"]["body"])
    annotations = [{"prompt_index": 0, "content_filter_results": {"hate": {"filtered": False, "severity": "safe"}}}]
    response.pop("prompt_filter_results", None)
    response["prompt_annotations"] = annotations
    with LoopbackServer(lambda x: Reply.json(response)) as server:
        result = await call(kind, server.url, "get_chat_completions", deployment="d", messages=[])
    assert result.prompt_filter_results[0].content_filter_results.hate.severity == "safe"
    assert result.prompt_annotations[0].prompt_index == 0


# --- mistakes caught before sending ------------------------------------------------------------------

MISTAKES = [
    ({"messages": [{"content": "who am I?"}]}, ValueError, r"messages\[0\]: missing required field 'role'"),
    ({"messages": [{"role": "sytem", "content": "x"}]}, ValueError, r"messages\[0\]: unknown role 'sytem'"),
    (
        {"messages": [{"role": "user", "content": [{"type": "img", "url": "x"}]}]},
        ValueError,
        r"messages\[0\]\.content\[0\]: unknown type 'img'",
    ),
    (
        {
            "messages": [],
            "data_sources": [
                {
                    "type": "azure_search",
                    "parameters": {"endpoint": "https://s", "authentication": {"type": "api_key", "key": "k"}},
                }
            ],
        },
        ValueError,
        r"data_sources\[0\]\.parameters: missing required field 'index_name'",
    ),
    (
        {"messages": [], "data_sources": [{"type": "azure_serch", "parameters": {}}]},
        ValueError,
        r"data_sources\[0\]: unknown type 'azure_serch'",
    ),
    (
        {
            "messages": [],
            "data_sources": [
                {
                    "type": "azure_search",
                    "parameters": {
                        "endpoint": "https://s",
                        "index_name": "i",
                        "authentication": {"type": "key", "key": "k"},
                    },
                }
            ],
        },
        ValueError,
        r"data_sources\[0\]\.parameters\.authentication: unknown type 'key'",
    ),
    ({"messages": [], "response_format": {"type": "xml"}}, ValueError, r"response_format: unknown type 'xml'"),
    ({"messages": [], "tools": [{"type": "function"}]}, ValueError, r"tools\[0\]: missing required field 'function'"),
]


@pytest.mark.parametrize(("fields", "error", "message"), MISTAKES)
async def test_mistakes_are_named_before_sending(kind: str, fields: dict[str, Any], error: type, message: str) -> None:
    with LoopbackServer(lambda x: Reply.json({})) as server:
        with pytest.raises(error, match=message):
            await call(kind, server.url, "get_chat_completions", deployment="d", **fields)
        assert server.exchanges == []


def test_unknown_tags_in_results_parse() -> None:
    unknown = "x-azopenai-test-unknown"  # a role no spec version will define
    source = request_model("get_chat_completions").from_dict({"messages": [{"role": unknown, "content": "x"}]})
    assert isinstance(source.messages[0], models.UnknownRoleVariant) and source.messages[0].role == unknown


async def test_models_without_fields_are_not_mistaken_for_unknown_members(kind: str) -> None:
    """``parameters: {}`` parses as a model with no fields of its own; it is valid, not an unknown tag."""
    tools = [{"type": "function", "function": {"name": "now", "parameters": {}}}]
    reply = examples()["chat_completions"]["responses"]["200"]["body"]
    with LoopbackServer(lambda x: Reply.json(reply)) as server:
        await call(kind, server.url, "get_chat_completions", deployment="d", messages=[], tools=tools)
        assert server.exchanges[0].json()["tools"] == tools
