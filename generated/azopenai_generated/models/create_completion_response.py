from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_completion_response_object import CreateCompletionResponseObject
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.completion_usage import CompletionUsage
    from ..models.create_completion_response_choices_item import (
        CreateCompletionResponseChoicesItem,
    )
    from ..models.prompt_filter_result import PromptFilterResult


T = TypeVar("T", bound="CreateCompletionResponse")


@_attrs_define
class CreateCompletionResponse:
    """Represents a completion response from the API. Note: both the streamed and non-streamed response objects share the
    same shape (unlike the chat endpoint).

    """

    choices: list[CreateCompletionResponseChoicesItem]
    """ The list of completion choices the model generated for the input prompt. """
    created: int
    """ The Unix timestamp (in seconds) of when the completion was created. """
    id: str
    """ A unique identifier for the completion. """
    model: str | Unset = UNSET
    """ The model used for completion. """
    object_: CreateCompletionResponseObject | Unset = UNSET
    """ The object type, which is always "text_completion" """
    prompt_annotations: list[PromptFilterResult] | Unset = UNSET
    """ Content filtering results for zero or more prompts in the request. In a streaming request, results for
    different prompts may arrive at different times or in different orders. """
    prompt_filter_results: list[PromptFilterResult] | Unset = UNSET
    """ Content filtering results for zero or more prompts in the request. In a streaming request, results for
    different prompts may arrive at different times or in different orders. """
    system_fingerprint: str | Unset = UNSET
    """ This fingerprint represents the backend configuration that the model runs with.

    Can be used in conjunction with the `seed` request parameter to understand when backend changes have been made
    that might impact determinism.
     """
    usage: CompletionUsage | Unset = UNSET
    """ Usage statistics for the completion request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        created = self.created

        id = self.id

        model = self.model

        object_: str | Unset = UNSET
        if not isinstance(self.object_, Unset):
            object_ = self.object_

        prompt_annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prompt_annotations, Unset):
            prompt_annotations = []
            for componentsschemasprompt_filter_results_item_data in self.prompt_annotations:
                componentsschemasprompt_filter_results_item = componentsschemasprompt_filter_results_item_data.to_dict()
                prompt_annotations.append(componentsschemasprompt_filter_results_item)

        prompt_filter_results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prompt_filter_results, Unset):
            prompt_filter_results = []
            for componentsschemasprompt_filter_results_item_data in self.prompt_filter_results:
                componentsschemasprompt_filter_results_item = componentsschemasprompt_filter_results_item_data.to_dict()
                prompt_filter_results.append(componentsschemasprompt_filter_results_item)

        system_fingerprint = self.system_fingerprint

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "choices": choices,
                "created": created,
                "id": id,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if object_ is not UNSET:
            field_dict["object"] = object_
        if prompt_annotations is not UNSET:
            field_dict["prompt_annotations"] = prompt_annotations
        if prompt_filter_results is not UNSET:
            field_dict["prompt_filter_results"] = prompt_filter_results
        if system_fingerprint is not UNSET:
            field_dict["system_fingerprint"] = system_fingerprint
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = CreateCompletionResponseChoicesItem.from_dict(choices_item_data)

            choices.append(choices_item)

        created = d.pop("created")

        id = d.pop("id")

        model = d.pop("model", UNSET)

        _object_ = d.pop("object", UNSET)
        object_: CreateCompletionResponseObject | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = CreateCompletionResponseObject._value2member_map_.get(
                _object__value := _object_
            ) or CreateCompletionResponseObject(_object__value)

        _prompt_annotations = d.pop("prompt_annotations", UNSET)
        prompt_annotations: list[PromptFilterResult] | Unset = UNSET
        if _prompt_annotations is not UNSET:
            prompt_annotations = []
            for componentsschemasprompt_filter_results_item_data in _prompt_annotations:
                componentsschemasprompt_filter_results_item = PromptFilterResult.from_dict(
                    componentsschemasprompt_filter_results_item_data
                )

                prompt_annotations.append(componentsschemasprompt_filter_results_item)

        _prompt_filter_results = d.pop("prompt_filter_results", UNSET)
        prompt_filter_results: list[PromptFilterResult] | Unset = UNSET
        if _prompt_filter_results is not UNSET:
            prompt_filter_results = []
            for componentsschemasprompt_filter_results_item_data in _prompt_filter_results:
                componentsschemasprompt_filter_results_item = PromptFilterResult.from_dict(
                    componentsschemasprompt_filter_results_item_data
                )

                prompt_filter_results.append(componentsschemasprompt_filter_results_item)

        system_fingerprint = d.pop("system_fingerprint", UNSET)

        _usage = d.pop("usage", UNSET)
        usage: CompletionUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = CompletionUsage.from_dict(_usage)

        create_completion_response = cls(
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

        create_completion_response.additional_properties = d
        return create_completion_response

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
from ..models.create_completion_response_choices_item import (
    CreateCompletionResponseChoicesItem,  # noqa: E402
)
from ..models.prompt_filter_result import PromptFilterResult  # noqa: E402
