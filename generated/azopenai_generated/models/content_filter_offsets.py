from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_json, model_repr

T = TypeVar("T", bound="ContentFilterOffsets")


@_attrs_define
class ContentFilterOffsets:
    """Where in the completion text an asynchronous content-filter result applies."""

    check_offset: int
    end_offset: int
    start_offset: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        check_offset = self.check_offset

        end_offset = self.end_offset

        start_offset = self.start_offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "check_offset": check_offset,
                "end_offset": end_offset,
                "start_offset": start_offset,
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
        check_offset = d.pop("check_offset")

        end_offset = d.pop("end_offset")

        start_offset = d.pop("start_offset")

        content_filter_offsets = cls(
            check_offset=check_offset,
            end_offset=end_offset,
            start_offset=start_offset,
        )

        content_filter_offsets.additional_properties = d
        return content_filter_offsets

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
