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

T = TypeVar("T", bound="OnYourDataUsernameAndPasswordAuthenticationOptions")


@_attrs_define
class OnYourDataUsernameAndPasswordAuthenticationOptions:
    """The authentication options for Azure OpenAI On Your Data when using a username and a password."""

    password: str
    """ The password. to use for authentication. """
    username: str
    """ The username to use for authentication. """
    type_: Literal["username_and_password"] = "username_and_password"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        password = self.password

        type_ = self.type_

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "password": password,
                "type": type_,
                "username": username,
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
        password = d.pop("password")

        type_ = cast(Literal["username_and_password"], d.pop("type"))
        if type_ != "username_and_password":
            raise ValueError(f"type must match const 'username_and_password', got '{type_}'")

        username = d.pop("username")

        on_your_data_username_and_password_authentication_options = cls(
            password=password,
            type_=type_,
            username=username,
        )

        on_your_data_username_and_password_authentication_options.additional_properties = d
        return on_your_data_username_and_password_authentication_options

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
