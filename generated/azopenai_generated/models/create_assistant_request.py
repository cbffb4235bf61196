from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistants_api_response_format_mode import AssistantsApiResponseFormatMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_tools_code import AssistantToolsCode
    from ..models.assistant_tools_file_search import AssistantToolsFileSearch
    from ..models.assistant_tools_function import AssistantToolsFunction
    from ..models.assistants_api_response_format import AssistantsApiResponseFormat
    from ..models.create_assistant_request_metadata import CreateAssistantRequestMetadata
    from ..models.create_assistant_request_tool_resources import (
        CreateAssistantRequestToolResources,
    )
    from ..models.unknown_type_variant import UnknownTypeVariant


T = TypeVar("T", bound="CreateAssistantRequest")


@_attrs_define
class CreateAssistantRequest:
    model: str
    """ ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of
    your available models, or see our [Model overview](/docs/models/overview) for descriptions of them.
     """
    description: None | str | Unset = UNSET
    """ The description of the assistant. The maximum length is 512 characters.
     """
    instructions: None | str | Unset = UNSET
    """ The system instructions that the assistant uses. The maximum length is 256,000 characters.
     """
    metadata: CreateAssistantRequestMetadata | None | Unset = UNSET
    """ Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format. Keys can be a maximum of 64 characters long and values can
    be a maximum of 512 characters long.
     """
    name: None | str | Unset = UNSET
    """ The name of the assistant. The maximum length is 256 characters.
     """
    response_format: AssistantsApiResponseFormat | AssistantsApiResponseFormatMode | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    """ What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random,
    while lower values like 0.2 will make it more focused and deterministic.
     """
    tool_resources: CreateAssistantRequestToolResources | None | Unset = UNSET
    """ A set of resources that are used by the assistant's tools. The resources are specific to the type of tool.
    For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a
    list of vector store IDs.
     """
    tools: list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | UnknownTypeVariant] | Unset = (
        UNSET
    )
    """ A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of
    types `code_interpreter`, `retrieval`, or `function`.
     """
    top_p: float | None | Unset = UNSET
    """ An alternative to sampling with temperature, called nucleus sampling, where the model considers the results
    of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass
    are considered.

    We generally recommend altering this or temperature but not both.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model: str
        model = self.model

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CreateAssistantRequestMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        response_format: dict[str, Any] | None | str | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, AssistantsApiResponseFormatMode):
            response_format = self.response_format
        elif isinstance(self.response_format, AssistantsApiResponseFormat):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        tool_resources: dict[str, Any] | None | Unset
        if isinstance(self.tool_resources, Unset):
            tool_resources = UNSET
        elif isinstance(self.tool_resources, CreateAssistantRequestToolResources):
            tool_resources = self.tool_resources.to_dict()
        else:
            tool_resources = self.tool_resources

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
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

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if name is not UNSET:
            field_dict["name"] = name
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if tool_resources is not UNSET:
            field_dict["tool_resources"] = tool_resources
        if tools is not UNSET:
            field_dict["tools"] = tools
        if top_p is not UNSET:
            field_dict["top_p"] = top_p

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _model_data = d.pop("model")
        model: str
        if True:
            model = _model_data

        _description_data = d.pop("description", UNSET)
        description: None | str | Unset
        if _description_data is None or isinstance(_description_data, Unset):
            description = _description_data
        else:
            description = _description_data

        _instructions_data = d.pop("instructions", UNSET)
        instructions: None | str | Unset
        if _instructions_data is None or isinstance(_instructions_data, Unset):
            instructions = _instructions_data
        else:
            instructions = _instructions_data

        _metadata_data = d.pop("metadata", UNSET)
        metadata: CreateAssistantRequestMetadata | None | Unset
        if _metadata_data is None or isinstance(_metadata_data, Unset):
            metadata = _metadata_data
        else:
            metadata_type_0 = CreateAssistantRequestMetadata.from_dict(_metadata_data)

            metadata = metadata_type_0

        _name_data = d.pop("name", UNSET)
        name: None | str | Unset
        if _name_data is None or isinstance(_name_data, Unset):
            name = _name_data
        else:
            name = _name_data

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

        _temperature_data = d.pop("temperature", UNSET)
        temperature: float | None | Unset
        if _temperature_data is None or isinstance(_temperature_data, Unset):
            temperature = _temperature_data
        else:
            temperature = _temperature_data

        _tool_resources_data = d.pop("tool_resources", UNSET)
        tool_resources: CreateAssistantRequestToolResources | None | Unset
        if _tool_resources_data is None or isinstance(_tool_resources_data, Unset):
            tool_resources = _tool_resources_data
        else:
            tool_resources_type_0 = CreateAssistantRequestToolResources.from_dict(_tool_resources_data)

            tool_resources = tool_resources_type_0

        _tools = d.pop("tools", UNSET)
        tools: (
            list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | UnknownTypeVariant] | Unset
        ) = UNSET
        if _tools is not UNSET:
            tools = []
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

        _top_p_data = d.pop("top_p", UNSET)
        top_p: float | None | Unset
        if _top_p_data is None or isinstance(_top_p_data, Unset):
            top_p = _top_p_data
        else:
            top_p = _top_p_data

        create_assistant_request = cls(
            model=model,
            description=description,
            instructions=instructions,
            metadata=metadata,
            name=name,
            response_format=response_format,
            temperature=temperature,
            tool_resources=tool_resources,
            tools=tools,
            top_p=top_p,
        )

        create_assistant_request.additional_properties = d
        return create_assistant_request

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
from ..models.create_assistant_request_metadata import CreateAssistantRequestMetadata  # noqa: E402
from ..models.create_assistant_request_tool_resources import (
    CreateAssistantRequestToolResources,  # noqa: E402
)
from ..models.unknown_type_variant import UnknownTypeVariant  # noqa: E402
