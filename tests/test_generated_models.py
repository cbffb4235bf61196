"""The generated models parse every example response and recorded response, keeping every value."""

from __future__ import annotations

import json
from typing import Any

import pytest
from azopenai_generated import models as m
from recorded import examples, recordings
from routes import request_model, result_model

# Example file -> the operation of its 200 response (whose model is in the generated table). Examples
# for operations this spec does not have (files, batches) are listed apart, and the test below checks
# that the spec really lacks them.
EXAMPLE_OPERATIONS = {
    "audio_transcription_object": "get_audio_transcription",
    "chat_completions": "get_chat_completions",
    "chat_completions_azure_search_minimum": "get_chat_completions",
    "chat_completions_cosmos_db": "get_chat_completions",
    "completions": "get_completions",
    "create_thread_and_run": "create_thread_and_run",
    "embeddings": "get_embeddings",
    "generated_audio_translation_object": "get_audio_translation",
    "generated_chat_completions": "get_chat_completions",
    "generated_completions": "get_completions",
    "generated_embeddings": "get_embeddings",
    "generated_extensions_chat_completions_azure_search_advanced": "get_chat_completions",
    "list_assistants": "list_assistants",
}
TEXT_OR_BINARY_EXAMPLES = {"audio_speech", "audio_transcription_text", "generated_audio_translation_text"}
NOT_IN_THIS_SPEC = {"get_batches": "/batches", "get_file": "/files", "upload_file": "/files"}


def assert_round_trip(model: type, payload: dict[str, Any]) -> Any:
    parsed = model.from_dict(payload)
    assert parsed.to_dict() == payload
    # and what it wrote is plain JSON again
    assert json.loads(json.dumps(parsed.to_dict())) == payload
    return parsed


def test_every_example_is_accounted_for() -> None:
    assert set(examples()) == set(EXAMPLE_OPERATIONS) | TEXT_OR_BINARY_EXAMPLES | set(NOT_IN_THIS_SPEC)


def test_examples_without_an_operation_here(spec: dict[str, Any]) -> None:
    for prefix in NOT_IN_THIS_SPEC.values():
        assert not any(path.startswith(prefix) for path in spec["paths"])


@pytest.mark.parametrize("name", sorted(EXAMPLE_OPERATIONS))
def test_example_response_round_trips(name: str) -> None:
    body = examples()[name]["responses"]["200"]["body"]
    assert_round_trip(result_model(EXAMPLE_OPERATIONS[name]), body)


JSON_ENTRIES = [e for e in recordings() if e.content_type.startswith("application/json")]


@pytest.mark.parametrize("entry", JSON_ENTRIES, ids=lambda e: f"{e.recording}-{e.status}")
def test_recorded_json_response_round_trips(entry: Any) -> None:
    model = result_model(entry.operation) if entry.status == 200 else m.ErrorResponse
    assert_round_trip(model, entry.response_body)


def test_recorded_stream_chunks_round_trip() -> None:
    streams = [e for e in recordings() if e.content_type.startswith("text/event-stream")]
    assert streams
    for entry in streams:
        events = entry.sse_events()
        assert events[-1] == "[DONE]"
        chunks = [assert_round_trip(result_model("get_chat_completions", 1), json.loads(e)) for e in events[:-1]]
        # Azure's first chunk: no choices, only the prompt's filter results, now typed.
        first = chunks[0]
        assert first.choices == [] and first.id == ""
        assert first.prompt_filter_results[0].content_filter_results.hate.severity == "safe"
        assert isinstance(
            first.prompt_filter_results[0].content_filter_results.hate.severity, m.ContentFilterSeverityResultSeverity
        )
        second = chunks[1]
        assert second.choices[0].finish_reason is None
        assert second.choices[0].delta.role == "assistant"
        assert second.choices[0].content_filter_results.to_dict() == {}
        assert chunks[-1].choices[0].finish_reason == m.CreateChatCompletionStreamResponseChoicesItemFinishReason.STOP


