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
    from ..models.run_step_delta_step_details_tool_calls_function_object_function import (
        RunStepDeltaStepDetailsToolCallsFunctionObjectFunction,
    )


T = TypeVar("T", bound="RunStepDeltaStepDetailsToolCallsFunctionObject")


@_attrs_define
class RunStepDeltaStepDetailsToolCallsFunctionObject:
    index: int
    """ The index of the tool call in the tool calls array. """
    type_: Literal["function"] = "function"
    function: RunStepDeltaStepDetailsToolCallsFunctionObjectFunction | Unset = UNSET
    """ The definition of the function that was called. """
    id: str | Unset = UNSET
    """ The ID of the tool call object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        type_ = self.type_

        function: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function, Unset):
            function = self.function.to_dict()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "type": type_,
            }
        )
        if function is not UNSET:
            field_dict["function"] = function
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        type_ = cast(Literal["function"], d.pop("type"))
        if type_ != "function":
            raise ValueError(f"type must match const 'function', got '{type_}'")

        _function = d.pop("function", UNSET)
        function: RunStepDeltaStepDetailsToolCallsFunctionObjectFunction | Unset
        if isinstance(_function, Unset):
            function = UNSET
        else:
            function = RunStepDeltaStepDetailsToolCallsFunctionObjectFunction.from_dict(_function)

        id = d.pop("id", UNSET)

        run_step_delta_step_details_tool_calls_function_object = cls(
            index=index,
            type_=type_,
            function=function,
            id=id,
        )

        run_step_delta_step_details_tool_calls_function_object.additional_properties = d
        return run_step_delta_step_details_tool_calls_function_object

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


from ..models.run_step_delta_step_details_tool_calls_function_object_function import (
    RunStepDeltaStepDetailsToolCallsFunctionObjectFunction,  # noqa: E402
)
