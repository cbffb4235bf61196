from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.chat_completion_token_logprob import ChatCompletionTokenLogprob


T = TypeVar("T", bound="ChatCompletionChoiceLogProbs")


@_attrs_define
class ChatCompletionChoiceLogProbs:
    """Log probability information for the choice."""

    content: list[ChatCompletionTokenLogprob] | None = None
    """ A list of message content tokens with log probability information. """
    refusal: list[ChatCompletionTokenLogprob] | None = None
    """ A list of message refusal tokens with log probability information. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.content is not None:
            content: list[dict[str, Any]] | None
            if isinstance(self.content, list):
                content = []
                for content_type_0_item_data in self.content:
                    content_type_0_item = content_type_0_item_data.to_dict()
                    content.append(content_type_0_item)

            else:
                content = self.content
            field_dict["content"] = content
        if self.refusal is not None:
            refusal: list[dict[str, Any]] | None
            if isinstance(self.refusal, list):
                refusal = []
                for refusal_type_0_item_data in self.refusal:
                    refusal_type_0_item = refusal_type_0_item_data.to_dict()
                    refusal.append(refusal_type_0_item)

            else:
                refusal = self.refusal
            field_dict["refusal"] = refusal
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
        _content = d.pop("content", UNSET)
        content: list[ChatCompletionTokenLogprob] | None
        if _content is UNSET:
            content = None
        elif _content is None:
            content = None
            nulls += ("content",)
        else:
            _content_data = _content
            content_type_0 = []
            _content_type_0 = _content_data
            for content_type_0_item_data in _content_type_0:
                content_type_0_item = ChatCompletionTokenLogprob.from_dict(content_type_0_item_data)

                content_type_0.append(content_type_0_item)

            content = content_type_0

        _refusal = d.pop("refusal", UNSET)
        refusal: list[ChatCompletionTokenLogprob] | None
        if _refusal is UNSET:
            refusal = None
        elif _refusal is None:
            refusal = None
            nulls += ("refusal",)
        else:
            _refusal_data = _refusal
            refusal_type_0 = []
            _refusal_type_0 = _refusal_data
            for refusal_type_0_item_data in _refusal_type_0:
                refusal_type_0_item = ChatCompletionTokenLogprob.from_dict(refusal_type_0_item_data)

                refusal_type_0.append(refusal_type_0_item)

            refusal = refusal_type_0

        chat_completion_choice_log_probs = cls(
            content=content,
            refusal=refusal,
        )
        if nulls:
            chat_completion_choice_log_probs._nulls = nulls

        chat_completion_choice_log_probs.additional_properties = d
        return chat_completion_choice_log_probs

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


from ..models.chat_completion_token_logprob import ChatCompletionTokenLogprob  # noqa: E402
