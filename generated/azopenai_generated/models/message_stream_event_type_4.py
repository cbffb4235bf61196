from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_stream_event_type_4_event import MessageStreamEventType4Event

if TYPE_CHECKING:
    from ..models.message_object import MessageObject


T = TypeVar("T", bound="MessageStreamEventType4")


@_attrs_define
class MessageStreamEventType4:
    """Occurs when a message ends before it is completed."""

    data: MessageObject
    """ Represents a message within a [thread](/docs/api-reference/threads). """
    event: MessageStreamEventType4Event
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = MessageObject.from_dict(d.pop("data"))

        event = MessageStreamEventType4Event._value2member_map_.get(
            _event_value := d.pop("event")
        ) or MessageStreamEventType4Event(_event_value)

        message_stream_event_type_4 = cls(
            data=data,
            event=event,
        )

        message_stream_event_type_4.additional_properties = d
        return message_stream_event_type_4

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
