from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

T = TypeVar("T", bound="SpanPolygonItem")


@_attrs_define
class SpanPolygonItem:
    x: float | None = None
    """ The x-coordinate of the point. """
    y: float | None = None
    """ The y-coordinate of the point. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.x is not None:
            field_dict["x"] = self.x
        if self.y is not None:
            field_dict["y"] = self.y
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
        _x = d.pop("x", UNSET)
        x: float | None
        if _x is UNSET:
            x = None
        elif _x is None:
            x = None
            nulls += ("x",)
        else:
            x = _x

        _y = d.pop("y", UNSET)
        y: float | None
        if _y is UNSET:
            y = None
        elif _y is None:
            y = None
            nulls += ("y",)
        else:
            y = _y

        span_polygon_item = cls(
            x=x,
            y=y,
        )
        if nulls:
            span_polygon_item._nulls = nulls

        span_polygon_item.additional_properties = d
        return span_polygon_item

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
