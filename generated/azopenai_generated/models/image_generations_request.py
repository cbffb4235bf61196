from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_quality import ImageQuality
from ..models.image_size import ImageSize
from ..models.image_style import ImageStyle
from ..models.images_response_format import ImagesResponseFormat
from ..types import UNSET, model_json, model_repr

T = TypeVar("T", bound="ImageGenerationsRequest")


@_attrs_define
class ImageGenerationsRequest:
    prompt: str
    """ A text description of the desired image(s). The maximum length is 4000 characters. """
    n: int | None = None
    """ The number of images to generate. """
    quality: ImageQuality | None = None
    """ The quality of the image that will be generated. """
    response_format: ImagesResponseFormat | None = None
    """ The format in which the generated images are returned. """
    size: ImageSize | None = None
    """ The size of the generated images. """
    style: ImageStyle | None = None
    """ The style of the generated images. """
    user: str | None = None
    """ A unique identifier representing your end-user, which can help to monitor and detect abuse. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if self.n is not None:
            field_dict["n"] = self.n
        if self.quality is not None:
            quality = self.quality
            field_dict["quality"] = quality
        if self.response_format is not None:
            response_format = self.response_format
            field_dict["response_format"] = response_format
        if self.size is not None:
            size = self.size
            field_dict["size"] = size
        if self.style is not None:
            style = self.style
            field_dict["style"] = style
        if self.user is not None:
            field_dict["user"] = self.user
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
        prompt = d.pop("prompt")

        _n = d.pop("n", UNSET)
        n: int | None
        if _n is UNSET:
            n = None
        elif _n is None:
            n = None
            nulls += ("n",)
        else:
            n = _n

        _quality = d.pop("quality", UNSET)
        quality: ImageQuality | None
        if _quality is UNSET:
            quality = None
        elif _quality is None:
            quality = None
            nulls += ("quality",)
        else:
            quality = ImageQuality._value2member_map_.get(_quality_value := _quality) or ImageQuality(_quality_value)

        _response_format = d.pop("response_format", UNSET)
        response_format: ImagesResponseFormat | None
        if _response_format is UNSET:
            response_format = None
        elif _response_format is None:
            response_format = None
            nulls += ("response_format",)
        else:
            response_format = ImagesResponseFormat._value2member_map_.get(
                _response_format_value := _response_format
            ) or ImagesResponseFormat(_response_format_value)

        _size = d.pop("size", UNSET)
        size: ImageSize | None
        if _size is UNSET:
            size = None
        elif _size is None:
            size = None
            nulls += ("size",)
        else:
            size = ImageSize._value2member_map_.get(_size_value := _size) or ImageSize(_size_value)

        _style = d.pop("style", UNSET)
        style: ImageStyle | None
        if _style is UNSET:
            style = None
        elif _style is None:
            style = None
            nulls += ("style",)
        else:
            style = ImageStyle._value2member_map_.get(_style_value := _style) or ImageStyle(_style_value)

        _user = d.pop("user", UNSET)
        user: str | None
        if _user is UNSET:
            user = None
        elif _user is None:
            user = None
            nulls += ("user",)
        else:
            user = _user

        image_generations_request = cls(
            prompt=prompt,
            n=n,
            quality=quality,
            response_format=response_format,
            size=size,
            style=style,
            user=user,
        )
        if nulls:
            image_generations_request._nulls = nulls

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
