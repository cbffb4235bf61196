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
    from ..models.message_object import MessageObject


T = TypeVar("T", bound="MessageStreamEventCompleted")


@_attrs_define
class MessageStreamEventCompleted:
    """Occurs when a message is completed."""

    data: MessageObject
    """ Represents a message within a [thread](/docs/api-reference/threads). """
    event: Literal["thread.message.completed"] = "thread.message.completed"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        data = self.data.to_dict()

        event = self.event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "event": event,
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
        data = MessageObject.from_dict(d.pop("data"))

        event = cast(Literal["thread.message.completed"], d.pop("event"))
        if event != "thread.message.completed":
            raise ValueError(f"event must match const 'thread.message.completed', got '{event}'")

        message_stream_event_completed = cls(
            data=data,
            event=event,
        )

        message_stream_event_completed.additional_properties = d
        return message_stream_event_completed

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


from ..models.message_object import MessageObject  # noqa: E402
