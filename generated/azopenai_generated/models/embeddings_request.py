from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

T = TypeVar("T", bound="EmbeddingsRequest")


@_attrs_define
class EmbeddingsRequest:
    input_: list[str] | None | str
    """ Input text to embed, encoded as a string or array of tokens. To embed multiple inputs in a single request,
    pass an array of strings or array of token arrays. The input must not exceed the max input tokens for the model
    (8192 tokens for `text-embedding-ada-002`), cannot be an empty string, and any array must be 2048 dimensions or
    less. """
    dimensions: int | None = None
    """ The number of dimensions the resulting output embeddings should have. Only supported in `text-embedding-3`
    and later models. """
    encoding_format: None | str = None
    """ The format to return the embeddings in. Can be either `float` or `base64`. Defaults to `float`. """
    input_type: str | None = None
    """ input type of embedding search to use """
    user: str | None = None
    """ A unique identifier representing your end-user, which can help monitoring and detecting abuse. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        input_: list[str] | None | str
        if isinstance(self.input_, list):
            input_ = self.input_

        else:
            input_ = self.input_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
            }
        )
        if self.dimensions is not None:
            dimensions: int | None
            dimensions = self.dimensions
            field_dict["dimensions"] = dimensions
        if self.encoding_format is not None:
            encoding_format: None | str
            encoding_format = self.encoding_format
            field_dict["encoding_format"] = encoding_format
        if self.input_type is not None:
            field_dict["input_type"] = self.input_type
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

        def _parse_input_(data: object) -> list[str] | None | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_1 = cast(list[str], data)

                return input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str, data)

        input_ = _parse_input_(d.pop("input"))

        _dimensions = d.pop("dimensions", UNSET)
        dimensions: int | None
        if _dimensions is UNSET:
            dimensions = None
        elif _dimensions is None:
            dimensions = None
            nulls += ("dimensions",)
        else:
            _dimensions_data = _dimensions
            dimensions = _dimensions_data

        _encoding_format = d.pop("encoding_format", UNSET)
        encoding_format: None | str
        if _encoding_format is UNSET:
            encoding_format = None
        elif _encoding_format is None:
            encoding_format = None
            nulls += ("encoding_format",)
        else:
            _encoding_format_data = _encoding_format
            encoding_format = _encoding_format_data

        _input_type = d.pop("input_type", UNSET)
        input_type: str | None
        if _input_type is UNSET:
            input_type = None
        elif _input_type is None:
            input_type = None
            nulls += ("input_type",)
        else:
            input_type = _input_type

        _user = d.pop("user", UNSET)
        user: str | None
        if _user is UNSET:
            user = None
        elif _user is None:
            user = None
            nulls += ("user",)
        else:
            user = _user

        embeddings_request = cls(
            input_=input_,
            dimensions=dimensions,
            encoding_format=encoding_format,
            input_type=input_type,
            user=user,
        )
        if nulls:
            embeddings_request._nulls = nulls

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
