from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_json, model_repr

if TYPE_CHECKING:
    from ..models.run_step_object import RunStepObject


T = TypeVar("T", bound="RunStepStreamEventInProgress")


@_attrs_define
class RunStepStreamEventInProgress:
    """Occurs when a run step moves to an `in_progress` state."""

    data: RunStepObject
    """ Represents a step in execution of a run.
     """
    event: Literal["thread.run.step.in_progress"] = "thread.run.step.in_progress"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        data = self.data.to_dict()

        event = self.event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "event": event,
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
        data = RunStepObject.from_dict(d.pop("data"))

        event = cast(Literal["thread.run.step.in_progress"], d.pop("event"))
        if event != "thread.run.step.in_progress":
            raise ValueError(f"event must match const 'thread.run.step.in_progress', got '{event}'")

        run_step_stream_event_in_progress = cls(
            data=data,
            event=event,
        )

        run_step_stream_event_in_progress.additional_properties = d
        return run_step_stream_event_in_progress

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


from ..models.run_step_object import RunStepObject  # noqa: E402
