from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.truncation_object_type import TruncationObjectType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TruncationObject")


@_attrs_define
class TruncationObject:
    """Controls for how a thread will be truncated prior to the run. Use this to control the initial context window of the
    run.

    """

    type_: TruncationObjectType
    """ The truncation strategy to use for the thread. The default is `auto`. If set to `last_messages`, the thread
    will be truncated to the n most recent messages in the thread. When set to `auto`, messages in the middle of the
    thread will be dropped to fit the context length of the model, `max_prompt_tokens`. """
    last_messages: int | None | Unset = UNSET
    """ The number of most recent messages from the thread when constructing the context for the run. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        last_messages: int | None | Unset
        if isinstance(self.last_messages, Unset):
            last_messages = UNSET
        else:
            last_messages = self.last_messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if last_messages is not UNSET:
            field_dict["last_messages"] = last_messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = TruncationObjectType._value2member_map_.get(_type__value := d.pop("type")) or TruncationObjectType(
            _type__value
        )

        _last_messages_data = d.pop("last_messages", UNSET)
        last_messages: int | None | Unset
        if _last_messages_data is None or isinstance(_last_messages_data, Unset):
            last_messages = _last_messages_data
        else:
            last_messages = _last_messages_data

        truncation_object = cls(
            type_=type_,
            last_messages=last_messages,
        )

        truncation_object.additional_properties = d
        return truncation_object

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
