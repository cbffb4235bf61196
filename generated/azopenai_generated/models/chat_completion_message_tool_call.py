from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_call_type import ToolCallType
from ..types import model_json, model_repr

if TYPE_CHECKING:
    from ..models.chat_completion_message_tool_call_function import (
        ChatCompletionMessageToolCallFunction,
    )


T = TypeVar("T", bound="ChatCompletionMessageToolCall")


@_attrs_define
class ChatCompletionMessageToolCall:
    function: ChatCompletionMessageToolCallFunction
    """ The function that the model called. """
    id: str
    """ The ID of the tool call. """
    type_: ToolCallType
    """ The type of the tool call, in this case `function`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        function = self.function.to_dict()

        id = self.id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "function": function,
                "id": id,
                "type": type_,
            }
        )

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """`to_dict()` as JSON text."""
        return model_json(self, indent)

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        function = ChatCompletionMessageToolCallFunction.from_dict(d.pop("function"))

        id = d.pop("id")

        type_ = ToolCallType._value2member_map_.get(_type__value := d.pop("type")) or ToolCallType(_type__value)

        chat_completion_message_tool_call = cls(
            function=function,
            id=id,
            type_=type_,
        )

        chat_completion_message_tool_call.additional_properties = d
        return chat_completion_message_tool_call

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


from ..models.chat_completion_message_tool_call_function import (
    ChatCompletionMessageToolCallFunction,  # noqa: E402
)
