from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_speech_request_response_format import (
    CreateSpeechRequestResponseFormat,
)
from ..models.create_speech_request_voice import CreateSpeechRequestVoice
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSpeechRequest")


@_attrs_define
class CreateSpeechRequest:
    """Speech request."""

    input_: str
    """ The text to synthesize audio for. The maximum length is 4096 characters. """
    voice: CreateSpeechRequestVoice
    """ The voice to use for speech synthesis. """
    response_format: CreateSpeechRequestResponseFormat | Unset = UNSET
    """ The format to synthesize the audio in. """
    speed: float | Unset = UNSET
    """ The speed of the synthesize audio. Select a value from `0.25` to `4.0`. `1.0` is the default. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_

        voice = self.voice

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format

        speed = self.speed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "voice": voice,
            }
        )
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if speed is not UNSET:
            field_dict["speed"] = speed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_ = d.pop("input")

        voice = CreateSpeechRequestVoice._value2member_map_.get(
            _voice_value := d.pop("voice")
        ) or CreateSpeechRequestVoice(_voice_value)

        _response_format = d.pop("response_format", UNSET)
        response_format: CreateSpeechRequestResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = CreateSpeechRequestResponseFormat._value2member_map_.get(
                _response_format_value := _response_format
            ) or CreateSpeechRequestResponseFormat(_response_format_value)

        speed = d.pop("speed", UNSET)

        create_speech_request = cls(
            input_=input_,
            voice=voice,
            response_format=response_format,
            speed=speed,
        )

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
