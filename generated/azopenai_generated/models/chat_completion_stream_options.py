from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

T = TypeVar("T", bound="ChatCompletionStreamOptions")


@_attrs_define
class ChatCompletionStreamOptions:
    """Options for streaming response. Only set this when you set `stream: true`."""

    include_usage: bool | None = None
    """ If set, an additional chunk will be streamed before the `data: [DONE]` message. The `usage` field on this
    chunk shows the token usage statistics for the entire request, and the `choices` field will always be an empty
    array. All other chunks will also include a `usage` field, but with a null value.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.include_usage is not None:
            field_dict["include_usage"] = self.include_usage
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
        _include_usage = d.pop("include_usage", UNSET)
        include_usage: bool | None
        if _include_usage is UNSET:
            include_usage = None
        elif _include_usage is None:
            include_usage = None
            nulls += ("include_usage",)
        else:
            include_usage = _include_usage

        chat_completion_stream_options = cls(
            include_usage=include_usage,
        )
        if nulls:
            chat_completion_stream_options._nulls = nulls

        chat_completion_stream_options.additional_properties = d
        return chat_completion_stream_options

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
