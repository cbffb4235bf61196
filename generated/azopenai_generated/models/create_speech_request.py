from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_speech_request_response_format import (
    CreateSpeechRequestResponseFormat,
)
from ..models.create_speech_request_voice import CreateSpeechRequestVoice
from ..types import UNSET, model_json, model_repr

T = TypeVar("T", bound="CreateSpeechRequest")


@_attrs_define
class CreateSpeechRequest:
    """Speech request."""

    input_: str
    """ The text to synthesize audio for. The maximum length is 4096 characters. """
    voice: CreateSpeechRequestVoice
    """ The voice to use for speech synthesis. """
    response_format: CreateSpeechRequestResponseFormat | None = None
    """ The format to synthesize the audio in. """
    speed: float | None = None
    """ The speed of the synthesize audio. Select a value from `0.25` to `4.0`. `1.0` is the default. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        input_ = self.input_

        voice = self.voice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "voice": voice,
            }
        )
        if self.response_format is not None:
            response_format = self.response_format
            field_dict["response_format"] = response_format
        if self.speed is not None:
            field_dict["speed"] = self.speed
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
        input_ = d.pop("input")

        voice = CreateSpeechRequestVoice._value2member_map_.get(
            _voice_value := d.pop("voice")
        ) or CreateSpeechRequestVoice(_voice_value)

        _response_format = d.pop("response_format", UNSET)
        response_format: CreateSpeechRequestResponseFormat | None
        if _response_format is UNSET:
            response_format = None
        elif _response_format is None:
            response_format = None
            nulls += ("response_format",)
        else:
            response_format = CreateSpeechRequestResponseFormat._value2member_map_.get(
                _response_format_value := _response_format
            ) or CreateSpeechRequestResponseFormat(_response_format_value)

        _speed = d.pop("speed", UNSET)
        speed: float | None
        if _speed is UNSET:
            speed = None
        elif _speed is None:
            speed = None
            nulls += ("speed",)
        else:
            speed = _speed

        create_speech_request = cls(
            input_=input_,
            voice=voice,
            response_format=response_format,
            speed=speed,
        )
        if nulls:
            create_speech_request._nulls = nulls

        create_speech_request.additional_properties = d
        return create_speech_request

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
