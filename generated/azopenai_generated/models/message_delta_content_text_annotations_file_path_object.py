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
    end_index: int | None = None
    file_path: MessageDeltaContentTextAnnotationsFilePathObjectFilePath | None = None
    start_index: int | None = None
    text: str | None = None
    """ The text in the message content that needs to be replaced. """
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
        if self.end_index is not None:
            field_dict["end_index"] = self.end_index
        if self.file_path is not None:
            file_path = self.file_path.to_dict()
            field_dict["file_path"] = file_path
        if self.start_index is not None:
            field_dict["start_index"] = self.start_index
        if self.text is not None:
            field_dict["text"] = self.text
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

        type_ = cast(Literal["file_path"], d.pop("type"))
        if type_ != "file_path":
            raise ValueError(f"type must match const 'file_path', got '{type_}'")

        _end_index = d.pop("end_index", UNSET)
        end_index: int | None
        if _end_index is UNSET:
            end_index = None
        elif _end_index is None:
            end_index = None
            nulls += ("end_index",)
        else:
            end_index = _end_index

        _file_path = d.pop("file_path", UNSET)
        file_path: MessageDeltaContentTextAnnotationsFilePathObjectFilePath | None
        if _file_path is UNSET:
            file_path = None
        elif _file_path is None:
            file_path = None
            nulls += ("file_path",)
        else:
            file_path = MessageDeltaContentTextAnnotationsFilePathObjectFilePath.from_dict(_file_path)

        _start_index = d.pop("start_index", UNSET)
        start_index: int | None
        if _start_index is UNSET:
            start_index = None
        elif _start_index is None:
            start_index = None
            nulls += ("start_index",)
        else:
            start_index = _start_index

        _text = d.pop("text", UNSET)
        text: str | None
        if _text is UNSET:
            text = None
        elif _text is None:
            text = None
            nulls += ("text",)
        else:
            text = _text

        message_delta_content_text_annotations_file_path_object = cls(
            index=index,
            type_=type_,
            end_index=end_index,
            file_path=file_path,
            start_index=start_index,
            text=text,
        )
        if nulls:
            message_delta_content_text_annotations_file_path_object._nulls = nulls

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
