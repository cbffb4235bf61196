from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_completion_response_choices_item_logprobs_top_logprobs_item import (
        CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem,
    )


T = TypeVar("T", bound="CreateCompletionResponseChoicesItemLogprobs")


@_attrs_define
class CreateCompletionResponseChoicesItemLogprobs:
    text_offset: list[int] | Unset = UNSET
    token_logprobs: list[float] | Unset = UNSET
    tokens: list[str] | Unset = UNSET
    top_logprobs: list[CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_offset: list[int] | Unset = UNSET
        if not isinstance(self.text_offset, Unset):
            text_offset = self.text_offset

        token_logprobs: list[float] | Unset = UNSET
        if not isinstance(self.token_logprobs, Unset):
            token_logprobs = self.token_logprobs

        tokens: list[str] | Unset = UNSET
        if not isinstance(self.tokens, Unset):
            tokens = self.tokens

        top_logprobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.top_logprobs, Unset):
            top_logprobs = []
            for top_logprobs_item_data in self.top_logprobs:
                top_logprobs_item = top_logprobs_item_data.to_dict()
                top_logprobs.append(top_logprobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text_offset is not UNSET:
            field_dict["text_offset"] = text_offset
        if token_logprobs is not UNSET:
            field_dict["token_logprobs"] = token_logprobs
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text_offset = cast(list[int], d.pop("text_offset", UNSET))

        token_logprobs = cast(list[float], d.pop("token_logprobs", UNSET))

        tokens = cast(list[str], d.pop("tokens", UNSET))

        _top_logprobs = d.pop("top_logprobs", UNSET)
        top_logprobs: list[CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem] | Unset = UNSET
        if _top_logprobs is not UNSET:
            top_logprobs = []
            for top_logprobs_item_data in _top_logprobs:
                top_logprobs_item = CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem.from_dict(
                    top_logprobs_item_data
                )

                top_logprobs.append(top_logprobs_item)

        create_completion_response_choices_item_logprobs = cls(
            text_offset=text_offset,
            token_logprobs=token_logprobs,
            tokens=tokens,
            top_logprobs=top_logprobs,
        )

        create_completion_response_choices_item_logprobs.additional_properties = d
        return create_completion_response_choices_item_logprobs

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


from ..models.create_completion_response_choices_item_logprobs_top_logprobs_item import (
    CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem,  # noqa: E402
)
