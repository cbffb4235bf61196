from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

T = TypeVar("T", bound="ContentFilterDetectedWithCitationResultCitation")


@_attrs_define
class ContentFilterDetectedWithCitationResultCitation:
    url: str | None = None
    license_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.url is not None:
            field_dict["URL"] = self.url
        if self.license_ is not None:
            field_dict["license"] = self.license_
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
        _url = d.pop("URL", UNSET)
        url: str | None
        if _url is UNSET:
            url = None
        elif _url is None:
            url = None
            nulls += ("URL",)
        else:
            url = _url

        _license_ = d.pop("license", UNSET)
        license_: str | None
        if _license_ is UNSET:
            license_ = None
        elif _license_ is None:
            license_ = None
            nulls += ("license",)
        else:
            license_ = _license_

        content_filter_detected_with_citation_result_citation = cls(
            url=url,
            license_=license_,
        )
        if nulls:
            content_filter_detected_with_citation_result_citation._nulls = nulls

        content_filter_detected_with_citation_result_citation.additional_properties = d
        return content_filter_detected_with_citation_result_citation

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
