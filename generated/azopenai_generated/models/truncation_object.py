from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.truncation_object_type import TruncationObjectType
from ..types import UNSET, model_json, model_repr

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
    last_messages: int | None = None
    """ The number of most recent messages from the thread when constructing the context for the run. """
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
        if self.last_messages is not None:
            last_messages: int | None
            last_messages = self.last_messages
            field_dict["last_messages"] = last_messages
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
        type_ = TruncationObjectType._value2member_map_.get(_type__value := d.pop("type")) or TruncationObjectType(
            _type__value
        )

        _last_messages = d.pop("last_messages", UNSET)
        last_messages: int | None
        if _last_messages is UNSET:
            last_messages = None
        elif _last_messages is None:
            last_messages = None
            nulls += ("last_messages",)
        else:
            _last_messages_data = _last_messages
            last_messages = _last_messages_data

        truncation_object = cls(
            type_=type_,
            last_messages=last_messages,
        )
        if nulls:
            truncation_object._nulls = nulls

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
