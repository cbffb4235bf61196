from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

T = TypeVar("T", bound="AzureSearchIndexFieldMappingOptions")


@_attrs_define
class AzureSearchIndexFieldMappingOptions:
    """Optional settings to control how fields are processed when using a configured Azure Search resource."""

    content_fields: list[str] | None = None
    """ The names of index fields that should be treated as content. """
    content_fields_separator: str | None = None
    """ The separator pattern that content fields should use. """
    filepath_field: str | None = None
    """ The name of the index field to use as a filepath. """
    image_vector_fields: list[str] | None = None
    """ The names of fields that represent image vector data. """
    title_field: str | None = None
    """ The name of the index field to use as a title. """
    url_field: str | None = None
    """ The name of the index field to use as a URL. """
    vector_fields: list[str] | None = None
    """ The names of fields that represent vector data. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.content_fields is not None:
            content_fields = self.content_fields

            field_dict["content_fields"] = content_fields
        if self.content_fields_separator is not None:
            field_dict["content_fields_separator"] = self.content_fields_separator
        if self.filepath_field is not None:
            field_dict["filepath_field"] = self.filepath_field
        if self.image_vector_fields is not None:
            image_vector_fields = self.image_vector_fields

            field_dict["image_vector_fields"] = image_vector_fields
        if self.title_field is not None:
            field_dict["title_field"] = self.title_field
        if self.url_field is not None:
            field_dict["url_field"] = self.url_field
        if self.vector_fields is not None:
            vector_fields = self.vector_fields

            field_dict["vector_fields"] = vector_fields
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
        _content_fields = d.pop("content_fields", UNSET)
        content_fields: list[str] | None
        if _content_fields is UNSET:
            content_fields = None
        elif _content_fields is None:
            content_fields = None
            nulls += ("content_fields",)
        else:
            content_fields = cast(list[str], _content_fields)

        _content_fields_separator = d.pop("content_fields_separator", UNSET)
        content_fields_separator: str | None
        if _content_fields_separator is UNSET:
            content_fields_separator = None
        elif _content_fields_separator is None:
            content_fields_separator = None
            nulls += ("content_fields_separator",)
        else:
            content_fields_separator = _content_fields_separator

        _filepath_field = d.pop("filepath_field", UNSET)
        filepath_field: str | None
        if _filepath_field is UNSET:
            filepath_field = None
        elif _filepath_field is None:
            filepath_field = None
            nulls += ("filepath_field",)
        else:
            filepath_field = _filepath_field

        _image_vector_fields = d.pop("image_vector_fields", UNSET)
        image_vector_fields: list[str] | None
        if _image_vector_fields is UNSET:
            image_vector_fields = None
        elif _image_vector_fields is None:
            image_vector_fields = None
            nulls += ("image_vector_fields",)
        else:
            image_vector_fields = cast(list[str], _image_vector_fields)

        _title_field = d.pop("title_field", UNSET)
        title_field: str | None
        if _title_field is UNSET:
            title_field = None
        elif _title_field is None:
            title_field = None
            nulls += ("title_field",)
        else:
            title_field = _title_field

        _url_field = d.pop("url_field", UNSET)
        url_field: str | None
        if _url_field is UNSET:
            url_field = None
        elif _url_field is None:
            url_field = None
            nulls += ("url_field",)
        else:
            url_field = _url_field

        _vector_fields = d.pop("vector_fields", UNSET)
        vector_fields: list[str] | None
        if _vector_fields is UNSET:
            vector_fields = None
        elif _vector_fields is None:
            vector_fields = None
            nulls += ("vector_fields",)
        else:
            vector_fields = cast(list[str], _vector_fields)

        azure_search_index_field_mapping_options = cls(
            content_fields=content_fields,
            content_fields_separator=content_fields_separator,
            filepath_field=filepath_field,
            image_vector_fields=image_vector_fields,
            title_field=title_field,
            url_field=url_field,
            vector_fields=vector_fields,
        )
        if nulls:
            azure_search_index_field_mapping_options._nulls = nulls

        azure_search_index_field_mapping_options.additional_properties = d
        return azure_search_index_field_mapping_options

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
