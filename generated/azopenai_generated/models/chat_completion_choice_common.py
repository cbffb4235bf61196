from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

T = TypeVar("T", bound="ChatCompletionChoiceCommon")


@_attrs_define
class ChatCompletionChoiceCommon:
    finish_reason: str | None = None
    index: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.finish_reason is not None:
            field_dict["finish_reason"] = self.finish_reason
        if self.index is not None:
            field_dict["index"] = self.index
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
        _finish_reason = d.pop("finish_reason", UNSET)
        finish_reason: str | None
        if _finish_reason is UNSET:
            finish_reason = None
        elif _finish_reason is None:
            finish_reason = None
            nulls += ("finish_reason",)
        else:
            finish_reason = _finish_reason

        _index = d.pop("index", UNSET)
        index: int | None
        if _index is UNSET:
            index = None
        elif _index is None:
            index = None
            nulls += ("index",)
        else:
            index = _index

        chat_completion_choice_common = cls(
            finish_reason=finish_reason,
            index=index,
        )
        if nulls:
            chat_completion_choice_common._nulls = nulls

        chat_completion_choice_common.additional_properties = d
        return chat_completion_choice_common

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
