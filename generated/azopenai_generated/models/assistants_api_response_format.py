from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistants_api_response_format_type import AssistantsApiResponseFormatType
from ..types import UNSET, model_json, model_repr

T = TypeVar("T", bound="AssistantsApiResponseFormat")


@_attrs_define
class AssistantsApiResponseFormat:
    """An object describing the expected output of the model. If `json_object` only `function` type `tools` are allowed to
    be passed to the Run. If `text` the model can return text or any value needed.

    """

    type_: AssistantsApiResponseFormatType | None = None
    """ Must be one of `text` or `json_object`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.type_ is not None:
            type_ = self.type_
            field_dict["type"] = type_
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
        _type_ = d.pop("type", UNSET)
        type_: AssistantsApiResponseFormatType | None
        if _type_ is UNSET:
            type_ = None
        elif _type_ is None:
            type_ = None
            nulls += ("type",)
        else:
            type_ = AssistantsApiResponseFormatType._value2member_map_.get(
                _type__value := _type_
            ) or AssistantsApiResponseFormatType(_type__value)

        assistants_api_response_format = cls(
            type_=type_,
        )
        if nulls:
            assistants_api_response_format._nulls = nulls

        assistants_api_response_format.additional_properties = d
        return assistants_api_response_format

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
