from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistants_api_response_format_mode import AssistantsApiResponseFormatMode
from ..models.assistants_api_tool_choice_mode import AssistantsApiToolChoiceMode
from ..models.run_object_object import RunObjectObject
from ..models.run_object_status import RunObjectStatus
from ..types import UNSET, Unset

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
    cancelled_at: int | None | Unset = UNSET
    """ The Unix timestamp (in seconds) for when the run was cancelled. """
    completed_at: int | None | Unset = UNSET
    """ The Unix timestamp (in seconds) for when the run was completed. """
    failed_at: int | None | Unset = UNSET
    """ The Unix timestamp (in seconds) for when the run failed. """
    incomplete_details: None | RunObjectIncompleteDetails | Unset = UNSET
    """ Details on why the run is incomplete. Will be `null` if the run is not incomplete. """
    last_error: None | RunObjectLastError | Unset = UNSET
    """ The last error associated with this run. Will be `null` if there are no errors. """
    max_completion_tokens: int | None | Unset = UNSET
    """ The maximum number of completion tokens specified to have been used over the course of the run.
     """
    max_prompt_tokens: int | None | Unset = UNSET
    """ The maximum number of prompt tokens specified to have been used over the course of the run.
     """
    metadata: None | RunObjectMetadata | Unset = UNSET
    """ Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format. Keys can be a maximum of 64 characters long and values can
    be a maximum of 512 characters long.
     """
    parallel_tool_calls: bool | None | Unset = UNSET
    required_action: None | RunObjectRequiredAction | UnknownTypeVariant | Unset = UNSET
    """ Details on the action required to continue the run. Will be `null` if no action is required. """
    response_format: AssistantsApiResponseFormat | AssistantsApiResponseFormatMode | None | Unset = UNSET
    started_at: int | None | Unset = UNSET
    """ The Unix timestamp (in seconds) for when the run was started. """
    temperature: float | None | Unset = UNSET
    """ The sampling temperature used for this run. If not set, defaults to 1. """
    tool_choice: AssistantsApiToolChoiceMode | AssistantsNamedToolChoice | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    """ The nucleus sampling value used for this run. If not set, defaults to 1. """
    truncation_strategy: None | TruncationObject | Unset = UNSET
    usage: None | RunCompletionUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        cancelled_at: int | None | Unset
        if isinstance(self.cancelled_at, Unset):
            cancelled_at = UNSET
        else:
            cancelled_at = self.cancelled_at

        completed_at: int | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        failed_at: int | None | Unset
        if isinstance(self.failed_at, Unset):
            failed_at = UNSET
        else:
            failed_at = self.failed_at

        incomplete_details: dict[str, Any] | None | Unset
        if isinstance(self.incomplete_details, Unset):
            incomplete_details = UNSET
        elif isinstance(self.incomplete_details, RunObjectIncompleteDetails):
            incomplete_details = self.incomplete_details.to_dict()
        else:
            incomplete_details = self.incomplete_details

        last_error: dict[str, Any] | None | Unset
        if isinstance(self.last_error, Unset):
            last_error = UNSET
        elif isinstance(self.last_error, RunObjectLastError):
            last_error = self.last_error.to_dict()
        else:
            last_error = self.last_error

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
        elif isinstance(self.metadata, RunObjectMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls

        required_action: dict[str, Any] | None | Unset
        if isinstance(self.required_action, Unset):
            required_action = UNSET
        elif isinstance(self.required_action, RunObjectRequiredAction):
            required_action = self.required_action.to_dict()
        elif isinstance(self.required_action, UnknownTypeVariant):
            required_action = self.required_action.to_dict()
        else:
            required_action = self.required_action

        response_format: dict[str, Any] | None | str | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, AssistantsApiResponseFormatMode):
            response_format = self.response_format
        elif isinstance(self.response_format, AssistantsApiResponseFormat):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format

        started_at: int | None | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        tool_choice: dict[str, Any] | None | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, AssistantsApiToolChoiceMode):
            tool_choice = self.tool_choice
        elif isinstance(self.tool_choice, AssistantsNamedToolChoice):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

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

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, RunCompletionUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

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
        if cancelled_at is not UNSET:
            field_dict["cancelled_at"] = cancelled_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if failed_at is not UNSET:
            field_dict["failed_at"] = failed_at
        if incomplete_details is not UNSET:
            field_dict["incomplete_details"] = incomplete_details
        if last_error is not UNSET:
            field_dict["last_error"] = last_error
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if max_prompt_tokens is not UNSET:
            field_dict["max_prompt_tokens"] = max_prompt_tokens
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if required_action is not UNSET:
            field_dict["required_action"] = required_action
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if truncation_strategy is not UNSET:
            field_dict["truncation_strategy"] = truncation_strategy
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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
            tools_item: AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | UnknownTypeVariant
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

        _cancelled_at_data = d.pop("cancelled_at", UNSET)
        cancelled_at: int | None | Unset
        if _cancelled_at_data is None or isinstance(_cancelled_at_data, Unset):
            cancelled_at = _cancelled_at_data
        else:
            cancelled_at = _cancelled_at_data

        _completed_at_data = d.pop("completed_at", UNSET)
        completed_at: int | None | Unset
        if _completed_at_data is None or isinstance(_completed_at_data, Unset):
            completed_at = _completed_at_data
        else:
            completed_at = _completed_at_data

        _failed_at_data = d.pop("failed_at", UNSET)
        failed_at: int | None | Unset
        if _failed_at_data is None or isinstance(_failed_at_data, Unset):
            failed_at = _failed_at_data
        else:
            failed_at = _failed_at_data

        _incomplete_details_data = d.pop("incomplete_details", UNSET)
        incomplete_details: None | RunObjectIncompleteDetails | Unset
        if _incomplete_details_data is None or isinstance(_incomplete_details_data, Unset):
            incomplete_details = _incomplete_details_data
        else:
            incomplete_details_type_0 = RunObjectIncompleteDetails.from_dict(_incomplete_details_data)

            incomplete_details = incomplete_details_type_0

        _last_error_data = d.pop("last_error", UNSET)
        last_error: None | RunObjectLastError | Unset
        if _last_error_data is None or isinstance(_last_error_data, Unset):
            last_error = _last_error_data
        else:
            last_error_type_0 = RunObjectLastError.from_dict(_last_error_data)

            last_error = last_error_type_0

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
        metadata: None | RunObjectMetadata | Unset
        if _metadata_data is None or isinstance(_metadata_data, Unset):
            metadata = _metadata_data
        else:
            metadata_type_0 = RunObjectMetadata.from_dict(_metadata_data)

            metadata = metadata_type_0

        _parallel_tool_calls_data = d.pop("parallel_tool_calls", UNSET)
        parallel_tool_calls: bool | None | Unset
        if _parallel_tool_calls_data is None or isinstance(_parallel_tool_calls_data, Unset):
            parallel_tool_calls = _parallel_tool_calls_data
        else:
            parallel_tool_calls = _parallel_tool_calls_data

        _required_action_data = d.pop("required_action", UNSET)
        required_action: None | RunObjectRequiredAction | UnknownTypeVariant | Unset
        if _required_action_data is None or isinstance(_required_action_data, Unset):
            required_action = _required_action_data
        elif not isinstance(_required_action_data, dict):
            raise TypeError(f"required_action: expected an object, got {type(_required_action_data).__name__}")
        elif _required_action_data.get("type") == "submit_tool_outputs":
            required_action = RunObjectRequiredAction.from_dict(_required_action_data)
        else:
            required_action = UnknownTypeVariant.from_dict(_required_action_data)

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

        _started_at_data = d.pop("started_at", UNSET)
        started_at: int | None | Unset
        if _started_at_data is None or isinstance(_started_at_data, Unset):
            started_at = _started_at_data
        else:
            started_at = _started_at_data

        _temperature_data = d.pop("temperature", UNSET)
        temperature: float | None | Unset
        if _temperature_data is None or isinstance(_temperature_data, Unset):
            temperature = _temperature_data
        else:
            temperature = _temperature_data

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

        _usage_data = d.pop("usage", UNSET)
        usage: None | RunCompletionUsage | Unset
        if _usage_data is None or isinstance(_usage_data, Unset):
            usage = _usage_data
        else:
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
