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
    from ..models.run_step_delta_step_details_tool_calls_code_object import (
        RunStepDeltaStepDetailsToolCallsCodeObject,
    )
    from ..models.run_step_delta_step_details_tool_calls_file_search_object import (
        RunStepDeltaStepDetailsToolCallsFileSearchObject,
    )
    from ..models.run_step_delta_step_details_tool_calls_function_object import (
        RunStepDeltaStepDetailsToolCallsFunctionObject,
    )
    from ..models.unknown_type_variant import UnknownTypeVariant


T = TypeVar("T", bound="RunStepDeltaStepDetailsToolCallsObject")


@_attrs_define
class RunStepDeltaStepDetailsToolCallsObject:
    """Details of the tool call."""

    type_: Literal["tool_calls"] = "tool_calls"
    tool_calls: (
        list[
            RunStepDeltaStepDetailsToolCallsCodeObject
            | RunStepDeltaStepDetailsToolCallsFileSearchObject
            | RunStepDeltaStepDetailsToolCallsFunctionObject
            | UnknownTypeVariant
        ]
        | None
    ) = None
    """ An array of tool calls the run step was involved in. These can be associated with one of three types of
    tools: `code_interpreter`, `file_search` or `function`.
     """
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
        if self.tool_calls is not None:
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item: dict[str, Any]
                if isinstance(tool_calls_item_data, RunStepDeltaStepDetailsToolCallsCodeObject):
                    tool_calls_item = tool_calls_item_data.to_dict()
                elif isinstance(tool_calls_item_data, RunStepDeltaStepDetailsToolCallsFileSearchObject):
                    tool_calls_item = tool_calls_item_data.to_dict()
                elif isinstance(tool_calls_item_data, RunStepDeltaStepDetailsToolCallsFunctionObject):
                    tool_calls_item = tool_calls_item_data.to_dict()
                else:
                    tool_calls_item = tool_calls_item_data.to_dict()

                tool_calls.append(tool_calls_item)

            field_dict["tool_calls"] = tool_calls
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
        type_ = cast(Literal["tool_calls"], d.pop("type"))
        if type_ != "tool_calls":
            raise ValueError(f"type must match const 'tool_calls', got '{type_}'")

        _tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: (
            list[
                RunStepDeltaStepDetailsToolCallsCodeObject
                | RunStepDeltaStepDetailsToolCallsFileSearchObject
                | RunStepDeltaStepDetailsToolCallsFunctionObject
                | UnknownTypeVariant
            ]
            | None
        )
        if _tool_calls is UNSET:
            tool_calls = None
        elif _tool_calls is None:
            tool_calls = None
            nulls += ("tool_calls",)
        else:
            tool_calls = []
            _tool_calls = _tool_calls
            for tool_calls_item_data in _tool_calls:
                _tool_calls_item_data = tool_calls_item_data
                if not isinstance(_tool_calls_item_data, dict):
                    raise TypeError(f"tool_calls_item: expected an object, got {type(_tool_calls_item_data).__name__}")
                elif _tool_calls_item_data.get("type") == "code_interpreter":
                    tool_calls_item = RunStepDeltaStepDetailsToolCallsCodeObject.from_dict(_tool_calls_item_data)
                elif _tool_calls_item_data.get("type") == "file_search":
                    tool_calls_item = RunStepDeltaStepDetailsToolCallsFileSearchObject.from_dict(_tool_calls_item_data)
                elif _tool_calls_item_data.get("type") == "function":
                    tool_calls_item = RunStepDeltaStepDetailsToolCallsFunctionObject.from_dict(_tool_calls_item_data)
                else:
                    tool_calls_item = UnknownTypeVariant.from_dict(_tool_calls_item_data)

                tool_calls.append(tool_calls_item)

        run_step_delta_step_details_tool_calls_object = cls(
            type_=type_,
            tool_calls=tool_calls,
        )
        if nulls:
            run_step_delta_step_details_tool_calls_object._nulls = nulls

        run_step_delta_step_details_tool_calls_object.additional_properties = d
        return run_step_delta_step_details_tool_calls_object

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


from ..models.run_step_delta_step_details_tool_calls_code_object import (
    RunStepDeltaStepDetailsToolCallsCodeObject,  # noqa: E402
)
from ..models.run_step_delta_step_details_tool_calls_file_search_object import (
    RunStepDeltaStepDetailsToolCallsFileSearchObject,  # noqa: E402
)
from ..models.run_step_delta_step_details_tool_calls_function_object import (
    RunStepDeltaStepDetailsToolCallsFunctionObject,  # noqa: E402
)
from ..models.unknown_type_variant import UnknownTypeVariant  # noqa: E402
