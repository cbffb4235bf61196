from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmbeddingsRequest")


@_attrs_define
class EmbeddingsRequest:
    input_: list[str] | None | str
    """ Input text to embed, encoded as a string or array of tokens. To embed multiple inputs in a single request,
    pass an array of strings or array of token arrays. The input must not exceed the max input tokens for the model
    (8192 tokens for `text-embedding-ada-002`), cannot be an empty string, and any array must be 2048 dimensions or
    less. """
    dimensions: int | None | Unset = UNSET
    """ The number of dimensions the resulting output embeddings should have. Only supported in `text-embedding-3`
    and later models. """
    encoding_format: None | str | Unset = UNSET
    """ The format to return the embeddings in. Can be either `float` or `base64`. Defaults to `float`. """
    input_type: str | Unset = UNSET
    """ input type of embedding search to use """
    user: str | Unset = UNSET
    """ A unique identifier representing your end-user, which can help monitoring and detecting abuse. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_: list[str] | None | str
        if isinstance(self.input_, list):
            input_ = self.input_

        else:
            input_ = self.input_

        dimensions: int | None | Unset
        if isinstance(self.dimensions, Unset):
            dimensions = UNSET
        else:
            dimensions = self.dimensions

        encoding_format: None | str | Unset
        if isinstance(self.encoding_format, Unset):
            encoding_format = UNSET
        else:
            encoding_format = self.encoding_format

        input_type = self.input_type

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
            }
        )
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if encoding_format is not UNSET:
            field_dict["encoding_format"] = encoding_format
        if input_type is not UNSET:
            field_dict["input_type"] = input_type
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_input_(data: object) -> list[str] | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_1 = cast(list[str], data)

                return input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str, data)

        input_ = _parse_input_(d.pop("input"))

        _dimensions_data = d.pop("dimensions", UNSET)
        dimensions: int | None | Unset
        if _dimensions_data is None or isinstance(_dimensions_data, Unset):
            dimensions = _dimensions_data
        else:
            dimensions = _dimensions_data

        _encoding_format_data = d.pop("encoding_format", UNSET)
        encoding_format: None | str | Unset
        if _encoding_format_data is None or isinstance(_encoding_format_data, Unset):
            encoding_format = _encoding_format_data
        else:
            encoding_format = _encoding_format_data

        input_type = d.pop("input_type", UNSET)

        user = d.pop("user", UNSET)

        embeddings_request = cls(
            input_=input_,
            dimensions=dimensions,
            encoding_format=encoding_format,
            input_type=input_type,
            user=user,
        )

        embeddings_request.additional_properties = d
        return embeddings_request

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
