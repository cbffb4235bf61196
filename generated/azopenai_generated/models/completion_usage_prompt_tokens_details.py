from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

T = TypeVar("T", bound="CompletionUsagePromptTokensDetails")


@_attrs_define
class CompletionUsagePromptTokensDetails:
    """Details of the prompt tokens."""

    cached_tokens: int | None = None
    """ The number of cached prompt tokens. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.cached_tokens is not None:
            field_dict["cached_tokens"] = self.cached_tokens
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
        _cached_tokens = d.pop("cached_tokens", UNSET)
        cached_tokens: int | None
        if _cached_tokens is UNSET:
            cached_tokens = None
        elif _cached_tokens is None:
            cached_tokens = None
            nulls += ("cached_tokens",)
        else:
            cached_tokens = _cached_tokens

        completion_usage_prompt_tokens_details = cls(
            cached_tokens=cached_tokens,
        )
        if nulls:
            completion_usage_prompt_tokens_details._nulls = nulls

        completion_usage_prompt_tokens_details.additional_properties = d
        return completion_usage_prompt_tokens_details

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
