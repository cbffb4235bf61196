from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

T = TypeVar("T", bound="MessageDeltaContentImageFileObjectImageFile")


@_attrs_define
class MessageDeltaContentImageFileObjectImageFile:
    file_id: str | None = None
    """ The File ID of the image in the message content. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.file_id is not None:
            field_dict["file_id"] = self.file_id
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
        _file_id = d.pop("file_id", UNSET)
        file_id: str | None
        if _file_id is UNSET:
            file_id = None
        elif _file_id is None:
            file_id = None
            nulls += ("file_id",)
        else:
            file_id = _file_id

        message_delta_content_image_file_object_image_file = cls(
            file_id=file_id,
        )
        if nulls:
            message_delta_content_image_file_object_image_file._nulls = nulls

        message_delta_content_image_file_object_image_file.additional_properties = d
        return message_delta_content_image_file_object_image_file

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
