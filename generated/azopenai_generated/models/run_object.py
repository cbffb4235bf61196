from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistants_api_response_format_mode import AssistantsApiResponseFormatMode
from ..models.assistants_api_tool_choice_mode import AssistantsApiToolChoiceMode
from ..models.run_object_object import RunObjectObject
from ..models.run_object_status import RunObjectStatus
from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.assistant_tools_code import AssistantToolsCode
    from ..models.assistant_tools_file_search import AssistantToolsFileSearch
    from ..models.assistant_tools_function import AssistantToolsFunction
    from ..models.assistants_api_response_format import AssistantsApiResponseFormat
    from ..models.assistants_named_tool_choice import AssistantsNamedToolChoice
    from ..models.run_completion_usage import RunCompletionUsage
    from ..models.run_object_incomplete_details import RunObjectIncompleteDetails
    from ..models.run_object_last_error import RunObjectLastError
    from ..models.run_object_metadata import RunObjectMetadata
    from ..models.run_object_required_action import RunObjectRequiredAction
    from ..models.truncation_object import TruncationObject
    from ..models.unknown_type_variant import UnknownTypeVariant


T = TypeVar("T", bound="RunObject")


@_attrs_define
class RunObject:
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""

    assistant_id: str
    """ The ID of the assistant used for execution of this run. """
    created_at: int
    """ The Unix timestamp (in seconds) for when the run was created. """
    expires_at: int
    """ The Unix timestamp (in seconds) for when the run will expire. """
    id: str
    """ The identifier, which can be referenced in API endpoints. """
    instructions: str
    """ The instructions that the assistant used for this run. """
    model: str
    """ The model that the assistant used for this run. """
    object_: RunObjectObject
    """ The object type, which is always `thread.run`. """
    status: RunObjectStatus
    """ The status of the run, which can be either `queued`, `in_progress`, `requires_action`, `cancelling`,
    `cancelled`, `failed`, `completed`, or `expired`. """
    thread_id: str
    """ The ID of the [thread](/docs/api-reference/threads) that was executed on as a part of this run. """
    tools: list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | UnknownTypeVariant]
    """ The list of tools that the assistant used for this run. """
    cancelled_at: int | None = None
    """ The Unix timestamp (in seconds) for when the run was cancelled. """
    completed_at: int | None = None
    """ The Unix timestamp (in seconds) for when the run was completed. """
    failed_at: int | None = None
    """ The Unix timestamp (in seconds) for when the run failed. """
    incomplete_details: None | RunObjectIncompleteDetails = None
    """ Details on why the run is incomplete. Will be `null` if the run is not incomplete. """
    last_error: None | RunObjectLastError = None
    """ The last error associated with this run. Will be `null` if there are no errors. """
    max_completion_tokens: int | None = None
    """ The maximum number of completion tokens specified to have been used over the course of the run.
     """
    max_prompt_tokens: int | None = None
    """ The maximum number of prompt tokens specified to have been used over the course of the run.
     """
    metadata: None | RunObjectMetadata = None
    """ Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format. Keys can be a maximum of 64 characters long and values can
    be a maximum of 512 characters long.
     """
    parallel_tool_calls: bool | None = None
    required_action: None | RunObjectRequiredAction | UnknownTypeVariant = None
    """ Details on the action required to continue the run. Will be `null` if no action is required. """
    response_format: AssistantsApiResponseFormat | AssistantsApiResponseFormatMode | None = None
    started_at: int | None = None
    """ The Unix timestamp (in seconds) for when the run was started. """
    temperature: float | None = None
    """ The sampling temperature used for this run. If not set, defaults to 1. """
    tool_choice: AssistantsApiToolChoiceMode | AssistantsNamedToolChoice | None = None
    top_p: float | None = None
    """ The nucleus sampling value used for this run. If not set, defaults to 1. """
    truncation_strategy: None | TruncationObject = None
    usage: None | RunCompletionUsage = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        assistant_id = self.assistant_id

        created_at = self.created_at

        expires_at = self.expires_at

        id = self.id

        instructions = self.instructions

        model = self.model

        object_ = self.object_

        status = self.status

        thread_id = self.thread_id

        tools = []
        for tools_item_data in self.tools:
            tools_item: dict[str, Any]
            if isinstance(tools_item_data, AssistantToolsCode):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, AssistantToolsFileSearch):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, AssistantToolsFunction):
                tools_item = tools_item_data.to_dict()
            else:
                tools_item = tools_item_data.to_dict()

            tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assistant_id": assistant_id,
                "created_at": created_at,
                "expires_at": expires_at,
                "id": id,
                "instructions": instructions,
                "model": model,
                "object": object_,
                "status": status,
                "thread_id": thread_id,
                "tools": tools,
            }
        )
        if self.cancelled_at is not None:
            cancelled_at: int | None
            cancelled_at = self.cancelled_at
            field_dict["cancelled_at"] = cancelled_at
        if self.completed_at is not None:
            completed_at: int | None
            completed_at = self.completed_at
            field_dict["completed_at"] = completed_at
        if self.failed_at is not None:
            failed_at: int | None
            failed_at = self.failed_at
            field_dict["failed_at"] = failed_at
        if self.incomplete_details is not None:
            incomplete_details: dict[str, Any] | None
            if isinstance(self.incomplete_details, RunObjectIncompleteDetails):
                incomplete_details = self.incomplete_details.to_dict()
            else:
                incomplete_details = self.incomplete_details
            field_dict["incomplete_details"] = incomplete_details
        if self.last_error is not None:
            last_error: dict[str, Any] | None
            if isinstance(self.last_error, RunObjectLastError):
                last_error = self.last_error.to_dict()
            else:
                last_error = self.last_error
            field_dict["last_error"] = last_error
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
            if isinstance(self.metadata, RunObjectMetadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
            field_dict["metadata"] = metadata
        if self.parallel_tool_calls is not None:
            parallel_tool_calls: bool | None
            parallel_tool_calls = self.parallel_tool_calls
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if self.required_action is not None:
            required_action: dict[str, Any] | None
            if isinstance(self.required_action, RunObjectRequiredAction):
                required_action = self.required_action.to_dict()
            elif isinstance(self.required_action, UnknownTypeVariant):
                required_action = self.required_action.to_dict()
            else:
                required_action = self.required_action
            field_dict["required_action"] = required_action
        if self.response_format is not None:
            response_format: dict[str, Any] | None | str
            if isinstance(self.response_format, AssistantsApiResponseFormatMode):
                response_format = self.response_format
            elif isinstance(self.response_format, AssistantsApiResponseFormat):
                response_format = self.response_format.to_dict()
            else:
                response_format = self.response_format
            field_dict["response_format"] = response_format
        if self.started_at is not None:
            started_at: int | None
            started_at = self.started_at
            field_dict["started_at"] = started_at
        if self.temperature is not None:
            temperature: float | None
            temperature = self.temperature
            field_dict["temperature"] = temperature
        if self.tool_choice is not None:
            tool_choice: dict[str, Any] | None | str
            if isinstance(self.tool_choice, AssistantsApiToolChoiceMode):
                tool_choice = self.tool_choice
            elif isinstance(self.tool_choice, AssistantsNamedToolChoice):
                tool_choice = self.tool_choice.to_dict()
            else:
                tool_choice = self.tool_choice
            field_dict["tool_choice"] = tool_choice
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
        if self.usage is not None:
            usage: dict[str, Any] | None
            if isinstance(self.usage, RunCompletionUsage):
                usage = self.usage.to_dict()
            else:
                usage = self.usage
            field_dict["usage"] = usage
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

        created_at = d.pop("created_at")

        expires_at = d.pop("expires_at")

        id = d.pop("id")

        instructions = d.pop("instructions")

        model = d.pop("model")

        object_ = RunObjectObject._value2member_map_.get(_object__value := d.pop("object")) or RunObjectObject(
            _object__value
        )

        status = RunObjectStatus._value2member_map_.get(_status_value := d.pop("status")) or RunObjectStatus(
            _status_value
        )

        thread_id = d.pop("thread_id")

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            _tools_item_data = tools_item_data
            if not isinstance(_tools_item_data, dict):
                raise TypeError(f"tools_item: expected an object, got {type(_tools_item_data).__name__}")
            elif _tools_item_data.get("type") == "code_interpreter":
                tools_item = AssistantToolsCode.from_dict(_tools_item_data)
            elif _tools_item_data.get("type") == "file_search":
                tools_item = AssistantToolsFileSearch.from_dict(_tools_item_data)
            elif _tools_item_data.get("type") == "function":
                tools_item = AssistantToolsFunction.from_dict(_tools_item_data)
            else:
                tools_item = UnknownTypeVariant.from_dict(_tools_item_data)

            tools.append(tools_item)

        _cancelled_at = d.pop("cancelled_at", UNSET)
        cancelled_at: int | None
        if _cancelled_at is UNSET:
            cancelled_at = None
        elif _cancelled_at is None:
            cancelled_at = None
            nulls += ("cancelled_at",)
        else:
            _cancelled_at_data = _cancelled_at
            cancelled_at = _cancelled_at_data

        _completed_at = d.pop("completed_at", UNSET)
        completed_at: int | None
        if _completed_at is UNSET:
            completed_at = None
        elif _completed_at is None:
            completed_at = None
            nulls += ("completed_at",)
        else:
            _completed_at_data = _completed_at
            completed_at = _completed_at_data

        _failed_at = d.pop("failed_at", UNSET)
        failed_at: int | None
        if _failed_at is UNSET:
            failed_at = None
        elif _failed_at is None:
            failed_at = None
            nulls += ("failed_at",)
        else:
            _failed_at_data = _failed_at
            failed_at = _failed_at_data

        _incomplete_details = d.pop("incomplete_details", UNSET)
        incomplete_details: None | RunObjectIncompleteDetails
        if _incomplete_details is UNSET:
            incomplete_details = None
        elif _incomplete_details is None:
            incomplete_details = None
            nulls += ("incomplete_details",)
        else:
            _incomplete_details_data = _incomplete_details
            incomplete_details_type_0 = RunObjectIncompleteDetails.from_dict(_incomplete_details_data)

            incomplete_details = incomplete_details_type_0

        _last_error = d.pop("last_error", UNSET)
        last_error: None | RunObjectLastError
        if _last_error is UNSET:
            last_error = None
        elif _last_error is None:
            last_error = None
            nulls += ("last_error",)
        else:
            _last_error_data = _last_error
            last_error_type_0 = RunObjectLastError.from_dict(_last_error_data)

            last_error = last_error_type_0

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
        metadata: None | RunObjectMetadata
        if _metadata is UNSET:
            metadata = None
        elif _metadata is None:
            metadata = None
            nulls += ("metadata",)
        else:
            _metadata_data = _metadata
            metadata_type_0 = RunObjectMetadata.from_dict(_metadata_data)

            metadata = metadata_type_0

        _parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)
        parallel_tool_calls: bool | None
        if _parallel_tool_calls is UNSET:
            parallel_tool_calls = None
        elif _parallel_tool_calls is None:
            parallel_tool_calls = None
            nulls += ("parallel_tool_calls",)
        else:
            _parallel_tool_calls_data = _parallel_tool_calls
            parallel_tool_calls = _parallel_tool_calls_data

        _required_action = d.pop("required_action", UNSET)
        required_action: None | RunObjectRequiredAction | UnknownTypeVariant
        if _required_action is UNSET:
            required_action = None
        elif _required_action is None:
            required_action = None
            nulls += ("required_action",)
        else:
            _required_action_data = _required_action
            if not isinstance(_required_action_data, dict):
                raise TypeError(f"required_action: expected an object, got {type(_required_action_data).__name__}")
            elif _required_action_data.get("type") == "submit_tool_outputs":
                required_action = RunObjectRequiredAction.from_dict(_required_action_data)
            else:
                required_action = UnknownTypeVariant.from_dict(_required_action_data)

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

        _started_at = d.pop("started_at", UNSET)
        started_at: int | None
        if _started_at is UNSET:
            started_at = None
        elif _started_at is None:
            started_at = None
            nulls += ("started_at",)
        else:
            _started_at_data = _started_at
            started_at = _started_at_data

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

        _usage = d.pop("usage", UNSET)
        usage: None | RunCompletionUsage
        if _usage is UNSET:
            usage = None
        elif _usage is None:
            usage = None
            nulls += ("usage",)
        else:
            _usage_data = _usage
            usage_type_0 = RunCompletionUsage.from_dict(_usage_data)

            usage = usage_type_0

        run_object = cls(
            assistant_id=assistant_id,
            created_at=created_at,
            expires_at=expires_at,
            id=id,
            instructions=instructions,
            model=model,
            object_=object_,
            status=status,
            thread_id=thread_id,
            tools=tools,
            cancelled_at=cancelled_at,
            completed_at=completed_at,
            failed_at=failed_at,
            incomplete_details=incomplete_details,
            last_error=last_error,
            max_completion_tokens=max_completion_tokens,
            max_prompt_tokens=max_prompt_tokens,
            metadata=metadata,
            parallel_tool_calls=parallel_tool_calls,
            required_action=required_action,
            response_format=response_format,
            started_at=started_at,
            temperature=temperature,
            tool_choice=tool_choice,
            top_p=top_p,
            truncation_strategy=truncation_strategy,
            usage=usage,
        )
        if nulls:
            run_object._nulls = nulls

        run_object.additional_properties = d
        return run_object

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
from ..models.run_completion_usage import RunCompletionUsage  # noqa: E402
from ..models.run_object_incomplete_details import RunObjectIncompleteDetails  # noqa: E402
from ..models.run_object_last_error import RunObjectLastError  # noqa: E402
from ..models.run_object_metadata import RunObjectMetadata  # noqa: E402
from ..models.run_object_required_action import RunObjectRequiredAction  # noqa: E402
from ..models.truncation_object import TruncationObject  # noqa: E402
from ..models.unknown_type_variant import UnknownTypeVariant  # noqa: E402
