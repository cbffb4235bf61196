from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_json, model_repr

if TYPE_CHECKING:
    from ..models.run_step_details_tool_calls_code_output_image_object import (
        RunStepDetailsToolCallsCodeOutputImageObject,
    )
    from ..models.run_step_details_tool_calls_code_output_logs_object import (
        RunStepDetailsToolCallsCodeOutputLogsObject,
    )
    from ..models.unknown_type_variant import UnknownTypeVariant


T = TypeVar("T", bound="RunStepDetailsToolCallsCodeObjectCodeInterpreter")


@_attrs_define
class RunStepDetailsToolCallsCodeObjectCodeInterpreter:
    """The Code Interpreter tool call definition."""

    input_: str
    """ The input to the Code Interpreter tool call. """
    outputs: list[
        RunStepDetailsToolCallsCodeOutputImageObject | RunStepDetailsToolCallsCodeOutputLogsObject | UnknownTypeVariant
    ]
    """ The outputs from the Code Interpreter tool call. Code Interpreter can output one or more items, including
    text (`logs`) or images (`image`). Each of these are represented by a different object type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        input_ = self.input_

        outputs = []
        for outputs_item_data in self.outputs:
            outputs_item: dict[str, Any]
            if isinstance(outputs_item_data, RunStepDetailsToolCallsCodeOutputLogsObject):
                outputs_item = outputs_item_data.to_dict()
            elif isinstance(outputs_item_data, RunStepDetailsToolCallsCodeOutputImageObject):
                outputs_item = outputs_item_data.to_dict()
            else:
                outputs_item = outputs_item_data.to_dict()

            outputs.append(outputs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "outputs": outputs,
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
        input_ = d.pop("input")

        outputs = []
        _outputs = d.pop("outputs")
        for outputs_item_data in _outputs:
            _outputs_item_data = outputs_item_data
            if not isinstance(_outputs_item_data, dict):
                raise TypeError(f"outputs_item: expected an object, got {type(_outputs_item_data).__name__}")
            elif _outputs_item_data.get("type") == "logs":
                outputs_item = RunStepDetailsToolCallsCodeOutputLogsObject.from_dict(_outputs_item_data)
            elif _outputs_item_data.get("type") == "image":
                outputs_item = RunStepDetailsToolCallsCodeOutputImageObject.from_dict(_outputs_item_data)
            else:
                outputs_item = UnknownTypeVariant.from_dict(_outputs_item_data)

            outputs.append(outputs_item)

        run_step_details_tool_calls_code_object_code_interpreter = cls(
            input_=input_,
            outputs=outputs,
        )

        run_step_details_tool_calls_code_object_code_interpreter.additional_properties = d
        return run_step_details_tool_calls_code_object_code_interpreter

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


from ..models.run_step_details_tool_calls_code_output_image_object import (
    RunStepDetailsToolCallsCodeOutputImageObject,  # noqa: E402
)
from ..models.run_step_details_tool_calls_code_output_logs_object import (
    RunStepDetailsToolCallsCodeOutputLogsObject,  # noqa: E402
)
from ..models.unknown_type_variant import UnknownTypeVariant  # noqa: E402
