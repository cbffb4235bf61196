from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.message_delta_content_text_object_text import (
        MessageDeltaContentTextObjectText,
    )


T = TypeVar("T", bound="MessageDeltaContentTextObject")


@_attrs_define
class MessageDeltaContentTextObject:
    """The text content that is part of a message."""

    index: int
    """ The index of the content part in the message. """
    type_: Literal["text"] = "text"
    text: MessageDeltaContentTextObjectText | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        index = self.index

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "type": type_,
            }
        )
        if self.text is not None:
            text = self.text.to_dict()
            field_dict["text"] = text
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

        type_ = cast(Literal["text"], d.pop("type"))
        if type_ != "text":
            raise ValueError(f"type must match const 'text', got '{type_}'")

        _text = d.pop("text", UNSET)
        text: MessageDeltaContentTextObjectText | None
        if _text is UNSET:
            text = None
        elif _text is None:
            text = None
            nulls += ("text",)
        else:
            text = MessageDeltaContentTextObjectText.from_dict(_text)

        message_delta_content_text_object = cls(
            index=index,
            type_=type_,
            text=text,
        )
        if nulls:
            message_delta_content_text_object._nulls = nulls

        message_delta_content_text_object.additional_properties = d
        return message_delta_content_text_object

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


from ..models.message_delta_content_text_object_text import (
    MessageDeltaContentTextObjectText,  # noqa: E402
)
