from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_object_incomplete_details_reason import (
    RunObjectIncompleteDetailsReason,
)
from ..types import UNSET, model_json, model_repr

T = TypeVar("T", bound="RunObjectIncompleteDetails")


@_attrs_define
class RunObjectIncompleteDetails:
    """Details on why the run is incomplete. Will be `null` if the run is not incomplete."""

    reason: RunObjectIncompleteDetailsReason | None = None
    """ The reason why the run is incomplete. This will point to which specific token limit was reached over the
    course of the run. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.reason is not None:
            reason = self.reason
            field_dict["reason"] = reason
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
        _reason = d.pop("reason", UNSET)
        reason: RunObjectIncompleteDetailsReason | None
        if _reason is UNSET:
            reason = None
        elif _reason is None:
            reason = None
            nulls += ("reason",)
        else:
            reason = RunObjectIncompleteDetailsReason._value2member_map_.get(
                _reason_value := _reason
            ) or RunObjectIncompleteDetailsReason(_reason_value)

        run_object_incomplete_details = cls(
            reason=reason,
        )
        if nulls:
            run_object_incomplete_details._nulls = nulls

        run_object_incomplete_details.additional_properties = d
        return run_object_incomplete_details

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
