from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.content_filter_detailed_results import ContentFilterDetailedResults
    from ..models.content_filter_detected_result import ContentFilterDetectedResult
    from ..models.content_filter_severity_result import ContentFilterSeverityResult
    from ..models.error_base import ErrorBase


T = TypeVar("T", bound="ContentFilterPromptResults")


@_attrs_define
class ContentFilterPromptResults:
    """Information about the content filtering category (hate, sexual, violence, self_harm), if it has been detected, as
    well as the severity level (very_low, low, medium, high-scale that determines the intensity and risk level of
    harmful content) and if it has been filtered or not. Information about jailbreak content and profanity, if it has
    been detected, and if it has been filtered or not. And information about customer block list, if it has been
    filtered and its id.

    """

    custom_blocklists: ContentFilterDetailedResults | None = None
    """ Content filtering results with a detail of content filter ids for the filtered segments. """
    error: ErrorBase | None = None
    hate: ContentFilterSeverityResult | None = None
    indirect_attack: ContentFilterDetectedResult | None = None
    jailbreak: ContentFilterDetectedResult | None = None
    profanity: ContentFilterDetectedResult | None = None
    self_harm: ContentFilterSeverityResult | None = None
    sexual: ContentFilterSeverityResult | None = None
    violence: ContentFilterSeverityResult | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.custom_blocklists is not None:
            custom_blocklists = self.custom_blocklists.to_dict()
            field_dict["custom_blocklists"] = custom_blocklists
        if self.error is not None:
            error = self.error.to_dict()
            field_dict["error"] = error
        if self.hate is not None:
            hate = self.hate.to_dict()
            field_dict["hate"] = hate
        if self.indirect_attack is not None:
            indirect_attack = self.indirect_attack.to_dict()
            field_dict["indirect_attack"] = indirect_attack
        if self.jailbreak is not None:
            jailbreak = self.jailbreak.to_dict()
            field_dict["jailbreak"] = jailbreak
        if self.profanity is not None:
            profanity = self.profanity.to_dict()
            field_dict["profanity"] = profanity
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
        _custom_blocklists = d.pop("custom_blocklists", UNSET)
        custom_blocklists: ContentFilterDetailedResults | None
        if _custom_blocklists is UNSET:
            custom_blocklists = None
        elif _custom_blocklists is None:
            custom_blocklists = None
            nulls += ("custom_blocklists",)
        else:
            custom_blocklists = ContentFilterDetailedResults.from_dict(_custom_blocklists)

        _error = d.pop("error", UNSET)
        error: ErrorBase | None
        if _error is UNSET:
            error = None
        elif _error is None:
            error = None
            nulls += ("error",)
        else:
            error = ErrorBase.from_dict(_error)

        _hate = d.pop("hate", UNSET)
        hate: ContentFilterSeverityResult | None
        if _hate is UNSET:
            hate = None
        elif _hate is None:
            hate = None
            nulls += ("hate",)
        else:
            hate = ContentFilterSeverityResult.from_dict(_hate)

        _indirect_attack = d.pop("indirect_attack", UNSET)
        indirect_attack: ContentFilterDetectedResult | None
        if _indirect_attack is UNSET:
            indirect_attack = None
        elif _indirect_attack is None:
            indirect_attack = None
            nulls += ("indirect_attack",)
        else:
            indirect_attack = ContentFilterDetectedResult.from_dict(_indirect_attack)

        _jailbreak = d.pop("jailbreak", UNSET)
        jailbreak: ContentFilterDetectedResult | None
        if _jailbreak is UNSET:
            jailbreak = None
        elif _jailbreak is None:
            jailbreak = None
            nulls += ("jailbreak",)
        else:
            jailbreak = ContentFilterDetectedResult.from_dict(_jailbreak)

        _profanity = d.pop("profanity", UNSET)
        profanity: ContentFilterDetectedResult | None
        if _profanity is UNSET:
            profanity = None
        elif _profanity is None:
            profanity = None
            nulls += ("profanity",)
        else:
            profanity = ContentFilterDetectedResult.from_dict(_profanity)

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

        content_filter_prompt_results = cls(
            custom_blocklists=custom_blocklists,
            error=error,
            hate=hate,
            indirect_attack=indirect_attack,
            jailbreak=jailbreak,
            profanity=profanity,
            self_harm=self_harm,
            sexual=sexual,
            violence=violence,
        )
        if nulls:
            content_filter_prompt_results._nulls = nulls

        content_filter_prompt_results.additional_properties = d
        return content_filter_prompt_results

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
from ..models.error_base import ErrorBase  # noqa: E402
