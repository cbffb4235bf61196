from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.dalle_inner_error import DalleInnerError


T = TypeVar("T", bound="DalleError")


@_attrs_define
class DalleError:
    inner_error: DalleInnerError | None = None
    """ Inner error with additional details. """
    param: str | None = None
    type_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.inner_error is not None:
            inner_error = self.inner_error.to_dict()
            field_dict["inner_error"] = inner_error
        if self.param is not None:
            field_dict["param"] = self.param
        if self.type_ is not None:
            field_dict["type"] = self.type_
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
        _inner_error = d.pop("inner_error", UNSET)
        inner_error: DalleInnerError | None
        if _inner_error is UNSET:
            inner_error = None
        elif _inner_error is None:
            inner_error = None
            nulls += ("inner_error",)
        else:
            inner_error = DalleInnerError.from_dict(_inner_error)

        _param = d.pop("param", UNSET)
        param: str | None
        if _param is UNSET:
            param = None
        elif _param is None:
            param = None
            nulls += ("param",)
        else:
            param = _param

        _type_ = d.pop("type", UNSET)
        type_: str | None
        if _type_ is UNSET:
            type_ = None
        elif _type_ is None:
            type_ = None
            nulls += ("type",)
        else:
            type_ = _type_

        dalle_error = cls(
            inner_error=inner_error,
            param=param,
            type_=type_,
        )
        if nulls:
            dalle_error._nulls = nulls

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
