from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

T = TypeVar("T", bound="SubmitToolOutputsRunRequestToolOutputsItem")


@_attrs_define
class SubmitToolOutputsRunRequestToolOutputsItem:
    output: str | None = None
    """ The output of the tool call to be submitted to continue the run. """
    tool_call_id: str | None = None
    """ The ID of the tool call in the `required_action` object within the run object the output is being submitted
    for. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.output is not None:
            field_dict["output"] = self.output
        if self.tool_call_id is not None:
            field_dict["tool_call_id"] = self.tool_call_id
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
        _output = d.pop("output", UNSET)
        output: str | None
        if _output is UNSET:
            output = None
        elif _output is None:
            output = None
            nulls += ("output",)
        else:
            output = _output

        _tool_call_id = d.pop("tool_call_id", UNSET)
        tool_call_id: str | None
        if _tool_call_id is UNSET:
            tool_call_id = None
        elif _tool_call_id is None:
            tool_call_id = None
            nulls += ("tool_call_id",)
        else:
            tool_call_id = _tool_call_id

        submit_tool_outputs_run_request_tool_outputs_item = cls(
            output=output,
            tool_call_id=tool_call_id,
        )
        if nulls:
            submit_tool_outputs_run_request_tool_outputs_item._nulls = nulls

        submit_tool_outputs_run_request_tool_outputs_item.additional_properties = d
        return submit_tool_outputs_run_request_tool_outputs_item

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
