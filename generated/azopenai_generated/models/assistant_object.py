from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistant_object_object import AssistantObjectObject
from ..models.assistants_api_response_format_mode import AssistantsApiResponseFormatMode
from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.assistant_object_metadata import AssistantObjectMetadata
    from ..models.assistant_object_tool_resources import AssistantObjectToolResources
    from ..models.assistant_tools_code import AssistantToolsCode
    from ..models.assistant_tools_file_search import AssistantToolsFileSearch
    from ..models.assistant_tools_function import AssistantToolsFunction
    from ..models.assistants_api_response_format import AssistantsApiResponseFormat
    from ..models.unknown_type_variant import UnknownTypeVariant


T = TypeVar("T", bound="AssistantObject")


@_attrs_define
class AssistantObject:
    """Represents an `assistant` that can call the model and use tools."""

    created_at: int
    """ The Unix timestamp (in seconds) for when the assistant was created. """
    id: str
    """ The identifier, which can be referenced in API endpoints. """
    model: str
    """ ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of
    your available models, or see our [Model overview](/docs/models/overview) for descriptions of them.
     """
    object_: AssistantObjectObject
    """ The object type, which is always `assistant`. """
    tools: list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | UnknownTypeVariant]
    """ A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of
    types `code_interpreter`, `file_search`, or `function`.
     """
    description: None | str = None
    """ The description of the assistant. The maximum length is 512 characters.
     """
    instructions: None | str = None
    """ The system instructions that the assistant uses. The maximum length is 256,000 characters.
     """
    metadata: AssistantObjectMetadata | None = None
    """ Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format. Keys can be a maximum of 64 characters long and values can
    be a maximum of 512 characters long.
     """
    name: None | str = None
    """ The name of the assistant. The maximum length is 256 characters.
     """
    response_format: AssistantsApiResponseFormat | AssistantsApiResponseFormatMode | None = None
    temperature: float | None = None
    """ What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random,
    while lower values like 0.2 will make it more focused and deterministic.
     """
    tool_resources: AssistantObjectToolResources | None = None
    """ A set of resources that are used by the assistant's tools. The resources are specific to the type of tool.
    For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a
    list of vector store IDs.
     """
    top_p: float | None = None
    """ An alternative to sampling with temperature, called nucleus sampling, where the model considers the results
    of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass
    are considered.

    We generally recommend altering this or temperature but not both.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        created_at = self.created_at

        id = self.id

        model = self.model

        object_ = self.object_

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
                "created_at": created_at,
                "id": id,
                "model": model,
                "object": object_,
                "tools": tools,
            }
        )
        if self.description is not None:
            description: None | str
            description = self.description
            field_dict["description"] = description
        if self.instructions is not None:
            instructions: None | str
            instructions = self.instructions
            field_dict["instructions"] = instructions
        if self.metadata is not None:
            metadata: dict[str, Any] | None
            if isinstance(self.metadata, AssistantObjectMetadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
            field_dict["metadata"] = metadata
        if self.name is not None:
            name: None | str
            name = self.name
            field_dict["name"] = name
        if self.response_format is not None:
            response_format: dict[str, Any] | None | str
            if isinstance(self.response_format, AssistantsApiResponseFormatMode):
                response_format = self.response_format
            elif isinstance(self.response_format, AssistantsApiResponseFormat):
                response_format = self.response_format.to_dict()
            else:
                response_format = self.response_format
            field_dict["response_format"] = response_format
        if self.temperature is not None:
            temperature: float | None
            temperature = self.temperature
            field_dict["temperature"] = temperature
        if self.tool_resources is not None:
            tool_resources = self.tool_resources.to_dict()
            field_dict["tool_resources"] = tool_resources
        if self.top_p is not None:
            top_p: float | None
            top_p = self.top_p
            field_dict["top_p"] = top_p
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
        created_at = d.pop("created_at")

        id = d.pop("id")

        model = d.pop("model")

        object_ = AssistantObjectObject._value2member_map_.get(
            _object__value := d.pop("object")
        ) or AssistantObjectObject(_object__value)

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

        _description = d.pop("description", UNSET)
        description: None | str
        if _description is UNSET:
            description = None
        elif _description is None:
            description = None
            nulls += ("description",)
        else:
            _description_data = _description
            description = _description_data

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

        _metadata = d.pop("metadata", UNSET)
        metadata: AssistantObjectMetadata | None
        if _metadata is UNSET:
            metadata = None
        elif _metadata is None:
            metadata = None
            nulls += ("metadata",)
        else:
            _metadata_data = _metadata
            metadata_type_0 = AssistantObjectMetadata.from_dict(_metadata_data)

            metadata = metadata_type_0

        _name = d.pop("name", UNSET)
        name: None | str
        if _name is UNSET:
            name = None
        elif _name is None:
            name = None
            nulls += ("name",)
        else:
            _name_data = _name
            name = _name_data

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

        _tool_resources = d.pop("tool_resources", UNSET)
        tool_resources: AssistantObjectToolResources | None
        if _tool_resources is UNSET:
            tool_resources = None
        elif _tool_resources is None:
            tool_resources = None
            nulls += ("tool_resources",)
        else:
            tool_resources = AssistantObjectToolResources.from_dict(_tool_resources)

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

        assistant_object = cls(
            created_at=created_at,
            id=id,
            model=model,
            object_=object_,
            tools=tools,
            description=description,
            instructions=instructions,
            metadata=metadata,
            name=name,
            response_format=response_format,
            temperature=temperature,
            tool_resources=tool_resources,
            top_p=top_p,
        )
        if nulls:
            assistant_object._nulls = nulls

        assistant_object.additional_properties = d
        return assistant_object

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


from ..models.assistant_object_metadata import AssistantObjectMetadata  # noqa: E402
from ..models.assistant_object_tool_resources import AssistantObjectToolResources  # noqa: E402
from ..models.assistant_tools_code import AssistantToolsCode  # noqa: E402
from ..models.assistant_tools_file_search import AssistantToolsFileSearch  # noqa: E402
from ..models.assistant_tools_function import AssistantToolsFunction  # noqa: E402
from ..models.assistants_api_response_format import AssistantsApiResponseFormat  # noqa: E402
from ..models.unknown_type_variant import UnknownTypeVariant  # noqa: E402
