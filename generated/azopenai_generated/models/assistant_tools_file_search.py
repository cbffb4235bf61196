from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.assistant_tools_file_search_file_search import (
        AssistantToolsFileSearchFileSearch,
    )


T = TypeVar("T", bound="AssistantToolsFileSearch")


@_attrs_define
class AssistantToolsFileSearch:
    type_: Literal["file_search"] = "file_search"
    file_search: AssistantToolsFileSearchFileSearch | None = None
    """ Overrides for the file search tool. """
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
        if self.file_search is not None:
            file_search = self.file_search.to_dict()
            field_dict["file_search"] = file_search
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
        type_ = cast(Literal["file_search"], d.pop("type"))
        if type_ != "file_search":
            raise ValueError(f"type must match const 'file_search', got '{type_}'")

        _file_search = d.pop("file_search", UNSET)
        file_search: AssistantToolsFileSearchFileSearch | None
        if _file_search is UNSET:
            file_search = None
        elif _file_search is None:
            file_search = None
            nulls += ("file_search",)
        else:
            file_search = AssistantToolsFileSearchFileSearch.from_dict(_file_search)

        assistant_tools_file_search = cls(
            type_=type_,
            file_search=file_search,
        )
        if nulls:
            assistant_tools_file_search._nulls = nulls

        assistant_tools_file_search.additional_properties = d
        return assistant_tools_file_search

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


from ..models.assistant_tools_file_search_file_search import (
    AssistantToolsFileSearchFileSearch,  # noqa: E402
)
