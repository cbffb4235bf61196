from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_translation_task import AudioTranslationTask
from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.audio_segment import AudioSegment
    from ..models.audio_word import AudioWord


T = TypeVar("T", bound="AudioTranslation")


@_attrs_define
class AudioTranslation:
    """The translation result; fields other than `text` come with `verbose_json`."""

    text: str
    """ Translated or transcribed text. """
    duration: float | None = None
    """ Duration. """
    language: str | None = None
    """ Language. """
    segments: list[AudioSegment] | None = None
    task: AudioTranslationTask | None = None
    """ Type of audio task. """
    words: list[AudioWord] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if self.duration is not None:
            field_dict["duration"] = self.duration
        if self.language is not None:
            field_dict["language"] = self.language
        if self.segments is not None:
            segments = []
            for segments_item_data in self.segments:
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

            field_dict["segments"] = segments
        if self.task is not None:
            task = self.task
            field_dict["task"] = task
        if self.words is not None:
            words = []
            for words_item_data in self.words:
                words_item = words_item_data.to_dict()
                words.append(words_item)

            field_dict["words"] = words
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
        text = d.pop("text")

        _duration = d.pop("duration", UNSET)
        duration: float | None
        if _duration is UNSET:
            duration = None
        elif _duration is None:
            duration = None
            nulls += ("duration",)
        else:
            duration = _duration

        _language = d.pop("language", UNSET)
        language: str | None
        if _language is UNSET:
            language = None
        elif _language is None:
            language = None
            nulls += ("language",)
        else:
            language = _language

        _segments = d.pop("segments", UNSET)
        segments: list[AudioSegment] | None
        if _segments is UNSET:
            segments = None
        elif _segments is None:
            segments = None
            nulls += ("segments",)
        else:
            segments = []
            _segments = _segments
            for segments_item_data in _segments:
                segments_item = AudioSegment.from_dict(segments_item_data)

                segments.append(segments_item)

        _task = d.pop("task", UNSET)
        task: AudioTranslationTask | None
        if _task is UNSET:
            task = None
        elif _task is None:
            task = None
            nulls += ("task",)
        else:
            task = AudioTranslationTask._value2member_map_.get(_task_value := _task) or AudioTranslationTask(
                _task_value
            )

        _words = d.pop("words", UNSET)
        words: list[AudioWord] | None
        if _words is UNSET:
            words = None
        elif _words is None:
            words = None
            nulls += ("words",)
        else:
            words = []
            _words = _words
            for words_item_data in _words:
                words_item = AudioWord.from_dict(words_item_data)

                words.append(words_item)

        audio_translation = cls(
            text=text,
            duration=duration,
            language=language,
            segments=segments,
            task=task,
            words=words,
        )
        if nulls:
            audio_translation._nulls = nulls

        audio_translation.additional_properties = d
        return audio_translation

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


from ..models.audio_segment import AudioSegment  # noqa: E402
from ..models.audio_word import AudioWord  # noqa: E402
