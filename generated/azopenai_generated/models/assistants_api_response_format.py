from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistants_api_response_format_type import AssistantsApiResponseFormatType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssistantsApiResponseFormat")


@_attrs_define
class AssistantsApiResponseFormat:
    """An object describing the expected output of the model. If `json_object` only `function` type `tools` are allowed to
    be passed to the Run. If `text` the model can return text or any value needed.

    """

    type_: AssistantsApiResponseFormatType | Unset = UNSET
    """ Must be one of `text` or `json_object`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: AssistantsApiResponseFormatType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AssistantsApiResponseFormatType._value2member_map_.get(
                _type__value := _type_
            ) or AssistantsApiResponseFormatType(_type__value)

        assistants_api_response_format = cls(
            type_=type_,
        )

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
