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

from ..types import model_json, model_repr

if TYPE_CHECKING:
    from ..models.run_step_details_tool_calls_code_object import (
        RunStepDetailsToolCallsCodeObject,
    )
    from ..models.run_step_details_tool_calls_file_search_object import (
        RunStepDetailsToolCallsFileSearchObject,
    )
    from ..models.run_step_details_tool_calls_function_object import (
        RunStepDetailsToolCallsFunctionObject,
    )
    from ..models.unknown_type_variant import UnknownTypeVariant


T = TypeVar("T", bound="RunStepDetailsToolCallsObject")


@_attrs_define
class RunStepDetailsToolCallsObject:
    """Details of the tool call."""

    tool_calls: list[
        RunStepDetailsToolCallsCodeObject
        | RunStepDetailsToolCallsFileSearchObject
        | RunStepDetailsToolCallsFunctionObject
        | UnknownTypeVariant
    ]
    """ An array of tool calls the run step was involved in. These can be associated with one of three types of
    tools: `code_interpreter`, `retrieval` or `function`.
     """
    type_: Literal["tool_calls"] = "tool_calls"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        tool_calls = []
        for tool_calls_item_data in self.tool_calls:
            tool_calls_item: dict[str, Any]
            if isinstance(tool_calls_item_data, RunStepDetailsToolCallsCodeObject):
                tool_calls_item = tool_calls_item_data.to_dict()
            elif isinstance(tool_calls_item_data, RunStepDetailsToolCallsFileSearchObject):
                tool_calls_item = tool_calls_item_data.to_dict()
            elif isinstance(tool_calls_item_data, RunStepDetailsToolCallsFunctionObject):
                tool_calls_item = tool_calls_item_data.to_dict()
            else:
                tool_calls_item = tool_calls_item_data.to_dict()

            tool_calls.append(tool_calls_item)

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_calls": tool_calls,
                "type": type_,
            }
        )

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """`to_dict()` as JSON text."""
        return model_json(self, indent)

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tool_calls = []
        _tool_calls = d.pop("tool_calls")
        for tool_calls_item_data in _tool_calls:
            _tool_calls_item_data = tool_calls_item_data
            if not isinstance(_tool_calls_item_data, dict):
                raise TypeError(f"tool_calls_item: expected an object, got {type(_tool_calls_item_data).__name__}")
            elif _tool_calls_item_data.get("type") == "code_interpreter":
                tool_calls_item = RunStepDetailsToolCallsCodeObject.from_dict(_tool_calls_item_data)
            elif _tool_calls_item_data.get("type") == "file_search":
                tool_calls_item = RunStepDetailsToolCallsFileSearchObject.from_dict(_tool_calls_item_data)
            elif _tool_calls_item_data.get("type") == "function":
                tool_calls_item = RunStepDetailsToolCallsFunctionObject.from_dict(_tool_calls_item_data)
            else:
                tool_calls_item = UnknownTypeVariant.from_dict(_tool_calls_item_data)

            tool_calls.append(tool_calls_item)

        type_ = cast(Literal["tool_calls"], d.pop("type"))
        if type_ != "tool_calls":
            raise ValueError(f"type must match const 'tool_calls', got '{type_}'")

        run_step_details_tool_calls_object = cls(
            tool_calls=tool_calls,
            type_=type_,
        )

        run_step_details_tool_calls_object.additional_properties = d
        return run_step_details_tool_calls_object

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


from ..models.run_step_details_tool_calls_code_object import (
    RunStepDetailsToolCallsCodeObject,  # noqa: E402
)
from ..models.run_step_details_tool_calls_file_search_object import (
    RunStepDetailsToolCallsFileSearchObject,  # noqa: E402
)
from ..models.run_step_details_tool_calls_function_object import (
    RunStepDetailsToolCallsFunctionObject,  # noqa: E402
)
from ..models.unknown_type_variant import UnknownTypeVariant  # noqa: E402
