from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistants_named_tool_choice_type import AssistantsNamedToolChoiceType
from ..types import UNSET, model_json, model_repr

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
    function: AssistantsNamedToolChoiceFunction | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if self.function is not None:
            function = self.function.to_dict()
            field_dict["function"] = function
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
        type_ = AssistantsNamedToolChoiceType._value2member_map_.get(
            _type__value := d.pop("type")
        ) or AssistantsNamedToolChoiceType(_type__value)

        _function = d.pop("function", UNSET)
        function: AssistantsNamedToolChoiceFunction | None
        if _function is UNSET:
            function = None
        elif _function is None:
            function = None
            nulls += ("function",)
        else:
            function = AssistantsNamedToolChoiceFunction.from_dict(_function)

        assistants_named_tool_choice = cls(
            type_=type_,
            function=function,
        )
        if nulls:
            assistants_named_tool_choice._nulls = nulls

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
