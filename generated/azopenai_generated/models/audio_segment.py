from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

T = TypeVar("T", bound="AudioSegment")


@_attrs_define
class AudioSegment:
    """Transcription or translation segment."""

    avg_logprob: float | None = None
    """ Average log probability. """
    compression_ratio: float | None = None
    """ Compression ratio. """
    end: float | None = None
    """ Segment end offset. """
    id: int | None = None
    """ Segment identifier. """
    no_speech_prob: float | None = None
    """ Probability of 'no speech'. """
    seek: float | None = None
    """ Offset of the segment. """
    start: float | None = None
    """ Segment start offset. """
    temperature: float | None = None
    """ Temperature. """
    text: str | None = None
    """ Segment text. """
    tokens: list[float] | None = None
    """ Tokens of the text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.avg_logprob is not None:
            field_dict["avg_logprob"] = self.avg_logprob
        if self.compression_ratio is not None:
            field_dict["compression_ratio"] = self.compression_ratio
        if self.end is not None:
            field_dict["end"] = self.end
        if self.id is not None:
            field_dict["id"] = self.id
        if self.no_speech_prob is not None:
            field_dict["no_speech_prob"] = self.no_speech_prob
        if self.seek is not None:
            field_dict["seek"] = self.seek
        if self.start is not None:
            field_dict["start"] = self.start
        if self.temperature is not None:
            field_dict["temperature"] = self.temperature
        if self.text is not None:
            field_dict["text"] = self.text
        if self.tokens is not None:
            tokens = self.tokens

            field_dict["tokens"] = tokens
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
        _avg_logprob = d.pop("avg_logprob", UNSET)
        avg_logprob: float | None
        if _avg_logprob is UNSET:
            avg_logprob = None
        elif _avg_logprob is None:
            avg_logprob = None
            nulls += ("avg_logprob",)
        else:
            avg_logprob = _avg_logprob

        _compression_ratio = d.pop("compression_ratio", UNSET)
        compression_ratio: float | None
        if _compression_ratio is UNSET:
            compression_ratio = None
        elif _compression_ratio is None:
            compression_ratio = None
            nulls += ("compression_ratio",)
        else:
            compression_ratio = _compression_ratio

        _end = d.pop("end", UNSET)
        end: float | None
        if _end is UNSET:
            end = None
        elif _end is None:
            end = None
            nulls += ("end",)
        else:
            end = _end

        _id = d.pop("id", UNSET)
        id: int | None
        if _id is UNSET:
            id = None
        elif _id is None:
            id = None
            nulls += ("id",)
        else:
            id = _id

        _no_speech_prob = d.pop("no_speech_prob", UNSET)
        no_speech_prob: float | None
        if _no_speech_prob is UNSET:
            no_speech_prob = None
        elif _no_speech_prob is None:
            no_speech_prob = None
            nulls += ("no_speech_prob",)
        else:
            no_speech_prob = _no_speech_prob

        _seek = d.pop("seek", UNSET)
        seek: float | None
        if _seek is UNSET:
            seek = None
        elif _seek is None:
            seek = None
            nulls += ("seek",)
        else:
            seek = _seek

        _start = d.pop("start", UNSET)
        start: float | None
        if _start is UNSET:
            start = None
        elif _start is None:
            start = None
            nulls += ("start",)
        else:
            start = _start

        _temperature = d.pop("temperature", UNSET)
        temperature: float | None
        if _temperature is UNSET:
            temperature = None
        elif _temperature is None:
            temperature = None
            nulls += ("temperature",)
        else:
            temperature = _temperature

        _text = d.pop("text", UNSET)
        text: str | None
        if _text is UNSET:
            text = None
        elif _text is None:
            text = None
            nulls += ("text",)
        else:
            text = _text

        _tokens = d.pop("tokens", UNSET)
        tokens: list[float] | None
        if _tokens is UNSET:
            tokens = None
        elif _tokens is None:
            tokens = None
            nulls += ("tokens",)
        else:
            tokens = cast(list[float], _tokens)

        audio_segment = cls(
            avg_logprob=avg_logprob,
            compression_ratio=compression_ratio,
            end=end,
            id=id,
            no_speech_prob=no_speech_prob,
            seek=seek,
            start=start,
            temperature=temperature,
            text=text,
            tokens=tokens,
        )
        if nulls:
            audio_segment._nulls = nulls

        audio_segment.additional_properties = d
        return audio_segment

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
