from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.content_filter_detected_with_citation_result_citation import (
        ContentFilterDetectedWithCitationResultCitation,
    )


T = TypeVar("T", bound="ContentFilterDetectedWithCitationResult")


@_attrs_define
class ContentFilterDetectedWithCitationResult:
    detected: bool
    filtered: bool
    citation: ContentFilterDetectedWithCitationResultCitation | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        detected = self.detected

        filtered = self.filtered

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detected": detected,
                "filtered": filtered,
            }
        )
        if self.citation is not None:
            citation = self.citation.to_dict()
            field_dict["citation"] = citation
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
        detected = d.pop("detected")

        filtered = d.pop("filtered")

        _citation = d.pop("citation", UNSET)
        citation: ContentFilterDetectedWithCitationResultCitation | None
        if _citation is UNSET:
            citation = None
        elif _citation is None:
            citation = None
            nulls += ("citation",)
        else:
            citation = ContentFilterDetectedWithCitationResultCitation.from_dict(_citation)

        content_filter_detected_with_citation_result = cls(
            detected=detected,
            filtered=filtered,
            citation=citation,
        )
        if nulls:
            content_filter_detected_with_citation_result._nulls = nulls

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