def test_azure_fields_are_typed_not_left_over() -> None:
    entry = next(e for e in recordings() if e.recording == "TestClient_GetChatCompletions__AzureOpenAI")
    resp = result_model("get_chat_completions").from_dict(entry.response_body)
    assert resp.additional_properties == {}
    choice = resp.choices[0]
    assert choice.content_filter_results.violence.filtered is False
    assert resp.prompt_filter_results[0].prompt_index == 0
    assert resp.usage.total_tokens == entry.response_body["usage"]["total_tokens"]


def test_on_your_data_context_is_typed() -> None:
    body = examples()["chat_completions_azure_search_minimum"]["responses"]["200"]["body"]
    resp = result_model("get_chat_completions").from_dict(body)
    context = resp.choices[0].message.context
    recorded = body["choices"][0]["message"]["context"]
    assert isinstance(context, m.AzureChatExtensionsMessageContext)
    assert [c.content for c in context.citations] == [c["content"] for c in recorded["citations"]]
    citation = context.citations[0]
    assert (citation.title, citation.url, citation.filepath, citation.chunk_id) == (
        "Citation Title",
        "https://contoso.blob.windows.net/container/contoso.txt",
        "contoso.txt",
        "0",
    )
    assert context.intent == recorded["intent"]


def test_older_on_your_data_context_is_kept() -> None:
    """The 2023 extensions endpoint answered with ``context.messages``: kept, not dropped."""
    entry = next(e for e in recordings() if e.recording == "TestChatCompletions_extensions_bringYourOwnData")
    resp = result_model("get_chat_completions").from_dict(entry.response_body)
    recorded = entry.response_body["choices"][0]["message"]["context"]["messages"]
    assert resp.choices[0].message.context.additional_properties["messages"] == recorded


# A payload per tag of the unions the client sends and receives; each must become its own class.
UNION_CASES = [
    ("messages", {"role": "system", "content": "s"}, m.ChatCompletionRequestSystemMessage),
    ("messages", {"role": "user", "content": [{"type": "text", "text": "t"}]}, m.ChatCompletionRequestUserMessage),
    ("messages", {"role": "assistant", "content": "a"}, m.ChatCompletionRequestAssistantMessage),
    ("messages", {"role": "tool", "content": "r", "tool_call_id": "c1"}, m.ChatCompletionRequestToolMessage),
    ("messages", {"role": "function", "content": "r", "name": "f"}, m.ChatCompletionRequestFunctionMessage),
    (
        "data_sources",
        {
            "type": "azure_search",
            "parameters": {
                "endpoint": "https://s",
                "index_name": "i",
                "authentication": {"type": "api_key", "key": "k"},
            },
        },
        m.AzureSearchChatExtensionConfiguration,
    ),
    (
        "data_sources",
        {
            "type": "azure_cosmos_db",
            "parameters": {
                "database_name": "d",
                "container_name": "c",
                "index_name": "i",
                "fields_mapping": {"content_fields": ["c"], "vector_fields": ["v"]},
                "authentication": {"type": "connection_string", "connection_string": "x"},
                "embedding_dependency": {"type": "deployment_name", "deployment_name": "ada"},
            },
        },
        m.AzureCosmosDBChatExtensionConfiguration,
    ),
    (
        "data_sources",
        {
            "type": "elasticsearch",
            "parameters": {
                "endpoint": "https://e",
                "index_name": "i",
                "authentication": {"type": "encoded_api_key", "encoded_api_key": "k"},
            },
        },
        m.ElasticsearchChatExtensionConfiguration,
    ),
    (
        "data_sources",
        {
            "type": "pinecone",
            "parameters": {
                "environment": "e",
                "index_name": "i",
                "fields_mapping": {"content_fields": ["c"]},
                "authentication": {"type": "api_key", "key": "k"},
                "embedding_dependency": {"type": "deployment_name", "deployment_name": "ada"},
            },
        },
        m.PineconeChatExtensionConfiguration,
    ),
]


