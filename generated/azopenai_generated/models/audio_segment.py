from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioSegment")


@_attrs_define
class AudioSegment:
    """Transcription or translation segment."""

    avg_logprob: float | Unset = UNSET
    """ Average log probability. """
    compression_ratio: float | Unset = UNSET
    """ Compression ratio. """
    end: float | Unset = UNSET
    """ Segment end offset. """
    id: int | Unset = UNSET
    """ Segment identifier. """
    no_speech_prob: float | Unset = UNSET
    """ Probability of 'no speech'. """
    seek: float | Unset = UNSET
    """ Offset of the segment. """
    start: float | Unset = UNSET
    """ Segment start offset. """
    temperature: float | Unset = UNSET
    """ Temperature. """
    text: str | Unset = UNSET
    """ Segment text. """
    tokens: list[float] | Unset = UNSET
    """ Tokens of the text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avg_logprob = self.avg_logprob

        compression_ratio = self.compression_ratio

        end = self.end

        id = self.id

        no_speech_prob = self.no_speech_prob

        seek = self.seek

        start = self.start

        temperature = self.temperature

        text = self.text

        tokens: list[float] | Unset = UNSET
        if not isinstance(self.tokens, Unset):
            tokens = self.tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avg_logprob is not UNSET:
            field_dict["avg_logprob"] = avg_logprob
        if compression_ratio is not UNSET:
            field_dict["compression_ratio"] = compression_ratio
        if end is not UNSET:
            field_dict["end"] = end
        if id is not UNSET:
            field_dict["id"] = id
        if no_speech_prob is not UNSET:
            field_dict["no_speech_prob"] = no_speech_prob
        if seek is not UNSET:
            field_dict["seek"] = seek
        if start is not UNSET:
            field_dict["start"] = start
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if text is not UNSET:
            field_dict["text"] = text
        if tokens is not UNSET:
            field_dict["tokens"] = tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        avg_logprob = d.pop("avg_logprob", UNSET)

        compression_ratio = d.pop("compression_ratio", UNSET)

        end = d.pop("end", UNSET)

        id = d.pop("id", UNSET)

        no_speech_prob = d.pop("no_speech_prob", UNSET)

        seek = d.pop("seek", UNSET)

        start = d.pop("start", UNSET)

        temperature = d.pop("temperature", UNSET)

        text = d.pop("text", UNSET)

        tokens = cast(list[float], d.pop("tokens", UNSET))

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
