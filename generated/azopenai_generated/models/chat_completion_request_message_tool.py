from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_message_tool_role import (
    ChatCompletionRequestMessageToolRole,
)
from ..types import UNSET, model_json, model_repr

T = TypeVar("T", bound="ChatCompletionRequestMessageTool")


@_attrs_define
class ChatCompletionRequestMessageTool:
    role: ChatCompletionRequestMessageToolRole
    tool_call_id: str
    """ Tool call that this message is responding to. """
    content: None | str = None
    """ The contents of the message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        role = self.role

        tool_call_id = self.tool_call_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "tool_call_id": tool_call_id,
            }
        )
        if self.content is not None:
            content: None | str
            content = self.content
            field_dict["content"] = content
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
        role = ChatCompletionRequestMessageToolRole._value2member_map_.get(
            _role_value := d.pop("role")
        ) or ChatCompletionRequestMessageToolRole(_role_value)

        tool_call_id = d.pop("tool_call_id")

        _content = d.pop("content", UNSET)
        content: None | str
        if _content is UNSET:
            content = None
        elif _content is None:
            content = None
            nulls += ("content",)
        else:
            _content_data = _content
            content = _content_data

        chat_completion_request_message_tool = cls(
            role=role,
            tool_call_id=tool_call_id,
            content=content,
        )
        if nulls:
            chat_completion_request_message_tool._nulls = nulls

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
