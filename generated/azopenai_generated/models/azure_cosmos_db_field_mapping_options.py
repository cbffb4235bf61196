from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AzureCosmosDBFieldMappingOptions")


@_attrs_define
class AzureCosmosDBFieldMappingOptions:
    """Optional settings to control how fields are processed when using a configured Azure Cosmos DB resource."""

    content_fields: list[str]
    """ The names of index fields that should be treated as content. """
    vector_fields: list[str]
    """ The names of fields that represent vector data. """
    content_fields_separator: str | Unset = UNSET
    """ The separator pattern that content fields should use. """
    filepath_field: str | Unset = UNSET
    """ The name of the index field to use as a filepath. """
    title_field: str | Unset = UNSET
    """ The name of the index field to use as a title. """
    url_field: str | Unset = UNSET
    """ The name of the index field to use as a URL. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_fields = self.content_fields

        vector_fields = self.vector_fields

        content_fields_separator = self.content_fields_separator

        filepath_field = self.filepath_field

        title_field = self.title_field

        url_field = self.url_field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_fields": content_fields,
                "vector_fields": vector_fields,
            }
        )
        if content_fields_separator is not UNSET:
            field_dict["content_fields_separator"] = content_fields_separator
        if filepath_field is not UNSET:
            field_dict["filepath_field"] = filepath_field
        if title_field is not UNSET:
            field_dict["title_field"] = title_field
        if url_field is not UNSET:
            field_dict["url_field"] = url_field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content_fields = cast(list[str], d.pop("content_fields"))

        vector_fields = cast(list[str], d.pop("vector_fields"))

        content_fields_separator = d.pop("content_fields_separator", UNSET)

        filepath_field = d.pop("filepath_field", UNSET)

        title_field = d.pop("title_field", UNSET)

        url_field = d.pop("url_field", UNSET)

        azure_cosmos_db_field_mapping_options = cls(
            content_fields=content_fields,
            vector_fields=vector_fields,
            content_fields_separator=content_fields_separator,
            filepath_field=filepath_field,
            title_field=title_field,
            url_field=url_field,
        )

        azure_cosmos_db_field_mapping_options.additional_properties = d
        return azure_cosmos_db_field_mapping_options

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
