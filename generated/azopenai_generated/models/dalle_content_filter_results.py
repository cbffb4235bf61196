from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_filter_severity_result import ContentFilterSeverityResult


T = TypeVar("T", bound="DalleContentFilterResults")


@_attrs_define
class DalleContentFilterResults:
    """Information about the content filtering results."""

    hate: ContentFilterSeverityResult | Unset = UNSET
    self_harm: ContentFilterSeverityResult | Unset = UNSET
    sexual: ContentFilterSeverityResult | Unset = UNSET
    violence: ContentFilterSeverityResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hate, Unset):
            hate = self.hate.to_dict()

        self_harm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_harm, Unset):
            self_harm = self.self_harm.to_dict()

        sexual: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sexual, Unset):
            sexual = self.sexual.to_dict()

        violence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.violence, Unset):
            violence = self.violence.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hate is not UNSET:
            field_dict["hate"] = hate
        if self_harm is not UNSET:
            field_dict["self_harm"] = self_harm
        if sexual is not UNSET:
            field_dict["sexual"] = sexual
        if violence is not UNSET:
            field_dict["violence"] = violence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _hate = d.pop("hate", UNSET)
        hate: ContentFilterSeverityResult | Unset
        if isinstance(_hate, Unset):
            hate = UNSET
        else:
            hate = ContentFilterSeverityResult.from_dict(_hate)

        _self_harm = d.pop("self_harm", UNSET)
        self_harm: ContentFilterSeverityResult | Unset
        if isinstance(_self_harm, Unset):
            self_harm = UNSET
        else:
            self_harm = ContentFilterSeverityResult.from_dict(_self_harm)

        _sexual = d.pop("sexual", UNSET)
        sexual: ContentFilterSeverityResult | Unset
        if isinstance(_sexual, Unset):
            sexual = UNSET
        else:
            sexual = ContentFilterSeverityResult.from_dict(_sexual)

        _violence = d.pop("violence", UNSET)
        violence: ContentFilterSeverityResult | Unset
        if isinstance(_violence, Unset):
            violence = UNSET
        else:
            violence = ContentFilterSeverityResult.from_dict(_violence)

        dalle_content_filter_results = cls(
            hate=hate,
            self_harm=self_harm,
            sexual=sexual,
            violence=violence,
        )

        dalle_content_filter_results.additional_properties = d
        return dalle_content_filter_results

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


from ..models.content_filter_severity_result import ContentFilterSeverityResult  # noqa: E402
