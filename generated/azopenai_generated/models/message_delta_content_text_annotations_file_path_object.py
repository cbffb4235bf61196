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
    from ..models.message_delta_content_text_annotations_file_path_object_file_path import (
        MessageDeltaContentTextAnnotationsFilePathObjectFilePath,
    )


T = TypeVar("T", bound="MessageDeltaContentTextAnnotationsFilePathObject")


@_attrs_define
class MessageDeltaContentTextAnnotationsFilePathObject:
    """A URL for the file that's generated when the assistant used the `code_interpreter` tool to generate a file."""

    index: int
    """ The index of the annotation in the text content part. """
    type_: Literal["file_path"] = "file_path"
    end_index: int | Unset = UNSET
    file_path: MessageDeltaContentTextAnnotationsFilePathObjectFilePath | Unset = UNSET
    start_index: int | Unset = UNSET
    text: str | Unset = UNSET
    """ The text in the message content that needs to be replaced. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        type_ = self.type_

        end_index = self.end_index

        file_path: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_path, Unset):
            file_path = self.file_path.to_dict()

        start_index = self.start_index

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "type": type_,
            }
        )
        if end_index is not UNSET:
            field_dict["end_index"] = end_index
        if file_path is not UNSET:
            field_dict["file_path"] = file_path
        if start_index is not UNSET:
            field_dict["start_index"] = start_index
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        type_ = cast(Literal["file_path"], d.pop("type"))
        if type_ != "file_path":
            raise ValueError(f"type must match const 'file_path', got '{type_}'")

        end_index = d.pop("end_index", UNSET)

        _file_path = d.pop("file_path", UNSET)
        file_path: MessageDeltaContentTextAnnotationsFilePathObjectFilePath | Unset
        if isinstance(_file_path, Unset):
            file_path = UNSET
        else:
            file_path = MessageDeltaContentTextAnnotationsFilePathObjectFilePath.from_dict(_file_path)

        start_index = d.pop("start_index", UNSET)

        text = d.pop("text", UNSET)

        message_delta_content_text_annotations_file_path_object = cls(
            index=index,
            type_=type_,
            end_index=end_index,
            file_path=file_path,
            start_index=start_index,
            text=text,
        )

        message_delta_content_text_annotations_file_path_object.additional_properties = d
        return message_delta_content_text_annotations_file_path_object

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


from ..models.message_delta_content_text_annotations_file_path_object_file_path import (
    MessageDeltaContentTextAnnotationsFilePathObjectFilePath,  # noqa: E402
)
