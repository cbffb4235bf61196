from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_message_tool_call_chunk_type import (
    ChatCompletionMessageToolCallChunkType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_message_tool_call_chunk_function import (
        ChatCompletionMessageToolCallChunkFunction,
    )


T = TypeVar("T", bound="ChatCompletionMessageToolCallChunk")


@_attrs_define
class ChatCompletionMessageToolCallChunk:
    index: int
    function: ChatCompletionMessageToolCallChunkFunction | Unset = UNSET
    id: str | Unset = UNSET
    """ The ID of the tool call. """
    type_: ChatCompletionMessageToolCallChunkType | Unset = UNSET
    """ The type of the tool. Currently, only `function` is supported. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        function: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function, Unset):
            function = self.function.to_dict()

        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
            }
        )
        if function is not UNSET:
            field_dict["function"] = function
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        _function = d.pop("function", UNSET)
        function: ChatCompletionMessageToolCallChunkFunction | Unset
        if isinstance(_function, Unset):
            function = UNSET
        else:
            function = ChatCompletionMessageToolCallChunkFunction.from_dict(_function)

        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ChatCompletionMessageToolCallChunkType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ChatCompletionMessageToolCallChunkType._value2member_map_.get(
                _type__value := _type_
            ) or ChatCompletionMessageToolCallChunkType(_type__value)

        chat_completion_message_tool_call_chunk = cls(
            index=index,
            function=function,
            id=id,
            type_=type_,
        )

        chat_completion_message_tool_call_chunk.additional_properties = d
        return chat_completion_message_tool_call_chunk

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


from ..models.chat_completion_message_tool_call_chunk_function import (
    ChatCompletionMessageToolCallChunkFunction,  # noqa: E402
)
