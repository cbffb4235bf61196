from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inner_error_code import InnerErrorCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dalle_filter_results import DalleFilterResults


T = TypeVar("T", bound="DalleInnerError")


@_attrs_define
class DalleInnerError:
    """Inner error with additional details."""

    code: InnerErrorCode | Unset = UNSET
    """ Error codes for the inner error object. """
    content_filter_results: DalleFilterResults | Unset = UNSET
    """ Information about the content filtering category (hate, sexual, violence, self_harm), if it has been
    detected, as well as the severity level (very_low, low, medium, high-scale that determines the intensity and
    risk level of harmful content) and if it has been filtered or not. Information about jailbreak content and
    profanity, if it has been detected, and if it has been filtered or not. And information about customer block
    list, if it has been filtered and its id. """
    revised_prompt: str | Unset = UNSET
    """ The prompt that was used to generate the image, if there was any revision to the prompt. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: str | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code

        content_filter_results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content_filter_results, Unset):
            content_filter_results = self.content_filter_results.to_dict()

        revised_prompt = self.revised_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if content_filter_results is not UNSET:
            field_dict["content_filter_results"] = content_filter_results
        if revised_prompt is not UNSET:
            field_dict["revised_prompt"] = revised_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _code = d.pop("code", UNSET)
        code: InnerErrorCode | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = InnerErrorCode._value2member_map_.get(_code_value := _code) or InnerErrorCode(_code_value)

        _content_filter_results = d.pop("content_filter_results", UNSET)
        content_filter_results: DalleFilterResults | Unset
        if isinstance(_content_filter_results, Unset):
            content_filter_results = UNSET
        else:
            content_filter_results = DalleFilterResults.from_dict(_content_filter_results)

        revised_prompt = d.pop("revised_prompt", UNSET)

        dalle_inner_error = cls(
            code=code,
            content_filter_results=content_filter_results,
            revised_prompt=revised_prompt,
        )

        dalle_inner_error.additional_properties = d
        return dalle_inner_error

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


from ..models.dalle_filter_results import DalleFilterResults  # noqa: E402
