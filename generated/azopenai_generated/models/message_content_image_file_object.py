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

from ..types import model_json, model_repr

if TYPE_CHECKING:
    from ..models.message_content_image_file_object_image_file import (
        MessageContentImageFileObjectImageFile,
    )


T = TypeVar("T", bound="MessageContentImageFileObject")


@_attrs_define
class MessageContentImageFileObject:
    """References an image File in the content of a message."""

    image_file: MessageContentImageFileObjectImageFile
    type_: Literal["image_file"] = "image_file"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        image_file = self.image_file.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_file": image_file,
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
        image_file = MessageContentImageFileObjectImageFile.from_dict(d.pop("image_file"))

        type_ = cast(Literal["image_file"], d.pop("type"))
        if type_ != "image_file":
            raise ValueError(f"type must match const 'image_file', got '{type_}'")

        message_content_image_file_object = cls(
            image_file=image_file,
            type_=type_,
        )

        message_content_image_file_object.additional_properties = d
        return message_content_image_file_object

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


from ..models.message_content_image_file_object_image_file import (
    MessageContentImageFileObjectImageFile,  # noqa: E402
)
