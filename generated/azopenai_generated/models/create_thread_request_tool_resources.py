from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_thread_request_tool_resources_code_interpreter import (
        CreateThreadRequestToolResourcesCodeInterpreter,
    )


T = TypeVar("T", bound="CreateThreadRequestToolResources")


@_attrs_define
class CreateThreadRequestToolResources:
    """A set of resources that are made available to the assistant's tools in this thread. The resources are specific to
    the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool
    requires a list of vector store IDs.

    """

    code_interpreter: CreateThreadRequestToolResourcesCodeInterpreter | Unset = UNSET
    file_search: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_interpreter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.code_interpreter, Unset):
            code_interpreter = self.code_interpreter.to_dict()

        file_search: Any | Unset
        if isinstance(self.file_search, Unset):
            file_search = UNSET
        else:
            file_search = self.file_search

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code_interpreter is not UNSET:
            field_dict["code_interpreter"] = code_interpreter
        if file_search is not UNSET:
            field_dict["file_search"] = file_search

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _code_interpreter = d.pop("code_interpreter", UNSET)
        code_interpreter: CreateThreadRequestToolResourcesCodeInterpreter | Unset
        if isinstance(_code_interpreter, Unset):
            code_interpreter = UNSET
        else:
            code_interpreter = CreateThreadRequestToolResourcesCodeInterpreter.from_dict(_code_interpreter)

        _file_search_data = d.pop("file_search", UNSET)
        file_search: Any | Unset
        if isinstance(_file_search_data, Unset):
            file_search = _file_search_data
        else:
            file_search = _file_search_data

        create_thread_request_tool_resources = cls(
            code_interpreter=code_interpreter,
            file_search=file_search,
        )

        create_thread_request_tool_resources.additional_properties = d
        return create_thread_request_tool_resources

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


from ..models.create_thread_request_tool_resources_code_interpreter import (
    CreateThreadRequestToolResourcesCodeInterpreter,  # noqa: E402
)