@pytest.mark.parametrize(("field", "item", "cls"), UNION_CASES, ids=lambda v: getattr(v, "__name__", None))
def test_union_member_is_chosen_by_tag(field: str, item: dict[str, Any], cls: type) -> None:
    body = {"messages": [{"role": "user", "content": "hi"}], field: [item]}
    if field == "messages":
        body[field] = [item]
    request = request_model("get_chat_completions").from_dict(body)
    parsed = getattr(request, field)[0]
    assert type(parsed) is cls
    assert request.to_dict() == body


def test_nested_union_tags() -> None:
    source = {
        "type": "azure_search",
        "parameters": {
            "endpoint": "https://s",
            "index_name": "i",
            "authentication": {"type": "system_assigned_managed_identity"},
            "embedding_dependency": {
                "type": "endpoint",
                "endpoint": "https://e",
                "authentication": {"type": "access_token", "access_token": "t"},
            },
        },
    }
    parsed = m.AzureSearchChatExtensionConfiguration.from_dict(source)
    assert type(parsed.parameters.authentication) is m.OnYourDataSystemAssignedManagedIdentityAuthenticationOptions
    assert type(parsed.parameters.embedding_dependency) is m.OnYourDataEndpointVectorizationSource
    assert type(parsed.parameters.embedding_dependency.authentication) is m.OnYourDataAccessTokenAuthenticationOptions
    assert parsed.to_dict() == source


def test_tag_is_filled_in_by_the_class() -> None:
    assert m.ChatCompletionRequestUserMessage(content="hi").to_dict() == {"role": "user", "content": "hi"}
    assert m.ResponseFormatJsonObject().to_dict() == {"type": "json_object"}


UNKNOWN = "x-azopenai-test-unknown"  # a tag or enum value no spec version will define


def test_unknown_union_tag_parses_and_keeps_its_fields() -> None:
    body = {"messages": [{"role": UNKNOWN, "content": "new role", "extra": 1}]}
    request = request_model("get_chat_completions").from_dict(body)
    message = request.messages[0]
    assert type(message) is m.UnknownRoleVariant
    assert message.role == UNKNOWN
    assert message.additional_properties == {"content": "new role", "extra": 1}
    assert request.to_dict() == body


def test_unknown_enum_value_parses() -> None:
    payload = {"filtered": True, "severity": UNKNOWN}
    result = m.ContentFilterSeverityResult.from_dict(payload)
    assert result.severity == UNKNOWN
    assert isinstance(result.severity, m.ContentFilterSeverityResultSeverity)
    assert result.to_dict() == payload
    # known values are still the enum's own members
    assert m.ContentFilterSeverityResultSeverity("high") is m.ContentFilterSeverityResultSeverity.HIGH


def test_unknown_fields_are_kept() -> None:
    payload = {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3, "reasoning_tokens": {"n": 4}}
    usage = m.CompletionUsage.from_dict(payload)
    assert usage.additional_properties == {"reasoning_tokens": {"n": 4}}
    assert usage.to_dict() == payload


def test_audio_results_keep_text_and_verbose_fields() -> None:
    verbose = {
        "text": "hi",
        "task": "transcribe",
        "language": "english",
        "duration": 1.5,
        "segments": [
            {
                "id": 0,
                "seek": 0,
                "start": 0.0,
                "end": 1.5,
                "text": "hi",
                "tokens": [1],
                "temperature": 0.0,
                "avg_logprob": -0.1,
                "compression_ratio": 1.0,
                "no_speech_prob": 0.01,
            }
        ],
    }
    result = result_model("get_audio_transcription").from_dict(verbose)
    assert result.segments[0].end == 1.5 and result.additional_properties == {}
    assert result_model("get_audio_translation").from_dict({"text": "hi"}).text == "hi"
