from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_filter_detected_with_citation_result_citation import (
        ContentFilterDetectedWithCitationResultCitation,
    )


T = TypeVar("T", bound="ContentFilterDetectedWithCitationResult")


@_attrs_define
class ContentFilterDetectedWithCitationResult:
    detected: bool
    filtered: bool
    citation: ContentFilterDetectedWithCitationResultCitation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detected = self.detected

        filtered = self.filtered

        citation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.citation, Unset):
            citation = self.citation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detected": detected,
                "filtered": filtered,
            }
        )
        if citation is not UNSET:
            field_dict["citation"] = citation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        detected = d.pop("detected")

        filtered = d.pop("filtered")

        _citation = d.pop("citation", UNSET)
        citation: ContentFilterDetectedWithCitationResultCitation | Unset
        if isinstance(_citation, Unset):
            citation = UNSET
        else:
            citation = ContentFilterDetectedWithCitationResultCitation.from_dict(_citation)

        content_filter_detected_with_citation_result = cls(
            detected=detected,
            filtered=filtered,
            citation=citation,
        )

        content_filter_detected_with_citation_result.additional_properties = d
        return content_filter_detected_with_citation_result

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


from ..models.content_filter_detected_with_citation_result_citation import (
    ContentFilterDetectedWithCitationResultCitation,  # noqa: E402
)
