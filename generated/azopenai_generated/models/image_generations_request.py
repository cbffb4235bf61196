from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_quality import ImageQuality
from ..models.image_size import ImageSize
from ..models.image_style import ImageStyle
from ..models.images_response_format import ImagesResponseFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageGenerationsRequest")


@_attrs_define
class ImageGenerationsRequest:
    prompt: str
    """ A text description of the desired image(s). The maximum length is 4000 characters. """
    n: int | Unset = UNSET
    """ The number of images to generate. """
    quality: ImageQuality | Unset = UNSET
    """ The quality of the image that will be generated. """
    response_format: ImagesResponseFormat | Unset = UNSET
    """ The format in which the generated images are returned. """
    size: ImageSize | Unset = UNSET
    """ The size of the generated images. """
    style: ImageStyle | Unset = UNSET
    """ The style of the generated images. """
    user: str | Unset = UNSET
    """ A unique identifier representing your end-user, which can help to monitor and detect abuse. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        n = self.n

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if n is not UNSET:
            field_dict["n"] = n
        if quality is not UNSET:
            field_dict["quality"] = quality
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if size is not UNSET:
            field_dict["size"] = size
        if style is not UNSET:
            field_dict["style"] = style
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        n = d.pop("n", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: ImageQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = ImageQuality._value2member_map_.get(_quality_value := _quality) or ImageQuality(_quality_value)

        _response_format = d.pop("response_format", UNSET)
        response_format: ImagesResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = ImagesResponseFormat._value2member_map_.get(
                _response_format_value := _response_format
            ) or ImagesResponseFormat(_response_format_value)

        _size = d.pop("size", UNSET)
        size: ImageSize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = ImageSize._value2member_map_.get(_size_value := _size) or ImageSize(_size_value)

        _style = d.pop("style", UNSET)
        style: ImageStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = ImageStyle._value2member_map_.get(_style_value := _style) or ImageStyle(_style_value)

        user = d.pop("user", UNSET)

        image_generations_request = cls(
            prompt=prompt,
            n=n,
            quality=quality,
            response_format=response_format,
            size=size,
            style=style,
            user=user,
        )

        image_generations_request.additional_properties = d
        return image_generations_request

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
