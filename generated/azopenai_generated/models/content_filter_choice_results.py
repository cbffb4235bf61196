from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_filter_detailed_results import ContentFilterDetailedResults
    from ..models.content_filter_detected_result import ContentFilterDetectedResult
    from ..models.content_filter_detected_with_citation_result import (
        ContentFilterDetectedWithCitationResult,
    )
    from ..models.content_filter_detected_with_completion_text_spans_result import (
        ContentFilterDetectedWithCompletionTextSpansResult,
    )
    from ..models.content_filter_severity_result import ContentFilterSeverityResult
    from ..models.error_base import ErrorBase


T = TypeVar("T", bound="ContentFilterChoiceResults")


@_attrs_define
class ContentFilterChoiceResults:
    """Information about the content filtering category (hate, sexual, violence, self_harm), if it has been detected, as
    well as the severity level (very_low, low, medium, high-scale that determines the intensity and risk level of
    harmful content) and if it has been filtered or not. Information about third party text and profanity, if it has
    been detected, and if it has been filtered or not. And information about customer block list, if it has been
    filtered and its id.

    """

    custom_blocklists: ContentFilterDetailedResults | Unset = UNSET
    """ Content filtering results with a detail of content filter ids for the filtered segments. """
    error: ErrorBase | Unset = UNSET
    hate: ContentFilterSeverityResult | Unset = UNSET
    profanity: ContentFilterDetectedResult | Unset = UNSET
    protected_material_code: ContentFilterDetectedWithCitationResult | Unset = UNSET
    protected_material_text: ContentFilterDetectedResult | Unset = UNSET
    self_harm: ContentFilterSeverityResult | Unset = UNSET
    sexual: ContentFilterSeverityResult | Unset = UNSET
    ungrounded_material: ContentFilterDetectedWithCompletionTextSpansResult | Unset = UNSET
    violence: ContentFilterSeverityResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_blocklists: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_blocklists, Unset):
            custom_blocklists = self.custom_blocklists.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        hate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hate, Unset):
            hate = self.hate.to_dict()

        profanity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profanity, Unset):
            profanity = self.profanity.to_dict()

        protected_material_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.protected_material_code, Unset):
            protected_material_code = self.protected_material_code.to_dict()

        protected_material_text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.protected_material_text, Unset):
            protected_material_text = self.protected_material_text.to_dict()

        self_harm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_harm, Unset):
            self_harm = self.self_harm.to_dict()

        sexual: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sexual, Unset):
            sexual = self.sexual.to_dict()

        ungrounded_material: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ungrounded_material, Unset):
            ungrounded_material = self.ungrounded_material.to_dict()

        violence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.violence, Unset):
            violence = self.violence.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_blocklists is not UNSET:
            field_dict["custom_blocklists"] = custom_blocklists
        if error is not UNSET:
            field_dict["error"] = error
        if hate is not UNSET:
            field_dict["hate"] = hate
        if profanity is not UNSET:
            field_dict["profanity"] = profanity
        if protected_material_code is not UNSET:
            field_dict["protected_material_code"] = protected_material_code
        if protected_material_text is not UNSET:
            field_dict["protected_material_text"] = protected_material_text
        if self_harm is not UNSET:
            field_dict["self_harm"] = self_harm
        if sexual is not UNSET:
            field_dict["sexual"] = sexual
        if ungrounded_material is not UNSET:
            field_dict["ungrounded_material"] = ungrounded_material
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

        _error = d.pop("error", UNSET)
        error: ErrorBase | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ErrorBase.from_dict(_error)

        _hate = d.pop("hate", UNSET)
        hate: ContentFilterSeverityResult | Unset
        if isinstance(_hate, Unset):
            hate = UNSET
        else:
            hate = ContentFilterSeverityResult.from_dict(_hate)

        _profanity = d.pop("profanity", UNSET)
        profanity: ContentFilterDetectedResult | Unset
        if isinstance(_profanity, Unset):
            profanity = UNSET
        else:
            profanity = ContentFilterDetectedResult.from_dict(_profanity)

        _protected_material_code = d.pop("protected_material_code", UNSET)
        protected_material_code: ContentFilterDetectedWithCitationResult | Unset
        if isinstance(_protected_material_code, Unset):
            protected_material_code = UNSET
        else:
            protected_material_code = ContentFilterDetectedWithCitationResult.from_dict(_protected_material_code)

        _protected_material_text = d.pop("protected_material_text", UNSET)
        protected_material_text: ContentFilterDetectedResult | Unset
        if isinstance(_protected_material_text, Unset):
            protected_material_text = UNSET
        else:
            protected_material_text = ContentFilterDetectedResult.from_dict(_protected_material_text)

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

        _ungrounded_material = d.pop("ungrounded_material", UNSET)
        ungrounded_material: ContentFilterDetectedWithCompletionTextSpansResult | Unset
        if isinstance(_ungrounded_material, Unset):
            ungrounded_material = UNSET
        else:
            ungrounded_material = ContentFilterDetectedWithCompletionTextSpansResult.from_dict(_ungrounded_material)

        _violence = d.pop("violence", UNSET)
        violence: ContentFilterSeverityResult | Unset
        if isinstance(_violence, Unset):
            violence = UNSET
        else:
            violence = ContentFilterSeverityResult.from_dict(_violence)

        content_filter_choice_results = cls(
            custom_blocklists=custom_blocklists,
            error=error,
            hate=hate,
            profanity=profanity,
            protected_material_code=protected_material_code,
            protected_material_text=protected_material_text,
            self_harm=self_harm,
            sexual=sexual,
            ungrounded_material=ungrounded_material,
            violence=violence,
        )

        content_filter_choice_results.additional_properties = d
        return content_filter_choice_results

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
from ..models.content_filter_detected_with_citation_result import (
    ContentFilterDetectedWithCitationResult,  # noqa: E402
)
from ..models.content_filter_detected_with_completion_text_spans_result import (
    ContentFilterDetectedWithCompletionTextSpansResult,  # noqa: E402
)
from ..models.content_filter_severity_result import ContentFilterSeverityResult  # noqa: E402
from ..models.error_base import ErrorBase  # noqa: E402
