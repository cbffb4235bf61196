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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_step_delta_step_details_tool_calls_code_object_code_interpreter import (
        RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter,
    )


T = TypeVar("T", bound="RunStepDeltaStepDetailsToolCallsCodeObject")


@_attrs_define
class RunStepDeltaStepDetailsToolCallsCodeObject:
    """Details of the Code Interpreter tool call the run step was involved in."""

    index: int
    """ The index of the tool call in the tool calls array. """
    type_: Literal["code_interpreter"] = "code_interpreter"
    code_interpreter: RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter | Unset = UNSET
    """ The Code Interpreter tool call definition. """
    id: str | Unset = UNSET
    """ The ID of the tool call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        type_ = self.type_

        code_interpreter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.code_interpreter, Unset):
            code_interpreter = self.code_interpreter.to_dict()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "type": type_,
            }
        )
        if code_interpreter is not UNSET:
            field_dict["code_interpreter"] = code_interpreter
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        type_ = cast(Literal["code_interpreter"], d.pop("type"))
        if type_ != "code_interpreter":
            raise ValueError(f"type must match const 'code_interpreter', got '{type_}'")

        _code_interpreter = d.pop("code_interpreter", UNSET)
        code_interpreter: RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter | Unset
        if isinstance(_code_interpreter, Unset):
            code_interpreter = UNSET
        else:
            code_interpreter = RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter.from_dict(_code_interpreter)

        id = d.pop("id", UNSET)

        run_step_delta_step_details_tool_calls_code_object = cls(
            index=index,
            type_=type_,
            code_interpreter=code_interpreter,
            id=id,
        )

        run_step_delta_step_details_tool_calls_code_object.additional_properties = d
        return run_step_delta_step_details_tool_calls_code_object

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


from ..models.run_step_delta_step_details_tool_calls_code_object_code_interpreter import (
    RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter,  # noqa: E402
)
