from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.run_step_delta_step_details_tool_calls_code_output_image_object import (
        RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,
    )
    from ..models.run_step_delta_step_details_tool_calls_code_output_logs_object import (
        RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
    )
    from ..models.unknown_type_variant import UnknownTypeVariant


T = TypeVar("T", bound="RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter")


@_attrs_define
class RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter:
    """The Code Interpreter tool call definition."""

    input_: str | None = None
    """ The input to the Code Interpreter tool call. """
    outputs: (
        list[
            RunStepDeltaStepDetailsToolCallsCodeOutputImageObject
            | RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject
            | UnknownTypeVariant
        ]
        | None
    ) = None
    """ The outputs from the Code Interpreter tool call. Code Interpreter can output one or more items, including
    text (`logs`) or images (`image`). Each of these are represented by a different object type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.input_ is not None:
            field_dict["input"] = self.input_
        if self.outputs is not None:
            outputs = []
            for outputs_item_data in self.outputs:
                outputs_item: dict[str, Any]
                if isinstance(outputs_item_data, RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject):
                    outputs_item = outputs_item_data.to_dict()
                elif isinstance(outputs_item_data, RunStepDeltaStepDetailsToolCallsCodeOutputImageObject):
                    outputs_item = outputs_item_data.to_dict()
                else:
                    outputs_item = outputs_item_data.to_dict()

                outputs.append(outputs_item)

            field_dict["outputs"] = outputs
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
        _input_ = d.pop("input", UNSET)
        input_: str | None
        if _input_ is UNSET:
            input_ = None
        elif _input_ is None:
            input_ = None
            nulls += ("input",)
        else:
            input_ = _input_

        _outputs = d.pop("outputs", UNSET)
        outputs: (
            list[
                RunStepDeltaStepDetailsToolCallsCodeOutputImageObject
                | RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject
                | UnknownTypeVariant
            ]
            | None
        )
        if _outputs is UNSET:
            outputs = None
        elif _outputs is None:
            outputs = None
            nulls += ("outputs",)
        else:
            outputs = []
            _outputs = _outputs
            for outputs_item_data in _outputs:
                _outputs_item_data = outputs_item_data
                if not isinstance(_outputs_item_data, dict):
                    raise TypeError(f"outputs_item: expected an object, got {type(_outputs_item_data).__name__}")
                elif _outputs_item_data.get("type") == "logs":
                    outputs_item = RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject.from_dict(_outputs_item_data)
                elif _outputs_item_data.get("type") == "image":
                    outputs_item = RunStepDeltaStepDetailsToolCallsCodeOutputImageObject.from_dict(_outputs_item_data)
                else:
                    outputs_item = UnknownTypeVariant.from_dict(_outputs_item_data)

                outputs.append(outputs_item)

        run_step_delta_step_details_tool_calls_code_object_code_interpreter = cls(
            input_=input_,
            outputs=outputs,
        )
        if nulls:
            run_step_delta_step_details_tool_calls_code_object_code_interpreter._nulls = nulls

        run_step_delta_step_details_tool_calls_code_object_code_interpreter.additional_properties = d
        return run_step_delta_step_details_tool_calls_code_object_code_interpreter

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


from ..models.run_step_delta_step_details_tool_calls_code_output_image_object import (
    RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,  # noqa: E402
)
from ..models.run_step_delta_step_details_tool_calls_code_output_logs_object import (
    RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,  # noqa: E402
)
from ..models.unknown_type_variant import UnknownTypeVariant  # noqa: E402
