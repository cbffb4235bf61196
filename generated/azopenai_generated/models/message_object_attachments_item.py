from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.assistant_tools_code import AssistantToolsCode
    from ..models.assistant_tools_file_search_type_only import (
        AssistantToolsFileSearchTypeOnly,
    )
    from ..models.unknown_type_variant import UnknownTypeVariant


T = TypeVar("T", bound="MessageObjectAttachmentsItem")


@_attrs_define
class MessageObjectAttachmentsItem:
    file_id: str | None = None
    """ The ID of the file to attach to the message. """
    tools: list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownTypeVariant] | None = None
    """ The tools to add this file to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.file_id is not None:
            field_dict["file_id"] = self.file_id
        if self.tools is not None:
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

            field_dict["tools"] = tools
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
        _file_id = d.pop("file_id", UNSET)
        file_id: str | None
        if _file_id is UNSET:
            file_id = None
        elif _file_id is None:
            file_id = None
            nulls += ("file_id",)
        else:
            file_id = _file_id

        _tools = d.pop("tools", UNSET)
        tools: list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownTypeVariant] | None
        if _tools is UNSET:
            tools = None
        elif _tools is None:
            tools = None
            nulls += ("tools",)
        else:
            tools = []
            _tools = _tools
            for tools_item_data in _tools:
                _tools_item_data = tools_item_data
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
        if nulls:
            message_object_attachments_item._nulls = nulls

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
