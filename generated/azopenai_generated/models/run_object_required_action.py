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
    from ..models.run_object_required_action_submit_tool_outputs import (
        RunObjectRequiredActionSubmitToolOutputs,
    )


T = TypeVar("T", bound="RunObjectRequiredAction")


@_attrs_define
class RunObjectRequiredAction:
    """Details on the action required to continue the run. Will be `null` if no action is required."""

    submit_tool_outputs: RunObjectRequiredActionSubmitToolOutputs
    """ Details on the tool outputs needed for this run to continue. """
    type_: Literal["submit_tool_outputs"] = "submit_tool_outputs"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        submit_tool_outputs = self.submit_tool_outputs.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "submit_tool_outputs": submit_tool_outputs,
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
        submit_tool_outputs = RunObjectRequiredActionSubmitToolOutputs.from_dict(d.pop("submit_tool_outputs"))

        type_ = cast(Literal["submit_tool_outputs"], d.pop("type"))
        if type_ != "submit_tool_outputs":
            raise ValueError(f"type must match const 'submit_tool_outputs', got '{type_}'")

        run_object_required_action = cls(
            submit_tool_outputs=submit_tool_outputs,
            type_=type_,
        )

        run_object_required_action.additional_properties = d
        return run_object_required_action

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


from ..models.run_object_required_action_submit_tool_outputs import (
    RunObjectRequiredActionSubmitToolOutputs,  # noqa: E402
)
