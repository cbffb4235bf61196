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
    from ..models.run_step_details_tool_calls_code_object_code_interpreter import (
        RunStepDetailsToolCallsCodeObjectCodeInterpreter,
    )


T = TypeVar("T", bound="RunStepDetailsToolCallsCodeObject")


@_attrs_define
class RunStepDetailsToolCallsCodeObject:
    """Details of the Code Interpreter tool call the run step was involved in."""

    code_interpreter: RunStepDetailsToolCallsCodeObjectCodeInterpreter
    """ The Code Interpreter tool call definition. """
    id: str
    """ The ID of the tool call. """
    type_: Literal["code_interpreter"] = "code_interpreter"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        code_interpreter = self.code_interpreter.to_dict()

        id = self.id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code_interpreter": code_interpreter,
                "id": id,
                "type": type_,
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
        code_interpreter = RunStepDetailsToolCallsCodeObjectCodeInterpreter.from_dict(d.pop("code_interpreter"))

        id = d.pop("id")

        type_ = cast(Literal["code_interpreter"], d.pop("type"))
        if type_ != "code_interpreter":
            raise ValueError(f"type must match const 'code_interpreter', got '{type_}'")

        run_step_details_tool_calls_code_object = cls(
            code_interpreter=code_interpreter,
            id=id,
            type_=type_,
        )

        run_step_details_tool_calls_code_object.additional_properties = d
        return run_step_details_tool_calls_code_object

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


from ..models.run_step_details_tool_calls_code_object_code_interpreter import (
    RunStepDetailsToolCallsCodeObjectCodeInterpreter,  # noqa: E402
)
