from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_completion_response_choices_item_finish_reason import (
    CreateCompletionResponseChoicesItemFinishReason,
)
from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.content_filter_choice_results import ContentFilterChoiceResults
    from ..models.create_completion_response_choices_item_logprobs import (
        CreateCompletionResponseChoicesItemLogprobs,
    )


T = TypeVar("T", bound="CreateCompletionResponseChoicesItem")


@_attrs_define
class CreateCompletionResponseChoicesItem:
    index: int
    text: str
    content_filter_results: ContentFilterChoiceResults | None = None
    """ Information about the content filtering category (hate, sexual, violence, self_harm), if it has been
    detected, as well as the severity level (very_low, low, medium, high-scale that determines the intensity and
    risk level of harmful content) and if it has been filtered or not. Information about third party text and
    profanity, if it has been detected, and if it has been filtered or not. And information about customer block
    list, if it has been filtered and its id. """
    finish_reason: CreateCompletionResponseChoicesItemFinishReason | None = None
    """ The reason the model stopped generating tokens. This will be `stop` if the model hit a natural stop point or
    a provided stop sequence,
    `length` if the maximum number of tokens specified in the request was reached,
    or `content_filter` if content was omitted due to a flag from our content filters.
     """
    logprobs: CreateCompletionResponseChoicesItemLogprobs | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        index = self.index

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "text": text,
            }
        )
        if self.content_filter_results is not None:
            content_filter_results = self.content_filter_results.to_dict()
            field_dict["content_filter_results"] = content_filter_results
        if self.finish_reason is not None:
            finish_reason: None | str
            if isinstance(self.finish_reason, CreateCompletionResponseChoicesItemFinishReason):
                finish_reason = self.finish_reason
            else:
                finish_reason = self.finish_reason
            field_dict["finish_reason"] = finish_reason
        if self.logprobs is not None:
            logprobs: dict[str, Any] | None
            if isinstance(self.logprobs, CreateCompletionResponseChoicesItemLogprobs):
                logprobs = self.logprobs.to_dict()
            else:
                logprobs = self.logprobs
            field_dict["logprobs"] = logprobs
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
        index = d.pop("index")

        text = d.pop("text")

        _content_filter_results = d.pop("content_filter_results", UNSET)
        content_filter_results: ContentFilterChoiceResults | None
        if _content_filter_results is UNSET:
            content_filter_results = None
        elif _content_filter_results is None:
            content_filter_results = None
            nulls += ("content_filter_results",)
        else:
            content_filter_results = ContentFilterChoiceResults.from_dict(_content_filter_results)

        _finish_reason = d.pop("finish_reason", UNSET)
        finish_reason: CreateCompletionResponseChoicesItemFinishReason | None
        if _finish_reason is UNSET:
            finish_reason = None
        elif _finish_reason is None:
            finish_reason = None
            nulls += ("finish_reason",)
        else:
            _finish_reason_data = _finish_reason
            finish_reason_type_0 = CreateCompletionResponseChoicesItemFinishReason._value2member_map_.get(
                _finish_reason_type_0_value := _finish_reason_data
            ) or CreateCompletionResponseChoicesItemFinishReason(_finish_reason_type_0_value)

            finish_reason = finish_reason_type_0

        _logprobs = d.pop("logprobs", UNSET)
        logprobs: CreateCompletionResponseChoicesItemLogprobs | None
        if _logprobs is UNSET:
            logprobs = None
        elif _logprobs is None:
            logprobs = None
            nulls += ("logprobs",)
        else:
            _logprobs_data = _logprobs
            logprobs_type_0 = CreateCompletionResponseChoicesItemLogprobs.from_dict(_logprobs_data)

            logprobs = logprobs_type_0

        create_completion_response_choices_item = cls(
            index=index,
            text=text,
            content_filter_results=content_filter_results,
            finish_reason=finish_reason,
            logprobs=logprobs,
        )
        if nulls:
            create_completion_response_choices_item._nulls = nulls

        create_completion_response_choices_item.additional_properties = d
        return create_completion_response_choices_item

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


from ..models.content_filter_choice_results import ContentFilterChoiceResults  # noqa: E402
from ..models.create_completion_response_choices_item_logprobs import (
    CreateCompletionResponseChoicesItemLogprobs,  # noqa: E402
)
