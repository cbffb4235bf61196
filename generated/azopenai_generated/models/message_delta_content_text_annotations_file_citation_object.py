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
    from ..models.message_delta_content_text_annotations_file_citation_object_file_citation import (
        MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation,
    )


T = TypeVar("T", bound="MessageDeltaContentTextAnnotationsFileCitationObject")


@_attrs_define
class MessageDeltaContentTextAnnotationsFileCitationObject:
    """A citation within the message that points to a specific quote from a specific File associated with the assistant or
    the message. Generated when the assistant uses the "file_search" tool to search files.

    """

    index: int
    """ The index of the annotation in the text content part. """
    type_: Literal["file_citation"] = "file_citation"
    end_index: int | Unset = UNSET
    file_citation: MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation | Unset = UNSET
    start_index: int | Unset = UNSET
    text: str | Unset = UNSET
    """ The text in the message content that needs to be replaced. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        type_ = self.type_

        end_index = self.end_index

        file_citation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_citation, Unset):
            file_citation = self.file_citation.to_dict()

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
        if file_citation is not UNSET:
            field_dict["file_citation"] = file_citation
        if start_index is not UNSET:
            field_dict["start_index"] = start_index
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        type_ = cast(Literal["file_citation"], d.pop("type"))
        if type_ != "file_citation":
            raise ValueError(f"type must match const 'file_citation', got '{type_}'")

        end_index = d.pop("end_index", UNSET)

        _file_citation = d.pop("file_citation", UNSET)
        file_citation: MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation | Unset
        if isinstance(_file_citation, Unset):
            file_citation = UNSET
        else:
            file_citation = MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation.from_dict(_file_citation)

        start_index = d.pop("start_index", UNSET)

        text = d.pop("text", UNSET)

        message_delta_content_text_annotations_file_citation_object = cls(
            index=index,
            type_=type_,
            end_index=end_index,
            file_citation=file_citation,
            start_index=start_index,
            text=text,
        )

        message_delta_content_text_annotations_file_citation_object.additional_properties = d
        return message_delta_content_text_annotations_file_citation_object

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


from ..models.message_delta_content_text_annotations_file_citation_object_file_citation import (
    MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation,  # noqa: E402
)
