from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.submit_tool_outputs_run_request_tool_outputs_item import (
        SubmitToolOutputsRunRequestToolOutputsItem,
    )


T = TypeVar("T", bound="SubmitToolOutputsRunRequest")


@_attrs_define
class SubmitToolOutputsRunRequest:
    tool_outputs: list[SubmitToolOutputsRunRequestToolOutputsItem]
    """ A list of tools for which the outputs are being submitted. """
    stream: bool | None = None
    """ If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the
    Run enters a terminal state with a `data: [DONE]` message.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        tool_outputs = []
        for tool_outputs_item_data in self.tool_outputs:
            tool_outputs_item = tool_outputs_item_data.to_dict()
            tool_outputs.append(tool_outputs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_outputs": tool_outputs,
            }
        )
        if self.stream is not None:
            stream: bool | None
            stream = self.stream
            field_dict["stream"] = stream
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
        tool_outputs = []
        _tool_outputs = d.pop("tool_outputs")
        for tool_outputs_item_data in _tool_outputs:
            tool_outputs_item = SubmitToolOutputsRunRequestToolOutputsItem.from_dict(tool_outputs_item_data)

            tool_outputs.append(tool_outputs_item)

        _stream = d.pop("stream", UNSET)
        stream: bool | None
        if _stream is UNSET:
            stream = None
        elif _stream is None:
            stream = None
            nulls += ("stream",)
        else:
            _stream_data = _stream
            stream = _stream_data

        submit_tool_outputs_run_request = cls(
            tool_outputs=tool_outputs,
            stream=stream,
        )
        if nulls:
            submit_tool_outputs_run_request._nulls = nulls

        submit_tool_outputs_run_request.additional_properties = d
        return submit_tool_outputs_run_request

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


from ..models.submit_tool_outputs_run_request_tool_outputs_item import (
    SubmitToolOutputsRunRequestToolOutputsItem,  # noqa: E402
)
