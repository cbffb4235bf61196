from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_message_function_role import (
    ChatCompletionRequestMessageFunctionRole,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionRequestMessageFunction")


@_attrs_define
class ChatCompletionRequestMessageFunction:
    """Deprecated. Message that represents a function."""

    role: ChatCompletionRequestMessageFunctionRole
    """ The role of the messages author, in this case `function`. """
    content: None | str | Unset = UNSET
    """ The contents of the message. """
    name: str | Unset = UNSET
    """ The contents of the message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = ChatCompletionRequestMessageFunctionRole._value2member_map_.get(
            _role_value := d.pop("role")
        ) or ChatCompletionRequestMessageFunctionRole(_role_value)

        _content_data = d.pop("content", UNSET)
        content: None | str | Unset
        if _content_data is None or isinstance(_content_data, Unset):
            content = _content_data
        else:
            content = _content_data

        name = d.pop("name", UNSET)

        chat_completion_request_message_function = cls(
            role=role,
            content=content,
            name=name,
        )

        chat_completion_request_message_function.additional_properties = d
        return chat_completion_request_message_function

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
