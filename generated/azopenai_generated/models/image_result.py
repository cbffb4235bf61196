from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dalle_content_filter_results import DalleContentFilterResults
    from ..models.dalle_filter_results import DalleFilterResults


T = TypeVar("T", bound="ImageResult")


@_attrs_define
class ImageResult:
    """The image url or encoded image if successful, and an error otherwise."""

    b64_json: str | Unset = UNSET
    """ The base64 encoded image """
    content_filter_results: DalleContentFilterResults | Unset = UNSET
    """ Information about the content filtering results. """
    prompt_filter_results: DalleFilterResults | Unset = UNSET
    """ Information about the content filtering category (hate, sexual, violence, self_harm), if it has been
    detected, as well as the severity level (very_low, low, medium, high-scale that determines the intensity and
    risk level of harmful content) and if it has been filtered or not. Information about jailbreak content and
    profanity, if it has been detected, and if it has been filtered or not. And information about customer block
    list, if it has been filtered and its id. """
    revised_prompt: str | Unset = UNSET
    """ The prompt that was used to generate the image, if there was any revision to the prompt. """
    url: str | Unset = UNSET
    """ The image url. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        b64_json = self.b64_json

        content_filter_results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content_filter_results, Unset):
            content_filter_results = self.content_filter_results.to_dict()

        prompt_filter_results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_filter_results, Unset):
            prompt_filter_results = self.prompt_filter_results.to_dict()

        revised_prompt = self.revised_prompt

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if b64_json is not UNSET:
            field_dict["b64_json"] = b64_json
        if content_filter_results is not UNSET:
            field_dict["content_filter_results"] = content_filter_results
        if prompt_filter_results is not UNSET:
            field_dict["prompt_filter_results"] = prompt_filter_results
        if revised_prompt is not UNSET:
            field_dict["revised_prompt"] = revised_prompt
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        b64_json = d.pop("b64_json", UNSET)

        _content_filter_results = d.pop("content_filter_results", UNSET)
        content_filter_results: DalleContentFilterResults | Unset
        if isinstance(_content_filter_results, Unset):
            content_filter_results = UNSET
        else:
            content_filter_results = DalleContentFilterResults.from_dict(_content_filter_results)

        _prompt_filter_results = d.pop("prompt_filter_results", UNSET)
        prompt_filter_results: DalleFilterResults | Unset
        if isinstance(_prompt_filter_results, Unset):
            prompt_filter_results = UNSET
        else:
            prompt_filter_results = DalleFilterResults.from_dict(_prompt_filter_results)

        revised_prompt = d.pop("revised_prompt", UNSET)

        url = d.pop("url", UNSET)

        image_result = cls(
            b64_json=b64_json,
            content_filter_results=content_filter_results,
            prompt_filter_results=prompt_filter_results,
            revised_prompt=revised_prompt,
            url=url,
        )

        image_result.additional_properties = d
        return image_result

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


from ..models.dalle_content_filter_results import DalleContentFilterResults  # noqa: E402
from ..models.dalle_filter_results import DalleFilterResults  # noqa: E402
