from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.audio_response_format import AudioResponseFormat
from ..types import UNSET, File, model_json, model_repr

T = TypeVar("T", bound="CreateTranslationRequest")


@_attrs_define
class CreateTranslationRequest:
    """Translation request."""

    file: File
    """ The audio file to translate. """
    prompt: str | None = None
    """ An optional text to guide the model's style or continue a previous audio segment. The prompt should be in
    English. """
    response_format: AudioResponseFormat | None = None
    """ Defines the format of the output. """
    temperature: float | None = None
    """ The sampling temperature, between 0 and 1. Higher values like 0.8 will make the output more random, while
    lower values like 0.2 will make it more focused and deterministic. If set to 0, the model will use log
    probability to automatically increase the temperature until certain thresholds are hit. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        file = self.file.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if self.prompt is not None:
            field_dict["prompt"] = self.prompt
        if self.response_format is not None:
            response_format = self.response_format
            field_dict["response_format"] = response_format
        if self.temperature is not None:
            field_dict["temperature"] = self.temperature
        for name in self._nulls:
            field_dict.setdefault(name, None)

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """`to_dict()` as JSON text."""
        return model_json(self, indent)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if self.prompt is not None:
            files.append(("prompt", (None, str(self.prompt).encode(), "text/plain")))

        if self.response_format is not None:
            files.append(("response_format", (None, str(self.response_format).encode(), "text/plain")))

        if self.temperature is not None:
            files.append(("temperature", (None, str(self.temperature).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nulls: tuple[str, ...] = ()
        file = File(payload=BytesIO(d.pop("file")))

        _prompt = d.pop("prompt", UNSET)
        prompt: str | None
        if _prompt is UNSET:
            prompt = None
        elif _prompt is None:
            prompt = None
            nulls += ("prompt",)
        else:
            prompt = _prompt

        _response_format = d.pop("response_format", UNSET)
        response_format: AudioResponseFormat | None
        if _response_format is UNSET:
            response_format = None
        elif _response_format is None:
            response_format = None
            nulls += ("response_format",)
        else:
            response_format = AudioResponseFormat._value2member_map_.get(
                _response_format_value := _response_format
            ) or AudioResponseFormat(_response_format_value)

        _temperature = d.pop("temperature", UNSET)
        temperature: float | None
        if _temperature is UNSET:
            temperature = None
        elif _temperature is None:
            temperature = None
            nulls += ("temperature",)
        else:
            temperature = _temperature

        create_translation_request = cls(
            file=file,
            prompt=prompt,
            response_format=response_format,
            temperature=temperature,
        )
        if nulls:
            create_translation_request._nulls = nulls

        create_translation_request.additional_properties = d
        return create_translation_request

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
