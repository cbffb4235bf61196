from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistants_api_response_format_mode import AssistantsApiResponseFormatMode
from ..models.assistants_api_tool_choice_mode import AssistantsApiToolChoiceMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_tools_code import AssistantToolsCode
    from ..models.assistant_tools_file_search import AssistantToolsFileSearch
    from ..models.assistant_tools_function import AssistantToolsFunction
    from ..models.assistants_api_response_format import AssistantsApiResponseFormat
    from ..models.assistants_named_tool_choice import AssistantsNamedToolChoice
    from ..models.chat_completion_stream_options import ChatCompletionStreamOptions
    from ..models.create_thread_and_run_request_metadata import (
        CreateThreadAndRunRequestMetadata,
    )
    from ..models.create_thread_and_run_request_tool_resources import (
        CreateThreadAndRunRequestToolResources,
    )
    from ..models.create_thread_request import CreateThreadRequest
    from ..models.truncation_object import TruncationObject
    from ..models.unknown_type_variant import UnknownTypeVariant


T = TypeVar("T", bound="CreateThreadAndRunRequest")


@_attrs_define
class CreateThreadAndRunRequest:
    assistant_id: str
    """ The ID of the assistant to use to execute this run. """
    instructions: None | str | Unset = UNSET
    """ Override the default system message of the assistant. This is useful for modifying the behavior on a per-run
    basis. """
    max_completion_tokens: int | None | Unset = UNSET
    """ The maximum number of completion tokens that may be used over the course of the run. The run will make a
    best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run
    exceeds the number of completion tokens specified, the run will end with status `incomplete`. See
    `incomplete_details` for more info.
     """
    max_prompt_tokens: int | None | Unset = UNSET
    """ The maximum number of prompt tokens that may be used over the course of the run. The run will make a best
    effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds
    the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for
    more info.
     """
    metadata: CreateThreadAndRunRequestMetadata | None | Unset = UNSET
    """ Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format. Keys can be a maximum of 64 characters long and values can
    be a maximum of 512 characters long.
     """
    model: None | str | Unset = UNSET
    """ The ID of the [Model](/docs/api-reference/models) to be used to execute this run. If a value is provided
    here, it will override the model associated with the assistant. If not, the model associated with the assistant
    will be used. """
    response_format: AssistantsApiResponseFormat | AssistantsApiResponseFormatMode | None | Unset = UNSET
    stream: bool | None | Unset = UNSET
    """ If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the
    Run enters a terminal state with a `data: [DONE]` message.
     """
    stream_options: ChatCompletionStreamOptions | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    """ What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random,
    while lower values like 0.2 will make it more focused and deterministic.
     """
    thread: CreateThreadRequest | Unset = UNSET
    tool_choice: AssistantsApiToolChoiceMode | AssistantsNamedToolChoice | None | Unset = UNSET
    tool_resources: CreateThreadAndRunRequestToolResources | None | Unset = UNSET
    """ A set of resources that are used by the assistant's tools. The resources are specific to the type of tool.
    For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a
    list of vector store IDs.
     """
    tools: (
        list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | UnknownTypeVariant] | None | Unset
    ) = UNSET
    """ Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-
    run basis. """
    top_p: float | None | Unset = UNSET
    """ An alternative to sampling with temperature, called nucleus sampling, where the model considers the results
    of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass
    are considered.

    We generally recommend altering this or temperature but not both.
     """
    truncation_strategy: None | TruncationObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assistant_id = self.assistant_id

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        max_completion_tokens: int | None | Unset
        if isinstance(self.max_completion_tokens, Unset):
            max_completion_tokens = UNSET
        else:
            max_completion_tokens = self.max_completion_tokens

        max_prompt_tokens: int | None | Unset
        if isinstance(self.max_prompt_tokens, Unset):
            max_prompt_tokens = UNSET
        else:
            max_prompt_tokens = self.max_prompt_tokens

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CreateThreadAndRunRequestMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        response_format: dict[str, Any] | None | str | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, AssistantsApiResponseFormatMode):
            response_format = self.response_format
        elif isinstance(self.response_format, AssistantsApiResponseFormat):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        stream_options: dict[str, Any] | None | Unset
        if isinstance(self.stream_options, Unset):
            stream_options = UNSET
        elif isinstance(self.stream_options, ChatCompletionStreamOptions):
            stream_options = self.stream_options.to_dict()
        else:
            stream_options = self.stream_options

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        thread: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thread, Unset):
            thread = self.thread.to_dict()

        tool_choice: dict[str, Any] | None | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, AssistantsApiToolChoiceMode):
            tool_choice = self.tool_choice
        elif isinstance(self.tool_choice, AssistantsNamedToolChoice):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        tool_resources: dict[str, Any] | None | Unset
        if isinstance(self.tool_resources, Unset):
            tool_resources = UNSET
        elif isinstance(self.tool_resources, CreateThreadAndRunRequestToolResources):
            tool_resources = self.tool_resources.to_dict()
        else:
            tool_resources = self.tool_resources

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item: dict[str, Any]
                if isinstance(tools_type_0_item_data, AssistantToolsCode):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, AssistantToolsFileSearch):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, AssistantToolsFunction):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                else:
                    tools_type_0_item = tools_type_0_item_data.to_dict()

                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        truncation_strategy: dict[str, Any] | None | Unset
        if isinstance(self.truncation_strategy, Unset):
            truncation_strategy = UNSET
        elif isinstance(self.truncation_strategy, TruncationObject):
            truncation_strategy = self.truncation_strategy.to_dict()
        else:
            truncation_strategy = self.truncation_strategy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assistant_id": assistant_id,
            }
        )
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if max_prompt_tokens is not UNSET:
            field_dict["max_prompt_tokens"] = max_prompt_tokens
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if model is not UNSET:
            field_dict["model"] = model
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if thread is not UNSET:
            field_dict["thread"] = thread
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tool_resources is not UNSET:
            field_dict["tool_resources"] = tool_resources
        if tools is not UNSET:
            field_dict["tools"] = tools
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if truncation_strategy is not UNSET:
            field_dict["truncation_strategy"] = truncation_strategy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assistant_id = d.pop("assistant_id")

        _instructions_data = d.pop("instructions", UNSET)
        instructions: None | str | Unset
        if _instructions_data is None or isinstance(_instructions_data, Unset):
            instructions = _instructions_data
        else:
            instructions = _instructions_data

        _max_completion_tokens_data = d.pop("max_completion_tokens", UNSET)
        max_completion_tokens: int | None | Unset
        if _max_completion_tokens_data is None or isinstance(_max_completion_tokens_data, Unset):
            max_completion_tokens = _max_completion_tokens_data
        else:
            max_completion_tokens = _max_completion_tokens_data

        _max_prompt_tokens_data = d.pop("max_prompt_tokens", UNSET)
        max_prompt_tokens: int | None | Unset
        if _max_prompt_tokens_data is None or isinstance(_max_prompt_tokens_data, Unset):
            max_prompt_tokens = _max_prompt_tokens_data
        else:
            max_prompt_tokens = _max_prompt_tokens_data

        _metadata_data = d.pop("metadata", UNSET)
        metadata: CreateThreadAndRunRequestMetadata | None | Unset
        if _metadata_data is None or isinstance(_metadata_data, Unset):
            metadata = _metadata_data
        else:
            metadata_type_0 = CreateThreadAndRunRequestMetadata.from_dict(_metadata_data)

            metadata = metadata_type_0

        _model_data = d.pop("model", UNSET)
        model: None | str | Unset
        if _model_data is None or isinstance(_model_data, Unset):
            model = _model_data
        else:
            model = _model_data

        def _parse_response_format(
            data: object,
        ) -> AssistantsApiResponseFormat | AssistantsApiResponseFormatMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemasassistants_api_response_format_option_type_0 = (
                    AssistantsApiResponseFormatMode._value2member_map_.get(
                        _componentsschemasassistants_api_response_format_option_type_0_value := data
                    )
                    or AssistantsApiResponseFormatMode(
                        _componentsschemasassistants_api_response_format_option_type_0_value
                    )
                )

                return componentsschemasassistants_api_response_format_option_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasassistants_api_response_format_option_type_1 = AssistantsApiResponseFormat.from_dict(
                    data
                )

                return componentsschemasassistants_api_response_format_option_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssistantsApiResponseFormat | AssistantsApiResponseFormatMode | None | Unset, data)

        response_format = _parse_response_format(d.pop("response_format", UNSET))

        _stream_data = d.pop("stream", UNSET)
        stream: bool | None | Unset
        if _stream_data is None or isinstance(_stream_data, Unset):
            stream = _stream_data
        else:
            stream = _stream_data

        _stream_options_data = d.pop("stream_options", UNSET)
        stream_options: ChatCompletionStreamOptions | None | Unset
        if _stream_options_data is None or isinstance(_stream_options_data, Unset):
            stream_options = _stream_options_data
        else:
            stream_options_type_0 = ChatCompletionStreamOptions.from_dict(_stream_options_data)

            stream_options = stream_options_type_0

        _temperature_data = d.pop("temperature", UNSET)
        temperature: float | None | Unset
        if _temperature_data is None or isinstance(_temperature_data, Unset):
            temperature = _temperature_data
        else:
            temperature = _temperature_data

        _thread = d.pop("thread", UNSET)
        thread: CreateThreadRequest | Unset
        if isinstance(_thread, Unset):
            thread = UNSET
        else:
            thread = CreateThreadRequest.from_dict(_thread)

        def _parse_tool_choice(data: object) -> AssistantsApiToolChoiceMode | AssistantsNamedToolChoice | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemasassistants_api_tool_choice_option_type_0 = (
                    AssistantsApiToolChoiceMode._value2member_map_.get(
                        _componentsschemasassistants_api_tool_choice_option_type_0_value := data
                    )
                    or AssistantsApiToolChoiceMode(_componentsschemasassistants_api_tool_choice_option_type_0_value)
                )

                return componentsschemasassistants_api_tool_choice_option_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemasassistants_api_tool_choice_option_type_1 = AssistantsNamedToolChoice.from_dict(data)

                return componentsschemasassistants_api_tool_choice_option_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssistantsApiToolChoiceMode | AssistantsNamedToolChoice | None | Unset, data)

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        _tool_resources_data = d.pop("tool_resources", UNSET)
        tool_resources: CreateThreadAndRunRequestToolResources | None | Unset
        if _tool_resources_data is None or isinstance(_tool_resources_data, Unset):
            tool_resources = _tool_resources_data
        else:
            tool_resources_type_0 = CreateThreadAndRunRequestToolResources.from_dict(_tool_resources_data)

            tool_resources = tool_resources_type_0

        _tools_data = d.pop("tools", UNSET)
        tools: (
            list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | UnknownTypeVariant]
            | None
            | Unset
        )
        if _tools_data is None or isinstance(_tools_data, Unset):
            tools = _tools_data
        else:
            tools_type_0 = []
            _tools_type_0 = _tools_data
            for tools_type_0_item_data in _tools_type_0:
                _tools_type_0_item_data = tools_type_0_item_data
                tools_type_0_item: (
                    AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | UnknownTypeVariant
                )
                if not isinstance(_tools_type_0_item_data, dict):
                    raise TypeError(
                        f"tools_type_0_item: expected an object, got {type(_tools_type_0_item_data).__name__}"
                    )
                elif _tools_type_0_item_data.get("type") == "code_interpreter":
                    tools_type_0_item = AssistantToolsCode.from_dict(_tools_type_0_item_data)
                elif _tools_type_0_item_data.get("type") == "file_search":
                    tools_type_0_item = AssistantToolsFileSearch.from_dict(_tools_type_0_item_data)
                elif _tools_type_0_item_data.get("type") == "function":
                    tools_type_0_item = AssistantToolsFunction.from_dict(_tools_type_0_item_data)
                else:
                    tools_type_0_item = UnknownTypeVariant.from_dict(_tools_type_0_item_data)

                tools_type_0.append(tools_type_0_item)

            tools = tools_type_0

        _top_p_data = d.pop("top_p", UNSET)
        top_p: float | None | Unset
        if _top_p_data is None or isinstance(_top_p_data, Unset):
            top_p = _top_p_data
        else:
            top_p = _top_p_data

        _truncation_strategy_data = d.pop("truncation_strategy", UNSET)
        truncation_strategy: None | TruncationObject | Unset
        if _truncation_strategy_data is None or isinstance(_truncation_strategy_data, Unset):
            truncation_strategy = _truncation_strategy_data
        else:
            truncation_strategy_type_0 = TruncationObject.from_dict(_truncation_strategy_data)

            truncation_strategy = truncation_strategy_type_0

        create_thread_and_run_request = cls(
            assistant_id=assistant_id,
            instructions=instructions,
            max_completion_tokens=max_completion_tokens,
            max_prompt_tokens=max_prompt_tokens,
            metadata=metadata,
            model=model,
            response_format=response_format,
            stream=stream,
            stream_options=stream_options,
            temperature=temperature,
            thread=thread,
            tool_choice=tool_choice,
            tool_resources=tool_resources,
            tools=tools,
            top_p=top_p,
            truncation_strategy=truncation_strategy,
        )

        create_thread_and_run_request.additional_properties = d
        return create_thread_and_run_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.assistant_tools_code import AssistantToolsCode  # noqa: E402
from ..models.assistant_tools_file_search import AssistantToolsFileSearch  # noqa: E402
from ..models.assistant_tools_function import AssistantToolsFunction  # noqa: E402
from ..models.assistants_api_response_format import AssistantsApiResponseFormat  # noqa: E402
from ..models.assistants_named_tool_choice import AssistantsNamedToolChoice  # noqa: E402
from ..models.chat_completion_stream_options import ChatCompletionStreamOptions  # noqa: E402
from ..models.create_thread_and_run_request_metadata import (
    CreateThreadAndRunRequestMetadata,  # noqa: E402
)
from ..models.create_thread_and_run_request_tool_resources import (
    CreateThreadAndRunRequestToolResources,  # noqa: E402
)
from ..models.create_thread_request import CreateThreadRequest  # noqa: E402
from ..models.truncation_object import TruncationObject  # noqa: E402
from ..models.unknown_type_variant import UnknownTypeVariant  # noqa: E402
