from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.other_chunking_strategy_response_param_type import (
    OtherChunkingStrategyResponseParamType,
)
from ..types import model_json, model_repr

T = TypeVar("T", bound="OtherChunkingStrategyResponseParam")


@_attrs_define
class OtherChunkingStrategyResponseParam:
    """This is returned when the chunking strategy is unknown. Typically, this is because the file was indexed before the
    `chunking_strategy` concept was introduced in the API.

    """

    type_: OtherChunkingStrategyResponseParamType
    """ Always `other`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """`to_dict()` as JSON text."""
        return model_json(self, indent)

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = OtherChunkingStrategyResponseParamType._value2member_map_.get(
            _type__value := d.pop("type")
        ) or OtherChunkingStrategyResponseParamType(_type__value)

        other_chunking_strategy_response_param = cls(
            type_=type_,
        )

        other_chunking_strategy_response_param.additional_properties = d
        return other_chunking_strategy_response_param

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
