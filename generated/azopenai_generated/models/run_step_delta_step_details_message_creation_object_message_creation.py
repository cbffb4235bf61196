from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

T = TypeVar("T", bound="RunStepDeltaStepDetailsMessageCreationObjectMessageCreation")


@_attrs_define
class RunStepDeltaStepDetailsMessageCreationObjectMessageCreation:
    message_id: str | None = None
    """ The ID of the message that was created by this run step. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.message_id is not None:
            field_dict["message_id"] = self.message_id
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
        _message_id = d.pop("message_id", UNSET)
        message_id: str | None
        if _message_id is UNSET:
            message_id = None
        elif _message_id is None:
            message_id = None
            nulls += ("message_id",)
        else:
            message_id = _message_id

        run_step_delta_step_details_message_creation_object_message_creation = cls(
            message_id=message_id,
        )
        if nulls:
            run_step_delta_step_details_message_creation_object_message_creation._nulls = nulls

        run_step_delta_step_details_message_creation_object_message_creation.additional_properties = d
        return run_step_delta_step_details_message_creation_object_message_creation

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
