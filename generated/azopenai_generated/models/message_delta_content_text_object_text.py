from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.message_delta_content_text_annotations_file_citation_object import (
        MessageDeltaContentTextAnnotationsFileCitationObject,
    )
    from ..models.message_delta_content_text_annotations_file_path_object import (
        MessageDeltaContentTextAnnotationsFilePathObject,
    )
    from ..models.unknown_type_variant import UnknownTypeVariant


T = TypeVar("T", bound="MessageDeltaContentTextObjectText")


@_attrs_define
class MessageDeltaContentTextObjectText:
    annotations: (
        list[
            MessageDeltaContentTextAnnotationsFileCitationObject
            | MessageDeltaContentTextAnnotationsFilePathObject
            | UnknownTypeVariant
        ]
        | None
    ) = None
    value: str | None = None
    """ The data that makes up the text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.annotations is not None:
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item: dict[str, Any]
                if isinstance(annotations_item_data, MessageDeltaContentTextAnnotationsFileCitationObject):
                    annotations_item = annotations_item_data.to_dict()
                elif isinstance(annotations_item_data, MessageDeltaContentTextAnnotationsFilePathObject):
                    annotations_item = annotations_item_data.to_dict()
                else:
                    annotations_item = annotations_item_data.to_dict()

                annotations.append(annotations_item)

            field_dict["annotations"] = annotations
        if self.value is not None:
            field_dict["value"] = self.value
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
        _annotations = d.pop("annotations", UNSET)
        annotations: (
            list[
                MessageDeltaContentTextAnnotationsFileCitationObject
                | MessageDeltaContentTextAnnotationsFilePathObject
                | UnknownTypeVariant
            ]
            | None
        )
        if _annotations is UNSET:
            annotations = None
        elif _annotations is None:
            annotations = None
            nulls += ("annotations",)
        else:
            annotations = []
            _annotations = _annotations
            for annotations_item_data in _annotations:
                _annotations_item_data = annotations_item_data
                if not isinstance(_annotations_item_data, dict):
                    raise TypeError(
                        f"annotations_item: expected an object, got {type(_annotations_item_data).__name__}"
                    )
                elif _annotations_item_data.get("type") == "file_citation":
                    annotations_item = MessageDeltaContentTextAnnotationsFileCitationObject.from_dict(
                        _annotations_item_data
                    )
                elif _annotations_item_data.get("type") == "file_path":
                    annotations_item = MessageDeltaContentTextAnnotationsFilePathObject.from_dict(
                        _annotations_item_data
                    )
                else:
                    annotations_item = UnknownTypeVariant.from_dict(_annotations_item_data)

                annotations.append(annotations_item)

        _value = d.pop("value", UNSET)
        value: str | None
        if _value is UNSET:
            value = None
        elif _value is None:
            value = None
            nulls += ("value",)
        else:
            value = _value

        message_delta_content_text_object_text = cls(
            annotations=annotations,
            value=value,
        )
        if nulls:
            message_delta_content_text_object_text._nulls = nulls

        message_delta_content_text_object_text.additional_properties = d
        return message_delta_content_text_object_text

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


from ..models.message_delta_content_text_annotations_file_citation_object import (
    MessageDeltaContentTextAnnotationsFileCitationObject,  # noqa: E402
)
from ..models.message_delta_content_text_annotations_file_path_object import (
    MessageDeltaContentTextAnnotationsFilePathObject,  # noqa: E402
)
from ..models.unknown_type_variant import UnknownTypeVariant  # noqa: E402
