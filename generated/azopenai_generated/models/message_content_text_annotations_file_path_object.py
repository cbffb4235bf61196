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
    from ..models.message_content_text_annotations_file_path_object_file_path import (
        MessageContentTextAnnotationsFilePathObjectFilePath,
    )


T = TypeVar("T", bound="MessageContentTextAnnotationsFilePathObject")


@_attrs_define
class MessageContentTextAnnotationsFilePathObject:
    """A URL for the file that's generated when the assistant used the `code_interpreter` tool to generate a file."""

    end_index: int
    file_path: MessageContentTextAnnotationsFilePathObjectFilePath
    start_index: int
    text: str
    """ The text in the message content that needs to be replaced. """
    type_: Literal["file_path"] = "file_path"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        end_index = self.end_index

        file_path = self.file_path.to_dict()

        start_index = self.start_index

        text = self.text

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end_index": end_index,
                "file_path": file_path,
                "start_index": start_index,
                "text": text,
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
        end_index = d.pop("end_index")

        file_path = MessageContentTextAnnotationsFilePathObjectFilePath.from_dict(d.pop("file_path"))

        start_index = d.pop("start_index")

        text = d.pop("text")

        type_ = cast(Literal["file_path"], d.pop("type"))
        if type_ != "file_path":
            raise ValueError(f"type must match const 'file_path', got '{type_}'")

        message_content_text_annotations_file_path_object = cls(
            end_index=end_index,
            file_path=file_path,
            start_index=start_index,
            text=text,
            type_=type_,
        )

        message_content_text_annotations_file_path_object.additional_properties = d
        return message_content_text_annotations_file_path_object

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


from ..models.message_content_text_annotations_file_path_object_file_path import (
    MessageContentTextAnnotationsFilePathObjectFilePath,  # noqa: E402
)
