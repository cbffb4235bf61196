from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RunStepDeltaStepDetailsToolCallsFunctionObjectFunction")


@_attrs_define
class RunStepDeltaStepDetailsToolCallsFunctionObjectFunction:
    """The definition of the function that was called."""

    arguments: str | Unset = UNSET
    """ The arguments passed to the function. """
    name: str | Unset = UNSET
    """ The name of the function. """
    output: None | str | Unset = UNSET
    """ The output of the function. This will be `null` if the outputs have not been submitted yet. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arguments = self.arguments

        name = self.name

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if name is not UNSET:
            field_dict["name"] = name
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        arguments = d.pop("arguments", UNSET)

        name = d.pop("name", UNSET)

        _output_data = d.pop("output", UNSET)
        output: None | str | Unset
        if _output_data is None or isinstance(_output_data, Unset):
            output = _output_data
        else:
            output = _output_data

        run_step_delta_step_details_tool_calls_function_object_function = cls(
            arguments=arguments,
            name=name,
            output=output,
        )

        run_step_delta_step_details_tool_calls_function_object_function.additional_properties = d
        return run_step_delta_step_details_tool_calls_function_object_function

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
