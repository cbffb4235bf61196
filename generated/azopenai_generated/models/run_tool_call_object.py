from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_tool_call_object_type import RunToolCallObjectType
from ..types import model_json, model_repr

if TYPE_CHECKING:
    from ..models.run_tool_call_object_function import RunToolCallObjectFunction


T = TypeVar("T", bound="RunToolCallObject")


@_attrs_define
class RunToolCallObject:
    """Tool call objects"""

    function: RunToolCallObjectFunction
    """ The function definition. """
    id: str
    """ The ID of the tool call. This ID must be referenced when you submit the tool outputs in using the [Submit
    tool outputs to run](/docs/api-reference/runs/submitToolOutputs) endpoint. """
    type_: RunToolCallObjectType
    """ The type of tool call the output is required for. For now, this is always `function`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        function = self.function.to_dict()

        id = self.id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "function": function,
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
        function = RunToolCallObjectFunction.from_dict(d.pop("function"))

        id = d.pop("id")

        type_ = RunToolCallObjectType._value2member_map_.get(_type__value := d.pop("type")) or RunToolCallObjectType(
            _type__value
        )

        run_tool_call_object = cls(
            function=function,
            id=id,
            type_=type_,
        )

        run_tool_call_object.additional_properties = d
        return run_tool_call_object

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


from ..models.run_tool_call_object_function import RunToolCallObjectFunction  # noqa: E402
