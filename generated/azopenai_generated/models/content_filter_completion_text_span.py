from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_json, model_repr

T = TypeVar("T", bound="ContentFilterCompletionTextSpan")


@_attrs_define
class ContentFilterCompletionTextSpan:
    """Describes a span within generated completion text.  Offset 0 is the first UTF32 code point of the completion text."""

    completion_end_offset: int
    """ Offset of the first UTF32 code point which is excluded from the span. This field is always equal to
    completion_start_offset for empty spans. This field is always larger than completion_start_offset for non-empty
    spans. """
    completion_start_offset: int
    """ Offset of the UTF32 code point which begins the span. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        completion_end_offset = self.completion_end_offset

        completion_start_offset = self.completion_start_offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completion_end_offset": completion_end_offset,
                "completion_start_offset": completion_start_offset,
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
        completion_end_offset = d.pop("completion_end_offset")

        completion_start_offset = d.pop("completion_start_offset")

        content_filter_completion_text_span = cls(
            completion_end_offset=completion_end_offset,
            completion_start_offset=completion_start_offset,
        )

        content_filter_completion_text_span.additional_properties = d
        return content_filter_completion_text_span

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
