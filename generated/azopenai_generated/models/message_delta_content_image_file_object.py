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

from ..types import UNSET, Unset

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
    image_file: MessageDeltaContentImageFileObjectImageFile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        type_ = self.type_

        image_file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_file, Unset):
            image_file = self.image_file.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "type": type_,
            }
        )
        if image_file is not UNSET:
            field_dict["image_file"] = image_file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        type_ = cast(Literal["image_file"], d.pop("type"))
        if type_ != "image_file":
            raise ValueError(f"type must match const 'image_file', got '{type_}'")

        _image_file = d.pop("image_file", UNSET)
        image_file: MessageDeltaContentImageFileObjectImageFile | Unset
        if isinstance(_image_file, Unset):
            image_file = UNSET
        else:
            image_file = MessageDeltaContentImageFileObjectImageFile.from_dict(_image_file)

        message_delta_content_image_file_object = cls(
            index=index,
            type_=type_,
            image_file=image_file,
        )

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
