from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.content_filter_prompt_results import ContentFilterPromptResults


T = TypeVar("T", bound="PromptFilterResult")


@_attrs_define
class PromptFilterResult:
    """Content filtering results for a single prompt in the request."""

    content_filter_results: ContentFilterPromptResults | None = None
    """ Information about the content filtering category (hate, sexual, violence, self_harm), if it has been
    detected, as well as the severity level (very_low, low, medium, high-scale that determines the intensity and
    risk level of harmful content) and if it has been filtered or not. Information about jailbreak content and
    profanity, if it has been detected, and if it has been filtered or not. And information about customer block
    list, if it has been filtered and its id. """
    prompt_index: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.content_filter_results is not None:
            content_filter_results = self.content_filter_results.to_dict()
            field_dict["content_filter_results"] = content_filter_results
        if self.prompt_index is not None:
            field_dict["prompt_index"] = self.prompt_index
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
        _content_filter_results = d.pop("content_filter_results", UNSET)
        content_filter_results: ContentFilterPromptResults | None
        if _content_filter_results is UNSET:
            content_filter_results = None
        elif _content_filter_results is None:
            content_filter_results = None
            nulls += ("content_filter_results",)
        else:
            content_filter_results = ContentFilterPromptResults.from_dict(_content_filter_results)

        _prompt_index = d.pop("prompt_index", UNSET)
        prompt_index: int | None
        if _prompt_index is UNSET:
            prompt_index = None
        elif _prompt_index is None:
            prompt_index = None
            nulls += ("prompt_index",)
        else:
            prompt_index = _prompt_index

        prompt_filter_result = cls(
            content_filter_results=content_filter_results,
            prompt_index=prompt_index,
        )
        if nulls:
            prompt_filter_result._nulls = nulls

        prompt_filter_result.additional_properties = d
        return prompt_filter_result

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


from ..models.content_filter_prompt_results import ContentFilterPromptResults  # noqa: E402
