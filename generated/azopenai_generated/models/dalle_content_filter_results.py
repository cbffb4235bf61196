from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.content_filter_severity_result import ContentFilterSeverityResult


T = TypeVar("T", bound="DalleContentFilterResults")


@_attrs_define
class DalleContentFilterResults:
    """Information about the content filtering results."""

    hate: ContentFilterSeverityResult | None = None
    self_harm: ContentFilterSeverityResult | None = None
    sexual: ContentFilterSeverityResult | None = None
    violence: ContentFilterSeverityResult | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.hate is not None:
            hate = self.hate.to_dict()
            field_dict["hate"] = hate
        if self.self_harm is not None:
            self_harm = self.self_harm.to_dict()
            field_dict["self_harm"] = self_harm
        if self.sexual is not None:
            sexual = self.sexual.to_dict()
            field_dict["sexual"] = sexual
        if self.violence is not None:
            violence = self.violence.to_dict()
            field_dict["violence"] = violence
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
        _hate = d.pop("hate", UNSET)
        hate: ContentFilterSeverityResult | None
        if _hate is UNSET:
            hate = None
        elif _hate is None:
            hate = None
            nulls += ("hate",)
        else:
            hate = ContentFilterSeverityResult.from_dict(_hate)

        _self_harm = d.pop("self_harm", UNSET)
        self_harm: ContentFilterSeverityResult | None
        if _self_harm is UNSET:
            self_harm = None
        elif _self_harm is None:
            self_harm = None
            nulls += ("self_harm",)
        else:
            self_harm = ContentFilterSeverityResult.from_dict(_self_harm)

        _sexual = d.pop("sexual", UNSET)
        sexual: ContentFilterSeverityResult | None
        if _sexual is UNSET:
            sexual = None
        elif _sexual is None:
            sexual = None
            nulls += ("sexual",)
        else:
            sexual = ContentFilterSeverityResult.from_dict(_sexual)

        _violence = d.pop("violence", UNSET)
        violence: ContentFilterSeverityResult | None
        if _violence is UNSET:
            violence = None
        elif _violence is None:
            violence = None
            nulls += ("violence",)
        else:
            violence = ContentFilterSeverityResult.from_dict(_violence)

        dalle_content_filter_results = cls(
            hate=hate,
            self_harm=self_harm,
            sexual=sexual,
            violence=violence,
        )
        if nulls:
            dalle_content_filter_results._nulls = nulls

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
