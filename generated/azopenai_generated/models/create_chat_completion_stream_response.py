from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_chat_completion_stream_response_object import (
    CreateChatCompletionStreamResponseObject,
)
from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.completion_usage import CompletionUsage
    from ..models.create_chat_completion_stream_response_choices_item import (
        CreateChatCompletionStreamResponseChoicesItem,
    )
    from ..models.prompt_filter_result import PromptFilterResult


T = TypeVar("T", bound="CreateChatCompletionStreamResponse")


@_attrs_define
class CreateChatCompletionStreamResponse:
    """Represents a streamed chunk of a chat completion response returned by model, based on the provided input."""

    choices: list[CreateChatCompletionStreamResponseChoicesItem]
    """ A list of chat completion choices. Can contain more than one elements if `n` is greater than 1.
     """
    created: int
    """ The Unix timestamp (in seconds) of when the chat completion was created. Each chunk has the same timestamp.
    """
    id: str
    """ A unique identifier for the chat completion. Each chunk has the same ID. """
    model: str
    """ The model to generate the completion. """
    object_: CreateChatCompletionStreamResponseObject
    """ The object type, which is always `chat.completion.chunk`. """
    prompt_annotations: list[PromptFilterResult] | None = None
    """ Content filtering results for zero or more prompts in the request. In a streaming request, results for
    different prompts may arrive at different times or in different orders. """
    prompt_filter_results: list[PromptFilterResult] | None = None
    """ Content filtering results for zero or more prompts in the request. In a streaming request, results for
    different prompts may arrive at different times or in different orders. """
    system_fingerprint: str | None = None
    """ This fingerprint represents the backend configuration that the model runs with.
    Can be used in conjunction with the `seed` request parameter to understand when backend changes have been made
    that might impact determinism.
     """
    usage: CompletionUsage | None = None
    """ Usage statistics for the completion request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        created = self.created

        id = self.id

        model = self.model

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "choices": choices,
                "created": created,
                "id": id,
                "model": model,
                "object": object_,
            }
        )
        if self.prompt_annotations is not None:
            prompt_annotations = []
            for componentsschemasprompt_filter_results_item_data in self.prompt_annotations:
                componentsschemasprompt_filter_results_item = componentsschemasprompt_filter_results_item_data.to_dict()
                prompt_annotations.append(componentsschemasprompt_filter_results_item)

            field_dict["prompt_annotations"] = prompt_annotations
        if self.prompt_filter_results is not None:
            prompt_filter_results = []
            for componentsschemasprompt_filter_results_item_data in self.prompt_filter_results:
                componentsschemasprompt_filter_results_item = componentsschemasprompt_filter_results_item_data.to_dict()
                prompt_filter_results.append(componentsschemasprompt_filter_results_item)

            field_dict["prompt_filter_results"] = prompt_filter_results
        if self.system_fingerprint is not None:
            field_dict["system_fingerprint"] = self.system_fingerprint
        if self.usage is not None:
            usage = self.usage.to_dict()
            field_dict["usage"] = usage
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
        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = CreateChatCompletionStreamResponseChoicesItem.from_dict(choices_item_data)

            choices.append(choices_item)

        created = d.pop("created")

        id = d.pop("id")

        model = d.pop("model")

        object_ = CreateChatCompletionStreamResponseObject._value2member_map_.get(
            _object__value := d.pop("object")
        ) or CreateChatCompletionStreamResponseObject(_object__value)

        _prompt_annotations = d.pop("prompt_annotations", UNSET)
        prompt_annotations: list[PromptFilterResult] | None
        if _prompt_annotations is UNSET:
            prompt_annotations = None
        elif _prompt_annotations is None:
            prompt_annotations = None
            nulls += ("prompt_annotations",)
        else:
            prompt_annotations = []
            _prompt_annotations = _prompt_annotations
            for componentsschemasprompt_filter_results_item_data in _prompt_annotations:
                componentsschemasprompt_filter_results_item = PromptFilterResult.from_dict(
                    componentsschemasprompt_filter_results_item_data
                )

                prompt_annotations.append(componentsschemasprompt_filter_results_item)

        _prompt_filter_results = d.pop("prompt_filter_results", UNSET)
        prompt_filter_results: list[PromptFilterResult] | None
        if _prompt_filter_results is UNSET:
            prompt_filter_results = None
        elif _prompt_filter_results is None:
            prompt_filter_results = None
            nulls += ("prompt_filter_results",)
        else:
            prompt_filter_results = []
            _prompt_filter_results = _prompt_filter_results
            for componentsschemasprompt_filter_results_item_data in _prompt_filter_results:
                componentsschemasprompt_filter_results_item = PromptFilterResult.from_dict(
                    componentsschemasprompt_filter_results_item_data
                )

                prompt_filter_results.append(componentsschemasprompt_filter_results_item)

        _system_fingerprint = d.pop("system_fingerprint", UNSET)
        system_fingerprint: str | None
        if _system_fingerprint is UNSET:
            system_fingerprint = None
        elif _system_fingerprint is None:
            system_fingerprint = None
            nulls += ("system_fingerprint",)
        else:
            system_fingerprint = _system_fingerprint

        _usage = d.pop("usage", UNSET)
        usage: CompletionUsage | None
        if _usage is UNSET:
            usage = None
        elif _usage is None:
            usage = None
            nulls += ("usage",)
        else:
            usage = CompletionUsage.from_dict(_usage)

        create_chat_completion_stream_response = cls(
            choices=choices,
            created=created,
            id=id,
            model=model,
            object_=object_,
            prompt_annotations=prompt_annotations,
            prompt_filter_results=prompt_filter_results,
            system_fingerprint=system_fingerprint,
            usage=usage,
        )
        if nulls:
            create_chat_completion_stream_response._nulls = nulls

        create_chat_completion_stream_response.additional_properties = d
        return create_chat_completion_stream_response

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


from ..models.completion_usage import CompletionUsage  # noqa: E402
from ..models.create_chat_completion_stream_response_choices_item import (
    CreateChatCompletionStreamResponseChoicesItem,  # noqa: E402
)
from ..models.prompt_filter_result import PromptFilterResult  # noqa: E402
