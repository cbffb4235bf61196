from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_filter_detailed_results import ContentFilterDetailedResults
    from ..models.content_filter_detected_result import ContentFilterDetectedResult
    from ..models.content_filter_severity_result import ContentFilterSeverityResult


T = TypeVar("T", bound="DalleFilterResults")


@_attrs_define
class DalleFilterResults:
    """Information about the content filtering category (hate, sexual, violence, self_harm), if it has been detected, as
    well as the severity level (very_low, low, medium, high-scale that determines the intensity and risk level of
    harmful content) and if it has been filtered or not. Information about jailbreak content and profanity, if it has
    been detected, and if it has been filtered or not. And information about customer block list, if it has been
    filtered and its id.

    """

    custom_blocklists: ContentFilterDetailedResults | Unset = UNSET
    """ Content filtering results with a detail of content filter ids for the filtered segments. """
    hate: ContentFilterSeverityResult | Unset = UNSET
    jailbreak: ContentFilterDetectedResult | Unset = UNSET
    profanity: ContentFilterDetectedResult | Unset = UNSET
    self_harm: ContentFilterSeverityResult | Unset = UNSET
    sexual: ContentFilterSeverityResult | Unset = UNSET
    violence: ContentFilterSeverityResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_blocklists: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_blocklists, Unset):
            custom_blocklists = self.custom_blocklists.to_dict()

        hate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hate, Unset):
            hate = self.hate.to_dict()

        jailbreak: dict[str, Any] | Unset = UNSET
        if not isinstance(self.jailbreak, Unset):
            jailbreak = self.jailbreak.to_dict()

        profanity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profanity, Unset):
            profanity = self.profanity.to_dict()

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
        if custom_blocklists is not UNSET:
            field_dict["custom_blocklists"] = custom_blocklists
        if hate is not UNSET:
            field_dict["hate"] = hate
        if jailbreak is not UNSET:
            field_dict["jailbreak"] = jailbreak
        if profanity is not UNSET:
            field_dict["profanity"] = profanity
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
        _custom_blocklists = d.pop("custom_blocklists", UNSET)
        custom_blocklists: ContentFilterDetailedResults | Unset
        if isinstance(_custom_blocklists, Unset):
            custom_blocklists = UNSET
        else:
            custom_blocklists = ContentFilterDetailedResults.from_dict(_custom_blocklists)

        _hate = d.pop("hate", UNSET)
        hate: ContentFilterSeverityResult | Unset
        if isinstance(_hate, Unset):
            hate = UNSET
        else:
            hate = ContentFilterSeverityResult.from_dict(_hate)

        _jailbreak = d.pop("jailbreak", UNSET)
        jailbreak: ContentFilterDetectedResult | Unset
        if isinstance(_jailbreak, Unset):
            jailbreak = UNSET
        else:
            jailbreak = ContentFilterDetectedResult.from_dict(_jailbreak)

        _profanity = d.pop("profanity", UNSET)
        profanity: ContentFilterDetectedResult | Unset
        if isinstance(_profanity, Unset):
            profanity = UNSET
        else:
            profanity = ContentFilterDetectedResult.from_dict(_profanity)

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

        dalle_filter_results = cls(
            custom_blocklists=custom_blocklists,
            hate=hate,
            jailbreak=jailbreak,
            profanity=profanity,
            self_harm=self_harm,
            sexual=sexual,
            violence=violence,
        )

        dalle_filter_results.additional_properties = d
        return dalle_filter_results

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


from ..models.content_filter_detailed_results import ContentFilterDetailedResults  # noqa: E402
from ..models.content_filter_detected_result import ContentFilterDetectedResult  # noqa: E402
from ..models.content_filter_severity_result import ContentFilterSeverityResult  # noqa: E402
