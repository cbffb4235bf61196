from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_json, model_repr

T = TypeVar("T", bound="StaticChunkingStrategy")


@_attrs_define
class StaticChunkingStrategy:
    chunk_overlap_tokens: int
    """ The number of tokens that overlap between chunks. The default value is `400`.

    Note that the overlap must not exceed half of `max_chunk_size_tokens`.
     """
    max_chunk_size_tokens: int
    """ The maximum number of tokens in each chunk. The default value is `800`. The minimum value is `100` and the
    maximum value is `4096`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        chunk_overlap_tokens = self.chunk_overlap_tokens

        max_chunk_size_tokens = self.max_chunk_size_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chunk_overlap_tokens": chunk_overlap_tokens,
                "max_chunk_size_tokens": max_chunk_size_tokens,
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
        chunk_overlap_tokens = d.pop("chunk_overlap_tokens")

        max_chunk_size_tokens = d.pop("max_chunk_size_tokens")

        static_chunking_strategy = cls(
            chunk_overlap_tokens=chunk_overlap_tokens,
            max_chunk_size_tokens=max_chunk_size_tokens,
        )

        static_chunking_strategy.additional_properties = d
        return static_chunking_strategy

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
