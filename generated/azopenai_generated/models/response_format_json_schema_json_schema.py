from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_format_json_schema_schema import ResponseFormatJsonSchemaSchema


T = TypeVar("T", bound="ResponseFormatJsonSchemaJsonSchema")


@_attrs_define
class ResponseFormatJsonSchemaJsonSchema:
    name: str
    """ The name of the response format. Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum
    length of 64. """
    description: str | Unset = UNSET
    """ A description of what the response format is for, used by the model to determine how to respond in the
    format. """
    schema: ResponseFormatJsonSchemaSchema | Unset = UNSET
    """ The schema for the response format, described as a JSON Schema object. """
    strict: bool | None | Unset = UNSET
    """ Whether to enable strict schema adherence when generating the output. If set to true, the model will always
    follow the exact schema defined in the `schema` field. Only a subset of JSON Schema is supported when `strict`
    is `true`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if schema is not UNSET:
            field_dict["schema"] = schema
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        _schema = d.pop("schema", UNSET)
        schema: ResponseFormatJsonSchemaSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = ResponseFormatJsonSchemaSchema.from_dict(_schema)

        _strict_data = d.pop("strict", UNSET)
        strict: bool | None | Unset
        if _strict_data is None or isinstance(_strict_data, Unset):
            strict = _strict_data
        else:
            strict = _strict_data

        response_format_json_schema_json_schema = cls(
            name=name,
            description=description,
            schema=schema,
            strict=strict,
        )

        response_format_json_schema_json_schema.additional_properties = d
        return response_format_json_schema_json_schema

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


from ..models.response_format_json_schema_schema import ResponseFormatJsonSchemaSchema  # noqa: E402
