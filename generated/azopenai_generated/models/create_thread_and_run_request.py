from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistants_api_response_format_mode import AssistantsApiResponseFormatMode
from ..models.assistants_api_tool_choice_mode import AssistantsApiToolChoiceMode
from ..types import UNSET, model_json, model_repr

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
    instructions: None | str = None
    """ Override the default system message of the assistant. This is useful for modifying the behavior on a per-run
    basis. """
    max_completion_tokens: int | None = None
    """ The maximum number of completion tokens that may be used over the course of the run. The run will make a
    best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run
    exceeds the number of completion tokens specified, the run will end with status `incomplete`. See
    `incomplete_details` for more info.
     """
    max_prompt_tokens: int | None = None
    """ The maximum number of prompt tokens that may be used over the course of the run. The run will make a best
    effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds
    the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for
    more info.
     """
    metadata: CreateThreadAndRunRequestMetadata | None = None
    """ Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format. Keys can be a maximum of 64 characters long and values can
    be a maximum of 512 characters long.
     """
    model: None | str = None
    """ The ID of the [Model](/docs/api-reference/models) to be used to execute this run. If a value is provided
    here, it will override the model associated with the assistant. If not, the model associated with the assistant
    will be used. """
    response_format: AssistantsApiResponseFormat | AssistantsApiResponseFormatMode | None = None
    stream: bool | None = None
    """ If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the
    Run enters a terminal state with a `data: [DONE]` message.
     """
    stream_options: ChatCompletionStreamOptions | None = None
    temperature: float | None = None
    """ What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random,
    while lower values like 0.2 will make it more focused and deterministic.
     """
    thread: CreateThreadRequest | None = None
    tool_choice: AssistantsApiToolChoiceMode | AssistantsNamedToolChoice | None = None
    tool_resources: CreateThreadAndRunRequestToolResources | None = None
    """ A set of resources that are used by the assistant's tools. The resources are specific to the type of tool.
    For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a
    list of vector store IDs.
     """
    tools: list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | UnknownTypeVariant] | None = (
        None
    )
    """ Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-
    run basis. """
    top_p: float | None = None
    """ An alternative to sampling with temperature, called nucleus sampling, where the model considers the results
    of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass
    are considered.

    We generally recommend altering this or temperature but not both.
     """
    truncation_strategy: None | TruncationObject = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        assistant_id = self.assistant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assistant_id": assistant_id,
            }
        )
        if self.instructions is not None:
            instructions: None | str
            instructions = self.instructions
            field_dict["instructions"] = instructions
        if self.max_completion_tokens is not None:
            max_completion_tokens: int | None
            max_completion_tokens = self.max_completion_tokens
            field_dict["max_completion_tokens"] = max_completion_tokens
        if self.max_prompt_tokens is not None:
            max_prompt_tokens: int | None
            max_prompt_tokens = self.max_prompt_tokens
            field_dict["max_prompt_tokens"] = max_prompt_tokens
        if self.metadata is not None:
            metadata: dict[str, Any] | None
            if isinstance(self.metadata, CreateThreadAndRunRequestMetadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
            field_dict["metadata"] = metadata
        if self.model is not None:
            model: None | str
            model = self.model
            field_dict["model"] = model
        if self.response_format is not None:
            response_format: dict[str, Any] | None | str
            if isinstance(self.response_format, AssistantsApiResponseFormatMode):
                response_format = self.response_format
            elif isinstance(self.response_format, AssistantsApiResponseFormat):
                response_format = self.response_format.to_dict()
            else:
                response_format = self.response_format
            field_dict["response_format"] = response_format
        if self.stream is not None:
            stream: bool | None
            stream = self.stream
            field_dict["stream"] = stream
        if self.stream_options is not None:
            stream_options: dict[str, Any] | None
            if isinstance(self.stream_options, ChatCompletionStreamOptions):
                stream_options = self.stream_options.to_dict()
            else:
                stream_options = self.stream_options
            field_dict["stream_options"] = stream_options
        if self.temperature is not None:
            temperature: float | None
            temperature = self.temperature
            field_dict["temperature"] = temperature
        if self.thread is not None:
            thread = self.thread.to_dict()
            field_dict["thread"] = thread
        if self.tool_choice is not None:
            tool_choice: dict[str, Any] | None | str
            if isinstance(self.tool_choice, AssistantsApiToolChoiceMode):
                tool_choice = self.tool_choice
            elif isinstance(self.tool_choice, AssistantsNamedToolChoice):
                tool_choice = self.tool_choice.to_dict()
            else:
                tool_choice = self.tool_choice
            field_dict["tool_choice"] = tool_choice
        if self.tool_resources is not None:
            tool_resources: dict[str, Any] | None
            if isinstance(self.tool_resources, CreateThreadAndRunRequestToolResources):
                tool_resources = self.tool_resources.to_dict()
            else:
                tool_resources = self.tool_resources
            field_dict["tool_resources"] = tool_resources
        if self.tools is not None:
            tools: list[dict[str, Any]] | None
            if isinstance(self.tools, list):
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
            field_dict["tools"] = tools
        if self.top_p is not None:
            top_p: float | None
            top_p = self.top_p
            field_dict["top_p"] = top_p
        if self.truncation_strategy is not None:
            truncation_strategy: dict[str, Any] | None
            if isinstance(self.truncation_strategy, TruncationObject):
                truncation_strategy = self.truncation_strategy.to_dict()
            else:
                truncation_strategy = self.truncation_strategy
            field_dict["truncation_strategy"] = truncation_strategy
        for name in self._nulls:
            field_dict.setdefault(name, None)

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """`to_dict()` as JSON text."""
        return model_json(self, indent)

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()
        assistant_id = d.pop("assistant_id")

        _instructions = d.pop("instructions", UNSET)
        instructions: None | str
        if _instructions is UNSET:
            instructions = None
        elif _instructions is None:
            instructions = None
            nulls += ("instructions",)
        else:
            _instructions_data = _instructions
            instructions = _instructions_data

        _max_completion_tokens = d.pop("max_completion_tokens", UNSET)
        max_completion_tokens: int | None
        if _max_completion_tokens is UNSET:
            max_completion_tokens = None
        elif _max_completion_tokens is None:
            max_completion_tokens = None
            nulls += ("max_completion_tokens",)
        else:
            _max_completion_tokens_data = _max_completion_tokens
            max_completion_tokens = _max_completion_tokens_data

        _max_prompt_tokens = d.pop("max_prompt_tokens", UNSET)
        max_prompt_tokens: int | None
        if _max_prompt_tokens is UNSET:
            max_prompt_tokens = None
        elif _max_prompt_tokens is None:
            max_prompt_tokens = None
            nulls += ("max_prompt_tokens",)
        else:
            _max_prompt_tokens_data = _max_prompt_tokens
            max_prompt_tokens = _max_prompt_tokens_data

        _metadata = d.pop("metadata", UNSET)
        metadata: CreateThreadAndRunRequestMetadata | None
        if _metadata is UNSET:
            metadata = None
        elif _metadata is None:
            metadata = None
            nulls += ("metadata",)
        else:
            _metadata_data = _metadata
            metadata_type_0 = CreateThreadAndRunRequestMetadata.from_dict(_metadata_data)

            metadata = metadata_type_0

        _model = d.pop("model", UNSET)
        model: None | str
        if _model is UNSET:
            model = None
        elif _model is None:
            model = None
            nulls += ("model",)
        else:
            _model_data = _model
            model = _model_data

        _response_format = d.pop("response_format", UNSET)
        response_format: AssistantsApiResponseFormat | AssistantsApiResponseFormatMode | None
        if _response_format is UNSET:
            response_format = None
        elif _response_format is None:
            response_format = None
            nulls += ("response_format",)
        else:

            def _parse_response_format(
                data: object,
            ) -> AssistantsApiResponseFormat | AssistantsApiResponseFormatMode | None:
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
                    componentsschemasassistants_api_response_format_option_type_1 = (
                        AssistantsApiResponseFormat.from_dict(data)
                    )

                    return componentsschemasassistants_api_response_format_option_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AssistantsApiResponseFormat | AssistantsApiResponseFormatMode | None, data)

            response_format = _parse_response_format(_response_format)

        _stream = d.pop("stream", UNSET)
        stream: bool | None
        if _stream is UNSET:
            stream = None
        elif _stream is None:
            stream = None
            nulls += ("stream",)
        else:
            _stream_data = _stream
            stream = _stream_data

        _stream_options = d.pop("stream_options", UNSET)
        stream_options: ChatCompletionStreamOptions | None
        if _stream_options is UNSET:
            stream_options = None
        elif _stream_options is None:
            stream_options = None
            nulls += ("stream_options",)
        else:
            _stream_options_data = _stream_options
            stream_options_type_0 = ChatCompletionStreamOptions.from_dict(_stream_options_data)

            stream_options = stream_options_type_0

        _temperature = d.pop("temperature", UNSET)
        temperature: float | None
        if _temperature is UNSET:
            temperature = None
        elif _temperature is None:
            temperature = None
            nulls += ("temperature",)
        else:
            _temperature_data = _temperature
            temperature = _temperature_data

        _thread = d.pop("thread", UNSET)
        thread: CreateThreadRequest | None
        if _thread is UNSET:
            thread = None
        elif _thread is None:
            thread = None
            nulls += ("thread",)
        else:
            thread = CreateThreadRequest.from_dict(_thread)

        _tool_choice = d.pop("tool_choice", UNSET)
        tool_choice: AssistantsApiToolChoiceMode | AssistantsNamedToolChoice | None
        if _tool_choice is UNSET:
            tool_choice = None
        elif _tool_choice is None:
            tool_choice = None
            nulls += ("tool_choice",)
        else:

            def _parse_tool_choice(data: object) -> AssistantsApiToolChoiceMode | AssistantsNamedToolChoice | None:
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
                    componentsschemasassistants_api_tool_choice_option_type_1 = AssistantsNamedToolChoice.from_dict(
                        data
                    )

                    return componentsschemasassistants_api_tool_choice_option_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AssistantsApiToolChoiceMode | AssistantsNamedToolChoice | None, data)

            tool_choice = _parse_tool_choice(_tool_choice)

        _tool_resources = d.pop("tool_resources", UNSET)
        tool_resources: CreateThreadAndRunRequestToolResources | None
        if _tool_resources is UNSET:
            tool_resources = None
        elif _tool_resources is None:
            tool_resources = None
            nulls += ("tool_resources",)
        else:
            _tool_resources_data = _tool_resources
            tool_resources_type_0 = CreateThreadAndRunRequestToolResources.from_dict(_tool_resources_data)

            tool_resources = tool_resources_type_0

        _tools = d.pop("tools", UNSET)
        tools: list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | UnknownTypeVariant] | None
        if _tools is UNSET:
            tools = None
        elif _tools is None:
            tools = None
            nulls += ("tools",)
        else:
            _tools_data = _tools
            tools_type_0 = []
            _tools_type_0 = _tools_data
            for tools_type_0_item_data in _tools_type_0:
                _tools_type_0_item_data = tools_type_0_item_data
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

        _top_p = d.pop("top_p", UNSET)
        top_p: float | None
        if _top_p is UNSET:
            top_p = None
        elif _top_p is None:
            top_p = None
            nulls += ("top_p",)
        else:
            _top_p_data = _top_p
            top_p = _top_p_data

        _truncation_strategy = d.pop("truncation_strategy", UNSET)
        truncation_strategy: None | TruncationObject
        if _truncation_strategy is UNSET:
            truncation_strategy = None
        elif _truncation_strategy is None:
            truncation_strategy = None
            nulls += ("truncation_strategy",)
        else:
            _truncation_strategy_data = _truncation_strategy
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
        if nulls:
            create_thread_and_run_request._nulls = nulls

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
