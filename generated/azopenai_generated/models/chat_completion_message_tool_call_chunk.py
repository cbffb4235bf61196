from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_message_tool_call_chunk_type import (
    ChatCompletionMessageToolCallChunkType,
)
from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.chat_completion_message_tool_call_chunk_function import (
        ChatCompletionMessageToolCallChunkFunction,
    )


T = TypeVar("T", bound="ChatCompletionMessageToolCallChunk")


@_attrs_define
class ChatCompletionMessageToolCallChunk:
    index: int
    function: ChatCompletionMessageToolCallChunkFunction | None = None
    id: str | None = None
    """ The ID of the tool call. """
    type_: ChatCompletionMessageToolCallChunkType | None = None
    """ The type of the tool. Currently, only `function` is supported. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        index = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
            }
        )
        if self.function is not None:
            function = self.function.to_dict()
            field_dict["function"] = function
        if self.id is not None:
            field_dict["id"] = self.id
        if self.type_ is not None:
            type_ = self.type_
            field_dict["type"] = type_
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
        index = d.pop("index")

        _function = d.pop("function", UNSET)
        function: ChatCompletionMessageToolCallChunkFunction | None
        if _function is UNSET:
            function = None
        elif _function is None:
            function = None
            nulls += ("function",)
        else:
            function = ChatCompletionMessageToolCallChunkFunction.from_dict(_function)

        _id = d.pop("id", UNSET)
        id: str | None
        if _id is UNSET:
            id = None
        elif _id is None:
            id = None
            nulls += ("id",)
        else:
            id = _id

        _type_ = d.pop("type", UNSET)
        type_: ChatCompletionMessageToolCallChunkType | None
        if _type_ is UNSET:
            type_ = None
        elif _type_ is None:
            type_ = None
            nulls += ("type",)
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
        if nulls:
            chat_completion_message_tool_call_chunk._nulls = nulls

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
