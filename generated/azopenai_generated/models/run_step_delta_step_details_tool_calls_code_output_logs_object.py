from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

T = TypeVar("T", bound="RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject")


@_attrs_define
class RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject:
    """Text output from the Code Interpreter tool call as part of a run step."""

    index: int
    """ The index of the output in the outputs array. """
    type_: Literal["logs"] = "logs"
    logs: str | None = None
    """ The text output from the Code Interpreter tool call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        index = self.index

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "type": type_,
            }
        )
        if self.logs is not None:
            field_dict["logs"] = self.logs
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
        index = d.pop("index")

        type_ = cast(Literal["logs"], d.pop("type"))
        if type_ != "logs":
            raise ValueError(f"type must match const 'logs', got '{type_}'")

        _logs = d.pop("logs", UNSET)
        logs: str | None
        if _logs is UNSET:
            logs = None
        elif _logs is None:
            logs = None
            nulls += ("logs",)
        else:
            logs = _logs

        run_step_delta_step_details_tool_calls_code_output_logs_object = cls(
            index=index,
            type_=type_,
            logs=logs,
        )
        if nulls:
            run_step_delta_step_details_tool_calls_code_output_logs_object._nulls = nulls

        run_step_delta_step_details_tool_calls_code_output_logs_object.additional_properties = d
        return run_step_delta_step_details_tool_calls_code_output_logs_object

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
