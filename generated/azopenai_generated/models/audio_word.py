from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

T = TypeVar("T", bound="AudioWord")


@_attrs_define
class AudioWord:
    """Transcription or translation word."""

    end: float | None = None
    """ Word end offset. """
    start: float | None = None
    """ Word start offset. """
    word: str | None = None
    """ Word """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.end is not None:
            field_dict["end"] = self.end
        if self.start is not None:
            field_dict["start"] = self.start
        if self.word is not None:
            field_dict["word"] = self.word
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
        _end = d.pop("end", UNSET)
        end: float | None
        if _end is UNSET:
            end = None
        elif _end is None:
            end = None
            nulls += ("end",)
        else:
            end = _end

        _start = d.pop("start", UNSET)
        start: float | None
        if _start is UNSET:
            start = None
        elif _start is None:
            start = None
            nulls += ("start",)
        else:
            start = _start

        _word = d.pop("word", UNSET)
        word: str | None
        if _word is UNSET:
            word = None
        elif _word is None:
            word = None
            nulls += ("word",)
        else:
            word = _word

        audio_word = cls(
            end=end,
            start=start,
            word=word,
        )
        if nulls:
            audio_word._nulls = nulls

        audio_word.additional_properties = d
        return audio_word

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
