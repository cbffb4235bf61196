from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_transcription_task import AudioTranscriptionTask
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_segment import AudioSegment
    from ..models.audio_word import AudioWord


T = TypeVar("T", bound="AudioTranscription")


@_attrs_define
class AudioTranscription:
    """The transcription result; fields other than `text` come with `verbose_json`."""

    text: str
    """ Translated or transcribed text. """
    duration: float | Unset = UNSET
    """ Duration. """
    language: str | Unset = UNSET
    """ Language. """
    segments: list[AudioSegment] | Unset = UNSET
    task: AudioTranscriptionTask | Unset = UNSET
    """ Type of audio task. """
    words: list[AudioWord] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        duration = self.duration

        language = self.language

        segments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.segments, Unset):
            segments = []
            for segments_item_data in self.segments:
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

        task: str | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task

        words: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.words, Unset):
            words = []
            for words_item_data in self.words:
                words_item = words_item_data.to_dict()
                words.append(words_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration
        if language is not UNSET:
            field_dict["language"] = language
        if segments is not UNSET:
            field_dict["segments"] = segments
        if task is not UNSET:
            field_dict["task"] = task
        if words is not UNSET:
            field_dict["words"] = words

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        duration = d.pop("duration", UNSET)

        language = d.pop("language", UNSET)

        _segments = d.pop("segments", UNSET)
        segments: list[AudioSegment] | Unset = UNSET
        if _segments is not UNSET:
            segments = []
            for segments_item_data in _segments:
                segments_item = AudioSegment.from_dict(segments_item_data)

                segments.append(segments_item)

        _task = d.pop("task", UNSET)
        task: AudioTranscriptionTask | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = AudioTranscriptionTask._value2member_map_.get(_task_value := _task) or AudioTranscriptionTask(
                _task_value
            )

        _words = d.pop("words", UNSET)
        words: list[AudioWord] | Unset = UNSET
        if _words is not UNSET:
            words = []
            for words_item_data in _words:
                words_item = AudioWord.from_dict(words_item_data)

                words.append(words_item)

        audio_transcription = cls(
            text=text,
            duration=duration,
            language=language,
            segments=segments,
            task=task,
            words=words,
        )

        audio_transcription.additional_properties = d
        return audio_transcription

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
