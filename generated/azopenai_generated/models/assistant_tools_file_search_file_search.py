from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

T = TypeVar("T", bound="AssistantToolsFileSearchFileSearch")


@_attrs_define
class AssistantToolsFileSearchFileSearch:
    """Overrides for the file search tool."""

    max_num_results: int | None = None
    """ The maximum number of results the file search tool should output. The default is 20 for gpt-4* models and 5
    for gpt-3.5-turbo. This number should be between 1 and 50 inclusive.

    Note that the file search tool may output fewer than `max_num_results` results. See the [file search tool
    documentation](/docs/assistants/tools/file-search/number-of-chunks-returned) for more information.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.max_num_results is not None:
            field_dict["max_num_results"] = self.max_num_results
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
        _max_num_results = d.pop("max_num_results", UNSET)
        max_num_results: int | None
        if _max_num_results is UNSET:
            max_num_results = None
        elif _max_num_results is None:
            max_num_results = None
            nulls += ("max_num_results",)
        else:
            max_num_results = _max_num_results

        assistant_tools_file_search_file_search = cls(
            max_num_results=max_num_results,
        )
        if nulls:
            assistant_tools_file_search_file_search._nulls = nulls

        assistant_tools_file_search_file_search.additional_properties = d
        return assistant_tools_file_search_file_search

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
