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
    from ..models.run_step_delta_step_details_message_creation_object_message_creation import (
        RunStepDeltaStepDetailsMessageCreationObjectMessageCreation,
    )


T = TypeVar("T", bound="RunStepDeltaStepDetailsMessageCreationObject")


@_attrs_define
class RunStepDeltaStepDetailsMessageCreationObject:
    """Details of the message creation by the run step."""

    type_: Literal["message_creation"] = "message_creation"
    message_creation: RunStepDeltaStepDetailsMessageCreationObjectMessageCreation | None = None
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
        if self.message_creation is not None:
            message_creation = self.message_creation.to_dict()
            field_dict["message_creation"] = message_creation
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
        type_ = cast(Literal["message_creation"], d.pop("type"))
        if type_ != "message_creation":
            raise ValueError(f"type must match const 'message_creation', got '{type_}'")

        _message_creation = d.pop("message_creation", UNSET)
        message_creation: RunStepDeltaStepDetailsMessageCreationObjectMessageCreation | None
        if _message_creation is UNSET:
            message_creation = None
        elif _message_creation is None:
            message_creation = None
            nulls += ("message_creation",)
        else:
            message_creation = RunStepDeltaStepDetailsMessageCreationObjectMessageCreation.from_dict(_message_creation)

        run_step_delta_step_details_message_creation_object = cls(
            type_=type_,
            message_creation=message_creation,
        )
        if nulls:
            run_step_delta_step_details_message_creation_object._nulls = nulls

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
