from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.thread_object_tool_resources_code_interpreter import (
        ThreadObjectToolResourcesCodeInterpreter,
    )
    from ..models.thread_object_tool_resources_file_search import (
        ThreadObjectToolResourcesFileSearch,
    )


T = TypeVar("T", bound="ThreadObjectToolResources")


@_attrs_define
class ThreadObjectToolResources:
    """A set of resources that are made available to the assistant's tools in this thread. The resources are specific to
    the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool
    requires a list of vector store IDs.

    """

    code_interpreter: ThreadObjectToolResourcesCodeInterpreter | None = None
    file_search: ThreadObjectToolResourcesFileSearch | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.code_interpreter is not None:
            code_interpreter = self.code_interpreter.to_dict()
            field_dict["code_interpreter"] = code_interpreter
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
        _code_interpreter = d.pop("code_interpreter", UNSET)
        code_interpreter: ThreadObjectToolResourcesCodeInterpreter | None
        if _code_interpreter is UNSET:
            code_interpreter = None
        elif _code_interpreter is None:
            code_interpreter = None
            nulls += ("code_interpreter",)
        else:
            code_interpreter = ThreadObjectToolResourcesCodeInterpreter.from_dict(_code_interpreter)

        _file_search = d.pop("file_search", UNSET)
        file_search: ThreadObjectToolResourcesFileSearch | None
        if _file_search is UNSET:
            file_search = None
        elif _file_search is None:
            file_search = None
            nulls += ("file_search",)
        else:
            file_search = ThreadObjectToolResourcesFileSearch.from_dict(_file_search)

        thread_object_tool_resources = cls(
            code_interpreter=code_interpreter,
            file_search=file_search,
        )
        if nulls:
            thread_object_tool_resources._nulls = nulls

        thread_object_tool_resources.additional_properties = d
        return thread_object_tool_resources

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


from ..models.thread_object_tool_resources_code_interpreter import (
    ThreadObjectToolResourcesCodeInterpreter,  # noqa: E402
)
from ..models.thread_object_tool_resources_file_search import (
    ThreadObjectToolResourcesFileSearch,  # noqa: E402
)
