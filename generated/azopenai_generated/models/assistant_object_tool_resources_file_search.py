from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

T = TypeVar("T", bound="AssistantObjectToolResourcesFileSearch")


@_attrs_define
class AssistantObjectToolResourcesFileSearch:
    vector_store_ids: list[str] | None = None
    """ The ID of the vector store attached to this assistant. There can be a maximum of 1 vector store attached to
    the assistant.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.vector_store_ids is not None:
            vector_store_ids = self.vector_store_ids

            field_dict["vector_store_ids"] = vector_store_ids
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
        _vector_store_ids = d.pop("vector_store_ids", UNSET)
        vector_store_ids: list[str] | None
        if _vector_store_ids is UNSET:
            vector_store_ids = None
        elif _vector_store_ids is None:
            vector_store_ids = None
            nulls += ("vector_store_ids",)
        else:
            vector_store_ids = cast(list[str], _vector_store_ids)

        assistant_object_tool_resources_file_search = cls(
            vector_store_ids=vector_store_ids,
        )
        if nulls:
            assistant_object_tool_resources_file_search._nulls = nulls

        assistant_object_tool_resources_file_search.additional_properties = d
        return assistant_object_tool_resources_file_search

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
