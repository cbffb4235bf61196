from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistants_named_tool_choice_type import AssistantsNamedToolChoiceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistants_named_tool_choice_function import (
        AssistantsNamedToolChoiceFunction,
    )


T = TypeVar("T", bound="AssistantsNamedToolChoice")


@_attrs_define
class AssistantsNamedToolChoice:
    """Specifies a tool the model should use. Use to force the model to call a specific tool."""

    type_: AssistantsNamedToolChoiceType
    """ The type of the tool. If type is `function`, the function name must be set """
    function: AssistantsNamedToolChoiceFunction | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        function: dict[str, Any] | None | Unset
        if isinstance(self.function, Unset):
            function = UNSET
        elif isinstance(self.function, AssistantsNamedToolChoiceFunction):
            function = self.function.to_dict()
        else:
            function = self.function

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if function is not UNSET:
            field_dict["function"] = function

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = AssistantsNamedToolChoiceType._value2member_map_.get(
            _type__value := d.pop("type")
        ) or AssistantsNamedToolChoiceType(_type__value)

        _function_data = d.pop("function", UNSET)
        function: AssistantsNamedToolChoiceFunction | None | Unset
        if _function_data is None or isinstance(_function_data, Unset):
            function = _function_data
        else:
            function_type_0 = AssistantsNamedToolChoiceFunction.from_dict(_function_data)

            function = function_type_0

        assistants_named_tool_choice = cls(
            type_=type_,
            function=function,
        )

        assistants_named_tool_choice.additional_properties = d
        return assistants_named_tool_choice

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


from ..models.assistants_named_tool_choice_function import (
    AssistantsNamedToolChoiceFunction,  # noqa: E402
)
