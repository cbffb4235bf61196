from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_tools_code import AssistantToolsCode
    from ..models.assistant_tools_file_search_type_only import (
        AssistantToolsFileSearchTypeOnly,
    )
    from ..models.unknown_type_variant import UnknownTypeVariant


T = TypeVar("T", bound="MessageObjectAttachmentsItem")


@_attrs_define
class MessageObjectAttachmentsItem:
    file_id: str | Unset = UNSET
    """ The ID of the file to attach to the message. """
    tools: list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownTypeVariant] | Unset = UNSET
    """ The tools to add this file to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, AssistantToolsCode):
                    tools_item = tools_item_data.to_dict()
                elif isinstance(tools_item_data, AssistantToolsFileSearchTypeOnly):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_id = d.pop("file_id", UNSET)

        _tools = d.pop("tools", UNSET)
        tools: list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownTypeVariant] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                _tools_item_data = tools_item_data
                tools_item: AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownTypeVariant
                if not isinstance(_tools_item_data, dict):
                    raise TypeError(f"tools_item: expected an object, got {type(_tools_item_data).__name__}")
                elif _tools_item_data.get("type") == "code_interpreter":
                    tools_item = AssistantToolsCode.from_dict(_tools_item_data)
                elif _tools_item_data.get("type") == "file_search":
                    tools_item = AssistantToolsFileSearchTypeOnly.from_dict(_tools_item_data)
                else:
                    tools_item = UnknownTypeVariant.from_dict(_tools_item_data)

                tools.append(tools_item)

        message_object_attachments_item = cls(
            file_id=file_id,
            tools=tools,
        )

        message_object_attachments_item.additional_properties = d
        return message_object_attachments_item

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
from ..models.assistant_tools_file_search_type_only import (
    AssistantToolsFileSearchTypeOnly,  # noqa: E402
)
from ..models.unknown_type_variant import UnknownTypeVariant  # noqa: E402
