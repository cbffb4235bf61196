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
    end_index: int | None = None
    file_citation: MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation | None = None
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
        if self.file_citation is not None:
            file_citation = self.file_citation.to_dict()
            field_dict["file_citation"] = file_citation
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

        type_ = cast(Literal["file_citation"], d.pop("type"))
        if type_ != "file_citation":
            raise ValueError(f"type must match const 'file_citation', got '{type_}'")

        _end_index = d.pop("end_index", UNSET)
        end_index: int | None
        if _end_index is UNSET:
            end_index = None
        elif _end_index is None:
            end_index = None
            nulls += ("end_index",)
        else:
            end_index = _end_index

        _file_citation = d.pop("file_citation", UNSET)
        file_citation: MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation | None
        if _file_citation is UNSET:
            file_citation = None
        elif _file_citation is None:
            file_citation = None
            nulls += ("file_citation",)
        else:
            file_citation = MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation.from_dict(_file_citation)

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

        message_delta_content_text_annotations_file_citation_object = cls(
            index=index,
            type_=type_,
            end_index=end_index,
            file_citation=file_citation,
            start_index=start_index,
            text=text,
        )
        if nulls:
            message_delta_content_text_annotations_file_citation_object._nulls = nulls

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
