from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.submit_tool_outputs_run_request_tool_outputs_item import (
        SubmitToolOutputsRunRequestToolOutputsItem,
    )


T = TypeVar("T", bound="SubmitToolOutputsRunRequest")


@_attrs_define
class SubmitToolOutputsRunRequest:
    tool_outputs: list[SubmitToolOutputsRunRequestToolOutputsItem]
    """ A list of tools for which the outputs are being submitted. """
    stream: bool | None | Unset = UNSET
    """ If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the
    Run enters a terminal state with a `data: [DONE]` message.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_outputs = []
        for tool_outputs_item_data in self.tool_outputs:
            tool_outputs_item = tool_outputs_item_data.to_dict()
            tool_outputs.append(tool_outputs_item)

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_outputs": tool_outputs,
            }
        )
        if stream is not UNSET:
            field_dict["stream"] = stream

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tool_outputs = []
        _tool_outputs = d.pop("tool_outputs")
        for tool_outputs_item_data in _tool_outputs:
            tool_outputs_item = SubmitToolOutputsRunRequestToolOutputsItem.from_dict(tool_outputs_item_data)

            tool_outputs.append(tool_outputs_item)

        _stream_data = d.pop("stream", UNSET)
        stream: bool | None | Unset
        if _stream_data is None or isinstance(_stream_data, Unset):
            stream = _stream_data
        else:
            stream = _stream_data

        submit_tool_outputs_run_request = cls(
            tool_outputs=tool_outputs,
            stream=stream,
        )

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
