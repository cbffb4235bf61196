from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

T = TypeVar("T", bound="CreateThreadAndRunRequestToolResourcesCodeInterpreter")


@_attrs_define
class CreateThreadAndRunRequestToolResourcesCodeInterpreter:
    file_ids: list[str] | None = None
    """ A list of file IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files
    associated with the tool.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.file_ids is not None:
            file_ids = self.file_ids

            field_dict["file_ids"] = file_ids
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
        _file_ids = d.pop("file_ids", UNSET)
        file_ids: list[str] | None
        if _file_ids is UNSET:
            file_ids = None
        elif _file_ids is None:
            file_ids = None
            nulls += ("file_ids",)
        else:
            file_ids = cast(list[str], _file_ids)

        create_thread_and_run_request_tool_resources_code_interpreter = cls(
            file_ids=file_ids,
        )
        if nulls:
            create_thread_and_run_request_tool_resources_code_interpreter._nulls = nulls

        create_thread_and_run_request_tool_resources_code_interpreter.additional_properties = d
        return create_thread_and_run_request_tool_resources_code_interpreter

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
