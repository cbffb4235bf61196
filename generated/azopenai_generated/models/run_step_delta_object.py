from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_step_delta_object_object import RunStepDeltaObjectObject
from ..types import model_json, model_repr

if TYPE_CHECKING:
    from ..models.run_step_delta_object_delta import RunStepDeltaObjectDelta


T = TypeVar("T", bound="RunStepDeltaObject")


@_attrs_define
class RunStepDeltaObject:
    """Represents a run step delta i.e. any changed fields on a run step during streaming."""

    delta: RunStepDeltaObjectDelta
    """ The delta containing the fields that have changed on the run step. """
    id: str
    """ The identifier of the run step, which can be referenced in API endpoints. """
    object_: RunStepDeltaObjectObject
    """ The object type, which is always `thread.run.step.delta`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        delta = self.delta.to_dict()

        id = self.id

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delta": delta,
                "id": id,
                "object": object_,
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
        delta = RunStepDeltaObjectDelta.from_dict(d.pop("delta"))

        id = d.pop("id")

        object_ = RunStepDeltaObjectObject._value2member_map_.get(
            _object__value := d.pop("object")
        ) or RunStepDeltaObjectObject(_object__value)

        run_step_delta_object = cls(
            delta=delta,
            id=id,
            object_=object_,
        )

        run_step_delta_object.additional_properties = d
        return run_step_delta_object

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


from ..models.run_step_delta_object_delta import RunStepDeltaObjectDelta  # noqa: E402
