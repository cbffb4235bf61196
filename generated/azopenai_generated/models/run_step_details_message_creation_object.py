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
    from ..models.run_step_details_message_creation_object_message_creation import (
        RunStepDetailsMessageCreationObjectMessageCreation,
    )


T = TypeVar("T", bound="RunStepDetailsMessageCreationObject")


@_attrs_define
class RunStepDetailsMessageCreationObject:
    """Details of the message creation by the run step."""

    message_creation: RunStepDetailsMessageCreationObjectMessageCreation
    type_: Literal["message_creation"] = "message_creation"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        message_creation = self.message_creation.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_creation": message_creation,
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
        message_creation = RunStepDetailsMessageCreationObjectMessageCreation.from_dict(d.pop("message_creation"))

        type_ = cast(Literal["message_creation"], d.pop("type"))
        if type_ != "message_creation":
            raise ValueError(f"type must match const 'message_creation', got '{type_}'")

        run_step_details_message_creation_object = cls(
            message_creation=message_creation,
            type_=type_,
        )

        run_step_details_message_creation_object.additional_properties = d
        return run_step_details_message_creation_object

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


from ..models.run_step_details_message_creation_object_message_creation import (
    RunStepDetailsMessageCreationObjectMessageCreation,  # noqa: E402
)
