from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_stream_event_type_0_event import ThreadStreamEventType0Event

if TYPE_CHECKING:
    from ..models.thread_object import ThreadObject


T = TypeVar("T", bound="ThreadStreamEventType0")


@_attrs_define
class ThreadStreamEventType0:
    """Occurs when a new thread is created."""

    data: ThreadObject
    """ Represents a thread that contains [messages](/docs/api-reference/messages). """
    event: ThreadStreamEventType0Event
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
        data = ThreadObject.from_dict(d.pop("data"))

        event = ThreadStreamEventType0Event._value2member_map_.get(
            _event_value := d.pop("event")
        ) or ThreadStreamEventType0Event(_event_value)

        thread_stream_event_type_0 = cls(
            data=data,
            event=event,
        )

        thread_stream_event_type_0.additional_properties = d
        return thread_stream_event_type_0

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


from ..models.thread_object import ThreadObject  # noqa: E402
