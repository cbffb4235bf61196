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

from ..types import UNSET, model_json, model_repr

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
    function: RunStepDeltaStepDetailsToolCallsFunctionObjectFunction | None = None
    """ The definition of the function that was called. """
    id: str | None = None
    """ The ID of the tool call object. """
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
        if self.function is not None:
            function = self.function.to_dict()
            field_dict["function"] = function
        if self.id is not None:
            field_dict["id"] = self.id
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

        type_ = cast(Literal["function"], d.pop("type"))
        if type_ != "function":
            raise ValueError(f"type must match const 'function', got '{type_}'")

        _function = d.pop("function", UNSET)
        function: RunStepDeltaStepDetailsToolCallsFunctionObjectFunction | None
        if _function is UNSET:
            function = None
        elif _function is None:
            function = None
            nulls += ("function",)
        else:
            function = RunStepDeltaStepDetailsToolCallsFunctionObjectFunction.from_dict(_function)

        _id = d.pop("id", UNSET)
        id: str | None
        if _id is UNSET:
            id = None
        elif _id is None:
            id = None
            nulls += ("id",)
        else:
            id = _id

        run_step_delta_step_details_tool_calls_function_object = cls(
            index=index,
            type_=type_,
            function=function,
            id=id,
        )
        if nulls:
            run_step_delta_step_details_tool_calls_function_object._nulls = nulls

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
