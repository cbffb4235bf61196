from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_json, model_repr

T = TypeVar("T", bound="OnYourDataKeyAndKeyIdAuthenticationOptions")


@_attrs_define
class OnYourDataKeyAndKeyIdAuthenticationOptions:
    """The authentication options for Azure OpenAI On Your Data when using an Elasticsearch key and key ID pair."""

    key: str
    """ The Elasticsearch key to use for authentication. """
    key_id: str
    """ The Elasticsearch key ID to use for authentication. """
    type_: Literal["key_and_key_id"] = "key_and_key_id"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        key = self.key

        key_id = self.key_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "key_id": key_id,
                "type": type_,
            }
        )

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """`to_dict()` as JSON text."""
        return model_json(self, indent)

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        key_id = d.pop("key_id")

        type_ = cast(Literal["key_and_key_id"], d.pop("type"))
        if type_ != "key_and_key_id":
            raise ValueError(f"type must match const 'key_and_key_id', got '{type_}'")

        on_your_data_key_and_key_id_authentication_options = cls(
            key=key,
            key_id=key_id,
            type_=type_,
        )

        on_your_data_key_and_key_id_authentication_options.additional_properties = d
        return on_your_data_key_and_key_id_authentication_options

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
