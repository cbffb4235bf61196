from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

T = TypeVar("T", bound="ErrorBase")


@_attrs_define
class ErrorBase:
    code: str | None = None
    message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.code is not None:
            field_dict["code"] = self.code
        if self.message is not None:
            field_dict["message"] = self.message
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
        _code = d.pop("code", UNSET)
        code: str | None
        if _code is UNSET:
            code = None
        elif _code is None:
            code = None
            nulls += ("code",)
        else:
            code = _code

        _message = d.pop("message", UNSET)
        message: str | None
        if _message is UNSET:
            message = None
        elif _message is None:
            message = None
            nulls += ("message",)
        else:
            message = _message

        error_base = cls(
            code=code,
            message=message,
        )
        if nulls:
            error_base._nulls = nulls

        error_base.additional_properties = d
        return error_base

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
