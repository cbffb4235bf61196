from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

T = TypeVar("T", bound="RunStepDetailsToolCallsFunctionObjectFunction")


@_attrs_define
class RunStepDetailsToolCallsFunctionObjectFunction:
    """The definition of the function that was called."""

    arguments: str
    """ The arguments passed to the function. """
    name: str
    """ The name of the function. """
    output: None | str = None
    """ The output of the function. This will be `null` if the outputs have not been [submitted](/docs/api-
    reference/runs/submitToolOutputs) yet. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        arguments = self.arguments

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arguments": arguments,
                "name": name,
            }
        )
        if self.output is not None:
            output: None | str
            output = self.output
            field_dict["output"] = output
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
        arguments = d.pop("arguments")

        name = d.pop("name")

        _output = d.pop("output", UNSET)
        output: None | str
        if _output is UNSET:
            output = None
        elif _output is None:
            output = None
            nulls += ("output",)
        else:
            _output_data = _output
            output = _output_data

        run_step_details_tool_calls_function_object_function = cls(
            arguments=arguments,
            name=name,
            output=output,
        )
        if nulls:
            run_step_details_tool_calls_function_object_function._nulls = nulls

        run_step_details_tool_calls_function_object_function.additional_properties = d
        return run_step_details_tool_calls_function_object_function

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
