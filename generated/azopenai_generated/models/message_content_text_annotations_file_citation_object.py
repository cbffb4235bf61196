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
    from ..models.message_content_text_annotations_file_citation_object_file_citation import (
        MessageContentTextAnnotationsFileCitationObjectFileCitation,
    )


T = TypeVar("T", bound="MessageContentTextAnnotationsFileCitationObject")


@_attrs_define
class MessageContentTextAnnotationsFileCitationObject:
    """A citation within the message that points to a specific quote from a specific File associated with the assistant or
    the message. Generated when the assistant uses the "retrieval" tool to search files.

    """

    end_index: int
    file_citation: MessageContentTextAnnotationsFileCitationObjectFileCitation
    start_index: int
    text: str
    """ The text in the message content that needs to be replaced. """
    type_: Literal["file_citation"] = "file_citation"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        end_index = self.end_index

        file_citation = self.file_citation.to_dict()

        start_index = self.start_index

        text = self.text

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end_index": end_index,
                "file_citation": file_citation,
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

        file_citation = MessageContentTextAnnotationsFileCitationObjectFileCitation.from_dict(d.pop("file_citation"))

        start_index = d.pop("start_index")

        text = d.pop("text")

        type_ = cast(Literal["file_citation"], d.pop("type"))
        if type_ != "file_citation":
            raise ValueError(f"type must match const 'file_citation', got '{type_}'")

        message_content_text_annotations_file_citation_object = cls(
            end_index=end_index,
            file_citation=file_citation,
            start_index=start_index,
            text=text,
            type_=type_,
        )

        message_content_text_annotations_file_citation_object.additional_properties = d
        return message_content_text_annotations_file_citation_object

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


from ..models.message_content_text_annotations_file_citation_object_file_citation import (
    MessageContentTextAnnotationsFileCitationObjectFileCitation,  # noqa: E402
)
