from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_message_content_part_image_image_url_detail import (
    ChatCompletionRequestMessageContentPartImageImageUrlDetail,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionRequestMessageContentPartImageImageUrl")


@_attrs_define
class ChatCompletionRequestMessageContentPartImageImageUrl:
    url: str
    """ Either a URL of the image or the base64 encoded image data. """
    detail: ChatCompletionRequestMessageContentPartImageImageUrlDetail | Unset = UNSET
    """ Specifies the detail level of the image. Learn more in the [Vision guide](https://learn.microsoft.com/en-
    us/azure/ai-services/openai/how-to/gpt-with-vision?tabs=rest%2Csystem-assigned%2Cresource#detail-parameter-
    settings-in-image-processing-low-high-auto). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        detail: str | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        _detail = d.pop("detail", UNSET)
        detail: ChatCompletionRequestMessageContentPartImageImageUrlDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = ChatCompletionRequestMessageContentPartImageImageUrlDetail._value2member_map_.get(
                _detail_value := _detail
            ) or ChatCompletionRequestMessageContentPartImageImageUrlDetail(_detail_value)

        chat_completion_request_message_content_part_image_image_url = cls(
            url=url,
            detail=detail,
        )

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
