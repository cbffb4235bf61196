from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_message_tool_role import (
    ChatCompletionRequestMessageToolRole,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionRequestMessageTool")


@_attrs_define
class ChatCompletionRequestMessageTool:
    role: ChatCompletionRequestMessageToolRole
    tool_call_id: str
    """ Tool call that this message is responding to. """
    content: None | str | Unset = UNSET
    """ The contents of the message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        tool_call_id = self.tool_call_id

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "tool_call_id": tool_call_id,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = ChatCompletionRequestMessageToolRole._value2member_map_.get(
            _role_value := d.pop("role")
        ) or ChatCompletionRequestMessageToolRole(_role_value)

        tool_call_id = d.pop("tool_call_id")

        _content_data = d.pop("content", UNSET)
        content: None | str | Unset
        if _content_data is None or isinstance(_content_data, Unset):
            content = _content_data
        else:
            content = _content_data

        chat_completion_request_message_tool = cls(
            role=role,
            tool_call_id=tool_call_id,
            content=content,
        )

        chat_completion_request_message_tool.additional_properties = d
        return chat_completion_request_message_tool

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
