from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.response_format_json_schema_schema import ResponseFormatJsonSchemaSchema


T = TypeVar("T", bound="ResponseFormatJsonSchemaJsonSchema")


@_attrs_define
class ResponseFormatJsonSchemaJsonSchema:
    name: str
    """ The name of the response format. Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum
    length of 64. """
    description: str | None = None
    """ A description of what the response format is for, used by the model to determine how to respond in the
    format. """
    schema: ResponseFormatJsonSchemaSchema | None = None
    """ The schema for the response format, described as a JSON Schema object. """
    strict: bool | None = None
    """ Whether to enable strict schema adherence when generating the output. If set to true, the model will always
    follow the exact schema defined in the `schema` field. Only a subset of JSON Schema is supported when `strict`
    is `true`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if self.description is not None:
            field_dict["description"] = self.description
        if self.schema is not None:
            schema = self.schema.to_dict()
            field_dict["schema"] = schema
        if self.strict is not None:
            strict: bool | None
            strict = self.strict
            field_dict["strict"] = strict
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
        name = d.pop("name")

        _description = d.pop("description", UNSET)
        description: str | None
        if _description is UNSET:
            description = None
        elif _description is None:
            description = None
            nulls += ("description",)
        else:
            description = _description

        _schema = d.pop("schema", UNSET)
        schema: ResponseFormatJsonSchemaSchema | None
        if _schema is UNSET:
            schema = None
        elif _schema is None:
            schema = None
            nulls += ("schema",)
        else:
            schema = ResponseFormatJsonSchemaSchema.from_dict(_schema)

        _strict = d.pop("strict", UNSET)
        strict: bool | None
        if _strict is UNSET:
            strict = None
        elif _strict is None:
            strict = None
            nulls += ("strict",)
        else:
            _strict_data = _strict
            strict = _strict_data

        response_format_json_schema_json_schema = cls(
            name=name,
            description=description,
            schema=schema,
            strict=strict,
        )
        if nulls:
            response_format_json_schema_json_schema._nulls = nulls

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
