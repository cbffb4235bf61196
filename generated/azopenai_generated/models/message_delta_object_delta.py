from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_delta_object_delta_role import MessageDeltaObjectDeltaRole
from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.message_delta_content_image_file_object import (
        MessageDeltaContentImageFileObject,
    )
    from ..models.message_delta_content_text_object import MessageDeltaContentTextObject
    from ..models.unknown_type_variant import UnknownTypeVariant


T = TypeVar("T", bound="MessageDeltaObjectDelta")


@_attrs_define
class MessageDeltaObjectDelta:
    """The delta containing the fields that have changed on the Message."""

    content: list[MessageDeltaContentImageFileObject | MessageDeltaContentTextObject | UnknownTypeVariant] | None = None
    """ The content of the message in array of text and/or images. """
    role: MessageDeltaObjectDeltaRole | None = None
    """ The entity that produced the message. One of `user` or `assistant`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.content is not None:
            content = []
            for content_item_data in self.content:
                content_item: dict[str, Any]
                if isinstance(content_item_data, MessageDeltaContentImageFileObject):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, MessageDeltaContentTextObject):
                    content_item = content_item_data.to_dict()
                else:
                    content_item = content_item_data.to_dict()

                content.append(content_item)

            field_dict["content"] = content
        if self.role is not None:
            role = self.role
            field_dict["role"] = role
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
        _content = d.pop("content", UNSET)
        content: list[MessageDeltaContentImageFileObject | MessageDeltaContentTextObject | UnknownTypeVariant] | None
        if _content is UNSET:
            content = None
        elif _content is None:
            content = None
            nulls += ("content",)
        else:
            content = []
            _content = _content
            for content_item_data in _content:
                _content_item_data = content_item_data
                if not isinstance(_content_item_data, dict):
                    raise TypeError(f"content_item: expected an object, got {type(_content_item_data).__name__}")
                elif _content_item_data.get("type") == "image_file":
                    content_item = MessageDeltaContentImageFileObject.from_dict(_content_item_data)
                elif _content_item_data.get("type") == "text":
                    content_item = MessageDeltaContentTextObject.from_dict(_content_item_data)
                else:
                    content_item = UnknownTypeVariant.from_dict(_content_item_data)

                content.append(content_item)

        _role = d.pop("role", UNSET)
        role: MessageDeltaObjectDeltaRole | None
        if _role is UNSET:
            role = None
        elif _role is None:
            role = None
            nulls += ("role",)
        else:
            role = MessageDeltaObjectDeltaRole._value2member_map_.get(
                _role_value := _role
            ) or MessageDeltaObjectDeltaRole(_role_value)

        message_delta_object_delta = cls(
            content=content,
            role=role,
        )
        if nulls:
            message_delta_object_delta._nulls = nulls

        message_delta_object_delta.additional_properties = d
        return message_delta_object_delta

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


from ..models.message_delta_content_image_file_object import (
    MessageDeltaContentImageFileObject,  # noqa: E402
)
from ..models.message_delta_content_text_object import MessageDeltaContentTextObject  # noqa: E402
from ..models.unknown_type_variant import UnknownTypeVariant  # noqa: E402
