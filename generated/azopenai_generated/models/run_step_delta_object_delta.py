from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_step_delta_step_details_message_creation_object import (
        RunStepDeltaStepDetailsMessageCreationObject,
    )
    from ..models.run_step_delta_step_details_tool_calls_object import (
        RunStepDeltaStepDetailsToolCallsObject,
    )
    from ..models.unknown_type_variant import UnknownTypeVariant


T = TypeVar("T", bound="RunStepDeltaObjectDelta")


@_attrs_define
class RunStepDeltaObjectDelta:
    """The delta containing the fields that have changed on the run step."""

    step_details: (
        RunStepDeltaStepDetailsMessageCreationObject
        | RunStepDeltaStepDetailsToolCallsObject
        | UnknownTypeVariant
        | Unset
    ) = UNSET
    """ The details of the run step. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step_details: dict[str, Any] | Unset
        if isinstance(self.step_details, Unset):
            step_details = UNSET
        elif isinstance(self.step_details, RunStepDeltaStepDetailsMessageCreationObject):
            step_details = self.step_details.to_dict()
        elif isinstance(self.step_details, RunStepDeltaStepDetailsToolCallsObject):
            step_details = self.step_details.to_dict()
        else:
            step_details = self.step_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if step_details is not UNSET:
            field_dict["step_details"] = step_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _step_details_data = d.pop("step_details", UNSET)
        step_details: (
            RunStepDeltaStepDetailsMessageCreationObject
            | RunStepDeltaStepDetailsToolCallsObject
            | UnknownTypeVariant
            | Unset
        )
        if isinstance(_step_details_data, Unset):
            step_details = _step_details_data
        elif not isinstance(_step_details_data, dict):
            raise TypeError(f"step_details: expected an object, got {type(_step_details_data).__name__}")
        elif _step_details_data.get("type") == "message_creation":
            step_details = RunStepDeltaStepDetailsMessageCreationObject.from_dict(_step_details_data)
        elif _step_details_data.get("type") == "tool_calls":
            step_details = RunStepDeltaStepDetailsToolCallsObject.from_dict(_step_details_data)
        else:
            step_details = UnknownTypeVariant.from_dict(_step_details_data)

        run_step_delta_object_delta = cls(
            step_details=step_details,
        )

        run_step_delta_object_delta.additional_properties = d
        return run_step_delta_object_delta

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


from ..models.run_step_delta_step_details_message_creation_object import (
    RunStepDeltaStepDetailsMessageCreationObject,  # noqa: E402
)
from ..models.run_step_delta_step_details_tool_calls_object import (
    RunStepDeltaStepDetailsToolCallsObject,  # noqa: E402
)
from ..models.unknown_type_variant import UnknownTypeVariant  # noqa: E402
