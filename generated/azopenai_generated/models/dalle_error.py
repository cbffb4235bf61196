from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dalle_inner_error import DalleInnerError


T = TypeVar("T", bound="DalleError")


@_attrs_define
class DalleError:
    inner_error: DalleInnerError | Unset = UNSET
    """ Inner error with additional details. """
    param: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inner_error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inner_error, Unset):
            inner_error = self.inner_error.to_dict()

        param = self.param

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inner_error is not UNSET:
            field_dict["inner_error"] = inner_error
        if param is not UNSET:
            field_dict["param"] = param
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _inner_error = d.pop("inner_error", UNSET)
        inner_error: DalleInnerError | Unset
        if isinstance(_inner_error, Unset):
            inner_error = UNSET
        else:
            inner_error = DalleInnerError.from_dict(_inner_error)

        param = d.pop("param", UNSET)

        type_ = d.pop("type", UNSET)

        dalle_error = cls(
            inner_error=inner_error,
            param=param,
            type_=type_,
        )

        dalle_error.additional_properties = d
        return dalle_error

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


from ..models.dalle_inner_error import DalleInnerError  # noqa: E402
