from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionRequestFunctionMessage")


@_attrs_define
class ChatCompletionRequestFunctionMessage:
    name: str
    """ The name of the function to call. """
    role: Literal["function"] = "function"
    content: None | str | Unset = UNSET
    """ The contents of the function message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        role = self.role

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "role": role,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        role = cast(Literal["function"], d.pop("role"))
        if role != "function":
            raise ValueError(f"role must match const 'function', got '{role}'")

        _content_data = d.pop("content", UNSET)
        content: None | str | Unset
        if _content_data is None or isinstance(_content_data, Unset):
            content = _content_data
        else:
            content = _content_data

        chat_completion_request_function_message = cls(
            name=name,
            role=role,
            content=content,
        )

        chat_completion_request_function_message.additional_properties = d
        return chat_completion_request_function_message

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
