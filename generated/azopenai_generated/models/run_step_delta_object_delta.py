from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

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
        | None
    ) = None
    """ The details of the run step. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.step_details is not None:
            step_details: dict[str, Any]
            if isinstance(self.step_details, RunStepDeltaStepDetailsMessageCreationObject):
                step_details = self.step_details.to_dict()
            elif isinstance(self.step_details, RunStepDeltaStepDetailsToolCallsObject):
                step_details = self.step_details.to_dict()
            else:
                step_details = self.step_details.to_dict()

            field_dict["step_details"] = step_details
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
        _step_details = d.pop("step_details", UNSET)
        step_details: (
            RunStepDeltaStepDetailsMessageCreationObject
            | RunStepDeltaStepDetailsToolCallsObject
            | UnknownTypeVariant
            | None
        )
        if _step_details is UNSET:
            step_details = None
        elif _step_details is None:
            step_details = None
            nulls += ("step_details",)
        else:
            _step_details_data = _step_details
            if not isinstance(_step_details_data, dict):
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
        if nulls:
            run_step_delta_object_delta._nulls = nulls

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
