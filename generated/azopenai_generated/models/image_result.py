from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.dalle_content_filter_results import DalleContentFilterResults
    from ..models.dalle_filter_results import DalleFilterResults


T = TypeVar("T", bound="ImageResult")


@_attrs_define
class ImageResult:
    """The image url or encoded image if successful, and an error otherwise."""

    b64_json: str | None = None
    """ The base64 encoded image """
    content_filter_results: DalleContentFilterResults | None = None
    """ Information about the content filtering results. """
    prompt_filter_results: DalleFilterResults | None = None
    """ Information about the content filtering category (hate, sexual, violence, self_harm), if it has been
    detected, as well as the severity level (very_low, low, medium, high-scale that determines the intensity and
    risk level of harmful content) and if it has been filtered or not. Information about jailbreak content and
    profanity, if it has been detected, and if it has been filtered or not. And information about customer block
    list, if it has been filtered and its id. """
    revised_prompt: str | None = None
    """ The prompt that was used to generate the image, if there was any revision to the prompt. """
    url: str | None = None
    """ The image url. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.b64_json is not None:
            field_dict["b64_json"] = self.b64_json
        if self.content_filter_results is not None:
            content_filter_results = self.content_filter_results.to_dict()
            field_dict["content_filter_results"] = content_filter_results
        if self.prompt_filter_results is not None:
            prompt_filter_results = self.prompt_filter_results.to_dict()
            field_dict["prompt_filter_results"] = prompt_filter_results
        if self.revised_prompt is not None:
            field_dict["revised_prompt"] = self.revised_prompt
        if self.url is not None:
            field_dict["url"] = self.url
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
        _b64_json = d.pop("b64_json", UNSET)
        b64_json: str | None
        if _b64_json is UNSET:
            b64_json = None
        elif _b64_json is None:
            b64_json = None
            nulls += ("b64_json",)
        else:
            b64_json = _b64_json

        _content_filter_results = d.pop("content_filter_results", UNSET)
        content_filter_results: DalleContentFilterResults | None
        if _content_filter_results is UNSET:
            content_filter_results = None
        elif _content_filter_results is None:
            content_filter_results = None
            nulls += ("content_filter_results",)
        else:
            content_filter_results = DalleContentFilterResults.from_dict(_content_filter_results)

        _prompt_filter_results = d.pop("prompt_filter_results", UNSET)
        prompt_filter_results: DalleFilterResults | None
        if _prompt_filter_results is UNSET:
            prompt_filter_results = None
        elif _prompt_filter_results is None:
            prompt_filter_results = None
            nulls += ("prompt_filter_results",)
        else:
            prompt_filter_results = DalleFilterResults.from_dict(_prompt_filter_results)

        _revised_prompt = d.pop("revised_prompt", UNSET)
        revised_prompt: str | None
        if _revised_prompt is UNSET:
            revised_prompt = None
        elif _revised_prompt is None:
            revised_prompt = None
            nulls += ("revised_prompt",)
        else:
            revised_prompt = _revised_prompt

        _url = d.pop("url", UNSET)
        url: str | None
        if _url is UNSET:
            url = None
        elif _url is None:
            url = None
            nulls += ("url",)
        else:
            url = _url

        image_result = cls(
            b64_json=b64_json,
            content_filter_results=content_filter_results,
            prompt_filter_results=prompt_filter_results,
            revised_prompt=revised_prompt,
            url=url,
        )
        if nulls:
            image_result._nulls = nulls

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
