from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_message_content_part_image_image_url_detail import (
    ChatCompletionRequestMessageContentPartImageImageUrlDetail,
)
from ..types import UNSET, model_json, model_repr

T = TypeVar("T", bound="ChatCompletionRequestMessageContentPartImageImageUrl")


@_attrs_define
class ChatCompletionRequestMessageContentPartImageImageUrl:
    url: str
    """ Either a URL of the image or the base64 encoded image data. """
    detail: ChatCompletionRequestMessageContentPartImageImageUrlDetail | None = None
    """ Specifies the detail level of the image. Learn more in the [Vision guide](https://learn.microsoft.com/en-
    us/azure/ai-services/openai/how-to/gpt-with-vision?tabs=rest%2Csystem-assigned%2Cresource#detail-parameter-
    settings-in-image-processing-low-high-auto). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if self.detail is not None:
            detail = self.detail
            field_dict["detail"] = detail
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
        url = d.pop("url")

        _detail = d.pop("detail", UNSET)
        detail: ChatCompletionRequestMessageContentPartImageImageUrlDetail | None
        if _detail is UNSET:
            detail = None
        elif _detail is None:
            detail = None
            nulls += ("detail",)
        else:
            detail = ChatCompletionRequestMessageContentPartImageImageUrlDetail._value2member_map_.get(
                _detail_value := _detail
            ) or ChatCompletionRequestMessageContentPartImageImageUrlDetail(_detail_value)

        chat_completion_request_message_content_part_image_image_url = cls(
            url=url,
            detail=detail,
        )
        if nulls:
            chat_completion_request_message_content_part_image_image_url._nulls = nulls

        chat_completion_request_message_content_part_image_image_url.additional_properties = d
        return chat_completion_request_message_content_part_image_image_url

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
