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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_step_delta_step_details_message_creation_object_message_creation import (
        RunStepDeltaStepDetailsMessageCreationObjectMessageCreation,
    )


T = TypeVar("T", bound="RunStepDeltaStepDetailsMessageCreationObject")


@_attrs_define
class RunStepDeltaStepDetailsMessageCreationObject:
    """Details of the message creation by the run step."""

    type_: Literal["message_creation"] = "message_creation"
    message_creation: RunStepDeltaStepDetailsMessageCreationObjectMessageCreation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        message_creation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_creation, Unset):
            message_creation = self.message_creation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if message_creation is not UNSET:
            field_dict["message_creation"] = message_creation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["message_creation"], d.pop("type"))
        if type_ != "message_creation":
            raise ValueError(f"type must match const 'message_creation', got '{type_}'")

        _message_creation = d.pop("message_creation", UNSET)
        message_creation: RunStepDeltaStepDetailsMessageCreationObjectMessageCreation | Unset
        if isinstance(_message_creation, Unset):
            message_creation = UNSET
        else:
            message_creation = RunStepDeltaStepDetailsMessageCreationObjectMessageCreation.from_dict(_message_creation)

        run_step_delta_step_details_message_creation_object = cls(
            type_=type_,
            message_creation=message_creation,
        )

        run_step_delta_step_details_message_creation_object.additional_properties = d
        return run_step_delta_step_details_message_creation_object

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


from ..models.run_step_delta_step_details_message_creation_object_message_creation import (
    RunStepDeltaStepDetailsMessageCreationObjectMessageCreation,  # noqa: E402
)
