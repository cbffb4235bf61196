from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_named_tool_choice_type import (
    ChatCompletionNamedToolChoiceType,
)
from ..types import model_json, model_repr

if TYPE_CHECKING:
    from ..models.chat_completion_named_tool_choice_function import (
        ChatCompletionNamedToolChoiceFunction,
    )


T = TypeVar("T", bound="ChatCompletionNamedToolChoice")


@_attrs_define
class ChatCompletionNamedToolChoice:
    """Specifies a tool the model should use. Use to force the model to call a specific function."""

    function: ChatCompletionNamedToolChoiceFunction
    type_: ChatCompletionNamedToolChoiceType
    """ The type of the tool. Currently, only `function` is supported. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        function = self.function.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "function": function,
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
        function = ChatCompletionNamedToolChoiceFunction.from_dict(d.pop("function"))

        type_ = ChatCompletionNamedToolChoiceType._value2member_map_.get(
            _type__value := d.pop("type")
        ) or ChatCompletionNamedToolChoiceType(_type__value)

        chat_completion_named_tool_choice = cls(
            function=function,
            type_=type_,
        )

        chat_completion_named_tool_choice.additional_properties = d
        return chat_completion_named_tool_choice

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


from ..models.chat_completion_named_tool_choice_function import (
    ChatCompletionNamedToolChoiceFunction,  # noqa: E402
)
