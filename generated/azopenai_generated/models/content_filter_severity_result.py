from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_filter_severity_result_severity import (
    ContentFilterSeverityResultSeverity,
)
from ..types import model_json, model_repr

T = TypeVar("T", bound="ContentFilterSeverityResult")


@_attrs_define
class ContentFilterSeverityResult:
    filtered: bool
    severity: ContentFilterSeverityResultSeverity
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        filtered = self.filtered

        severity = self.severity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filtered": filtered,
                "severity": severity,
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
        filtered = d.pop("filtered")

        severity = ContentFilterSeverityResultSeverity._value2member_map_.get(
            _severity_value := d.pop("severity")
        ) or ContentFilterSeverityResultSeverity(_severity_value)

        content_filter_severity_result = cls(
            filtered=filtered,
            severity=severity,
        )

        content_filter_severity_result.additional_properties = d
        return content_filter_severity_result

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
