from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_step_object_object import RunStepObjectObject
from ..models.run_step_object_status import RunStepObjectStatus
from ..models.run_step_object_type import RunStepObjectType
from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.run_step_details_message_creation_object import (
        RunStepDetailsMessageCreationObject,
    )
    from ..models.run_step_details_tool_calls_object import RunStepDetailsToolCallsObject
    from ..models.run_step_object_last_error import RunStepObjectLastError
    from ..models.run_step_object_metadata import RunStepObjectMetadata
    from ..models.unknown_type_variant import UnknownTypeVariant


T = TypeVar("T", bound="RunStepObject")


@_attrs_define
class RunStepObject:
    """Represents a step in execution of a run."""

    assistant_id: str
    """ The ID of the [assistant](/docs/api-reference/assistants) associated with the run step. """
    created_at: int
    """ The Unix timestamp (in seconds) for when the run step was created. """
    id: str
    """ The identifier of the run step, which can be referenced in API endpoints. """
    object_: RunStepObjectObject
    """ The object type, which is always `assistant.run.step``. """
    run_id: str
    """ The ID of the [run](/docs/api-reference/runs) that this run step is a part of. """
    status: RunStepObjectStatus
    """ The status of the run, which can be either `in_progress`, `cancelled`, `failed`, `completed`, or `expired`.
    """
    step_details: RunStepDetailsMessageCreationObject | RunStepDetailsToolCallsObject | UnknownTypeVariant
    """ The details of the run step. """
    thread_id: str
    """ The ID of the [thread](/docs/api-reference/threads) that was run. """
    type_: RunStepObjectType
    """ The type of run step, which can be either `message_creation` or `tool_calls`. """
    cancelled_at: int | None = None
    """ The Unix timestamp (in seconds) for when the run step was cancelled. """
    completed_at: int | None = None
    """ The Unix timestamp (in seconds) for when the run step completed. """
    expired_at: int | None = None
    """ The Unix timestamp (in seconds) for when the run step expired. A step is considered expired if the parent
    run is expired. """
    failed_at: int | None = None
    """ The Unix timestamp (in seconds) for when the run step failed. """
    last_error: None | RunStepObjectLastError = None
    """ The last error associated with this run step. Will be `null` if there are no errors. """
    metadata: None | RunStepObjectMetadata = None
    """ Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format. Keys can be a maximum of 64 characters long and values can
    be a maximum of 512 characters long.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        assistant_id = self.assistant_id

        created_at = self.created_at

        id = self.id

        object_ = self.object_

        run_id = self.run_id

        status = self.status

        step_details: dict[str, Any]
        if isinstance(self.step_details, RunStepDetailsMessageCreationObject):
            step_details = self.step_details.to_dict()
        elif isinstance(self.step_details, RunStepDetailsToolCallsObject):
            step_details = self.step_details.to_dict()
        else:
            step_details = self.step_details.to_dict()

        thread_id = self.thread_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assistant_id": assistant_id,
                "created_at": created_at,
                "id": id,
                "object": object_,
                "run_id": run_id,
                "status": status,
                "step_details": step_details,
                "thread_id": thread_id,
                "type": type_,
            }
        )
        if self.cancelled_at is not None:
            cancelled_at: int | None
            cancelled_at = self.cancelled_at
            field_dict["cancelled_at"] = cancelled_at
        if self.completed_at is not None:
            completed_at: int | None
            completed_at = self.completed_at
            field_dict["completed_at"] = completed_at
        if self.expired_at is not None:
            expired_at: int | None
            expired_at = self.expired_at
            field_dict["expired_at"] = expired_at
        if self.failed_at is not None:
            failed_at: int | None
            failed_at = self.failed_at
            field_dict["failed_at"] = failed_at
        if self.last_error is not None:
            last_error: dict[str, Any] | None
            if isinstance(self.last_error, RunStepObjectLastError):
                last_error = self.last_error.to_dict()
            else:
                last_error = self.last_error
            field_dict["last_error"] = last_error
        if self.metadata is not None:
            metadata: dict[str, Any] | None
            if isinstance(self.metadata, RunStepObjectMetadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
            field_dict["metadata"] = metadata
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
        assistant_id = d.pop("assistant_id")

        created_at = d.pop("created_at")

        id = d.pop("id")

        object_ = RunStepObjectObject._value2member_map_.get(_object__value := d.pop("object")) or RunStepObjectObject(
            _object__value
        )

        run_id = d.pop("run_id")

        status = RunStepObjectStatus._value2member_map_.get(_status_value := d.pop("status")) or RunStepObjectStatus(
            _status_value
        )

        _step_details_data = d.pop("step_details")
        if not isinstance(_step_details_data, dict):
            raise TypeError(f"step_details: expected an object, got {type(_step_details_data).__name__}")
        elif _step_details_data.get("type") == "message_creation":
            step_details = RunStepDetailsMessageCreationObject.from_dict(_step_details_data)
        elif _step_details_data.get("type") == "tool_calls":
            step_details = RunStepDetailsToolCallsObject.from_dict(_step_details_data)
        else:
            step_details = UnknownTypeVariant.from_dict(_step_details_data)

        thread_id = d.pop("thread_id")

        type_ = RunStepObjectType._value2member_map_.get(_type__value := d.pop("type")) or RunStepObjectType(
            _type__value
        )

        _cancelled_at = d.pop("cancelled_at", UNSET)
        cancelled_at: int | None
        if _cancelled_at is UNSET:
            cancelled_at = None
        elif _cancelled_at is None:
            cancelled_at = None
            nulls += ("cancelled_at",)
        else:
            _cancelled_at_data = _cancelled_at
            cancelled_at = _cancelled_at_data

        _completed_at = d.pop("completed_at", UNSET)
        completed_at: int | None
        if _completed_at is UNSET:
            completed_at = None
        elif _completed_at is None:
            completed_at = None
            nulls += ("completed_at",)
        else:
            _completed_at_data = _completed_at
            completed_at = _completed_at_data

        _expired_at = d.pop("expired_at", UNSET)
        expired_at: int | None
        if _expired_at is UNSET:
            expired_at = None
        elif _expired_at is None:
            expired_at = None
            nulls += ("expired_at",)
        else:
            _expired_at_data = _expired_at
            expired_at = _expired_at_data

        _failed_at = d.pop("failed_at", UNSET)
        failed_at: int | None
        if _failed_at is UNSET:
            failed_at = None
        elif _failed_at is None:
            failed_at = None
            nulls += ("failed_at",)
        else:
            _failed_at_data = _failed_at
            failed_at = _failed_at_data

        _last_error = d.pop("last_error", UNSET)
        last_error: None | RunStepObjectLastError
        if _last_error is UNSET:
            last_error = None
        elif _last_error is None:
            last_error = None
            nulls += ("last_error",)
        else:
            _last_error_data = _last_error
            last_error_type_0 = RunStepObjectLastError.from_dict(_last_error_data)

            last_error = last_error_type_0

        _metadata = d.pop("metadata", UNSET)
        metadata: None | RunStepObjectMetadata
        if _metadata is UNSET:
            metadata = None
        elif _metadata is None:
            metadata = None
            nulls += ("metadata",)
        else:
            _metadata_data = _metadata
            metadata_type_0 = RunStepObjectMetadata.from_dict(_metadata_data)

            metadata = metadata_type_0

        run_step_object = cls(
            assistant_id=assistant_id,
            created_at=created_at,
            id=id,
            object_=object_,
            run_id=run_id,
            status=status,
            step_details=step_details,
            thread_id=thread_id,
            type_=type_,
            cancelled_at=cancelled_at,
            completed_at=completed_at,
            expired_at=expired_at,
            failed_at=failed_at,
            last_error=last_error,
            metadata=metadata,
        )
        if nulls:
            run_step_object._nulls = nulls

        run_step_object.additional_properties = d
        return run_step_object

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


from ..models.run_step_details_message_creation_object import (
    RunStepDetailsMessageCreationObject,  # noqa: E402
)
from ..models.run_step_details_tool_calls_object import RunStepDetailsToolCallsObject  # noqa: E402
from ..models.run_step_object_last_error import RunStepObjectLastError  # noqa: E402
from ..models.run_step_object_metadata import RunStepObjectMetadata  # noqa: E402
from ..models.unknown_type_variant import UnknownTypeVariant  # noqa: E402
