from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.audio_response_format import AudioResponseFormat
from ..models.create_transcription_request_timestamp_granularities_item import (
    CreateTranscriptionRequestTimestampGranularitiesItem,
)
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CreateTranscriptionRequest")


@_attrs_define
class CreateTranscriptionRequest:
    """Transcription request."""

    file: File
    """ The audio file object to transcribe. """
    language: str | Unset = UNSET
    """ The language of the input audio. Supplying the input language in ISO-639-1 format will improve accuracy and
    latency. """
    prompt: str | Unset = UNSET
    """ An optional text to guide the model's style or continue a previous audio segment. The prompt should match
    the audio language. """
    response_format: AudioResponseFormat | Unset = UNSET
    """ Defines the format of the output. """
    temperature: float | Unset = UNSET
    """ The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while
    lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use log
    probability to automatically increase the temperature until certain thresholds are hit. """
    timestamp_granularities: list[CreateTranscriptionRequestTimestampGranularitiesItem] | Unset = UNSET
    """ The timestamp granularities to populate for this transcription. `response_format` must be set `verbose_json`
    to use timestamp granularities. Either or both of these options are supported: `word`, or `segment`. Note: There
    is no additional latency for segment timestamps, but generating word timestamps incurs additional latency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        language = self.language

        prompt = self.prompt

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format

        temperature = self.temperature

        timestamp_granularities: list[str] | Unset = UNSET
        if not isinstance(self.timestamp_granularities, Unset):
            timestamp_granularities = []
            for timestamp_granularities_item_data in self.timestamp_granularities:
                timestamp_granularities_item = timestamp_granularities_item_data
                timestamp_granularities.append(timestamp_granularities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if timestamp_granularities is not UNSET:
            field_dict["timestamp_granularities[]"] = timestamp_granularities

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.language, Unset):
            files.append(("language", (None, str(self.language).encode(), "text/plain")))

        if not isinstance(self.prompt, Unset):
            files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        if not isinstance(self.response_format, Unset):
            files.append(("response_format", (None, str(self.response_format).encode(), "text/plain")))

        if not isinstance(self.temperature, Unset):
            files.append(("temperature", (None, str(self.temperature).encode(), "text/plain")))

        if not isinstance(self.timestamp_granularities, Unset):
            for timestamp_granularities_item_element in self.timestamp_granularities:
                files.append(
                    (
                        "timestamp_granularities[]",
                        (None, str(timestamp_granularities_item_element).encode(), "text/plain"),
                    )
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        language = d.pop("language", UNSET)

        prompt = d.pop("prompt", UNSET)

        _response_format = d.pop("response_format", UNSET)
        response_format: AudioResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = AudioResponseFormat._value2member_map_.get(
                _response_format_value := _response_format
            ) or AudioResponseFormat(_response_format_value)

        temperature = d.pop("temperature", UNSET)

        _timestamp_granularities = d.pop("timestamp_granularities[]", UNSET)
        timestamp_granularities: list[CreateTranscriptionRequestTimestampGranularitiesItem] | Unset = UNSET
        if _timestamp_granularities is not UNSET:
            timestamp_granularities = []
            for timestamp_granularities_item_data in _timestamp_granularities:
                timestamp_granularities_item = (
                    CreateTranscriptionRequestTimestampGranularitiesItem._value2member_map_.get(
                        _timestamp_granularities_item_value := timestamp_granularities_item_data
                    )
                    or CreateTranscriptionRequestTimestampGranularitiesItem(_timestamp_granularities_item_value)
                )

                timestamp_granularities.append(timestamp_granularities_item)

        create_transcription_request = cls(
            file=file,
            language=language,
            prompt=prompt,
            response_format=response_format,
            temperature=temperature,
            timestamp_granularities=timestamp_granularities,
        )

        create_transcription_request.additional_properties = d
        return create_transcription_request

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
