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
    from ..models.run_step_delta_step_details_tool_calls_file_search_object_file_search import (
        RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch,
    )


T = TypeVar("T", bound="RunStepDeltaStepDetailsToolCallsFileSearchObject")


@_attrs_define
class RunStepDeltaStepDetailsToolCallsFileSearchObject:
    file_search: RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch
    """ For now, this is always going to be an empty object. """
    index: int
    """ The index of the tool call in the tool calls array. """
    type_: Literal["file_search"] = "file_search"
    id: str | None = None
    """ The ID of the tool call object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        file_search = self.file_search.to_dict()

        index = self.index

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_search": file_search,
                "index": index,
                "type": type_,
            }
        )
        if self.id is not None:
            field_dict["id"] = self.id
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
        file_search = RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch.from_dict(d.pop("file_search"))

        index = d.pop("index")

        type_ = cast(Literal["file_search"], d.pop("type"))
        if type_ != "file_search":
            raise ValueError(f"type must match const 'file_search', got '{type_}'")

        _id = d.pop("id", UNSET)
        id: str | None
        if _id is UNSET:
            id = None
        elif _id is None:
            id = None
            nulls += ("id",)
        else:
            id = _id

        run_step_delta_step_details_tool_calls_file_search_object = cls(
            file_search=file_search,
            index=index,
            type_=type_,
            id=id,
        )
        if nulls:
            run_step_delta_step_details_tool_calls_file_search_object._nulls = nulls

        run_step_delta_step_details_tool_calls_file_search_object.additional_properties = d
        return run_step_delta_step_details_tool_calls_file_search_object

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


from ..models.run_step_delta_step_details_tool_calls_file_search_object_file_search import (
    RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch,  # noqa: E402
)
