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
    from ..models.message_delta_content_image_file_object_image_file import (
        MessageDeltaContentImageFileObjectImageFile,
    )


T = TypeVar("T", bound="MessageDeltaContentImageFileObject")


@_attrs_define
class MessageDeltaContentImageFileObject:
    """References an image File in the content of a message."""

    index: int
    """ The index of the content part in the message. """
    type_: Literal["image_file"] = "image_file"
    image_file: MessageDeltaContentImageFileObjectImageFile | None = None
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
        if self.image_file is not None:
            image_file = self.image_file.to_dict()
            field_dict["image_file"] = image_file
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

        type_ = cast(Literal["image_file"], d.pop("type"))
        if type_ != "image_file":
            raise ValueError(f"type must match const 'image_file', got '{type_}'")

        _image_file = d.pop("image_file", UNSET)
        image_file: MessageDeltaContentImageFileObjectImageFile | None
        if _image_file is UNSET:
            image_file = None
        elif _image_file is None:
            image_file = None
            nulls += ("image_file",)
        else:
            image_file = MessageDeltaContentImageFileObjectImageFile.from_dict(_image_file)

        message_delta_content_image_file_object = cls(
            index=index,
            type_=type_,
            image_file=image_file,
        )
        if nulls:
            message_delta_content_image_file_object._nulls = nulls

        message_delta_content_image_file_object.additional_properties = d
        return message_delta_content_image_file_object

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


from ..models.message_delta_content_image_file_object_image_file import (
    MessageDeltaContentImageFileObjectImageFile,  # noqa: E402
)
