from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_json, model_repr

if TYPE_CHECKING:
    from ..models.message_content_text_annotations_file_citation_object import (
        MessageContentTextAnnotationsFileCitationObject,
    )
    from ..models.message_content_text_annotations_file_path_object import (
        MessageContentTextAnnotationsFilePathObject,
    )
    from ..models.unknown_type_variant import UnknownTypeVariant


T = TypeVar("T", bound="MessageContentTextObjectText")


@_attrs_define
class MessageContentTextObjectText:
    annotations: list[
        MessageContentTextAnnotationsFileCitationObject
        | MessageContentTextAnnotationsFilePathObject
        | UnknownTypeVariant
    ]
    value: str
    """ The data that makes up the text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        annotations = []
        for annotations_item_data in self.annotations:
            annotations_item: dict[str, Any]
            if isinstance(annotations_item_data, MessageContentTextAnnotationsFileCitationObject):
                annotations_item = annotations_item_data.to_dict()
            elif isinstance(annotations_item_data, MessageContentTextAnnotationsFilePathObject):
                annotations_item = annotations_item_data.to_dict()
            else:
                annotations_item = annotations_item_data.to_dict()

            annotations.append(annotations_item)

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotations": annotations,
                "value": value,
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
        annotations = []
        _annotations = d.pop("annotations")
        for annotations_item_data in _annotations:
            _annotations_item_data = annotations_item_data
            if not isinstance(_annotations_item_data, dict):
                raise TypeError(f"annotations_item: expected an object, got {type(_annotations_item_data).__name__}")
            elif _annotations_item_data.get("type") == "file_citation":
                annotations_item = MessageContentTextAnnotationsFileCitationObject.from_dict(_annotations_item_data)
            elif _annotations_item_data.get("type") == "file_path":
                annotations_item = MessageContentTextAnnotationsFilePathObject.from_dict(_annotations_item_data)
            else:
                annotations_item = UnknownTypeVariant.from_dict(_annotations_item_data)

            annotations.append(annotations_item)

        value = d.pop("value")

        message_content_text_object_text = cls(
            annotations=annotations,
            value=value,
        )

        message_content_text_object_text.additional_properties = d
        return message_content_text_object_text

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


from ..models.message_content_text_annotations_file_citation_object import (
    MessageContentTextAnnotationsFileCitationObject,  # noqa: E402
)
from ..models.message_content_text_annotations_file_path_object import (
    MessageContentTextAnnotationsFilePathObject,  # noqa: E402
)
from ..models.unknown_type_variant import UnknownTypeVariant  # noqa: E402
