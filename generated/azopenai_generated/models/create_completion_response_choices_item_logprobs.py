from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.create_completion_response_choices_item_logprobs_top_logprobs_item import (
        CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem,
    )


T = TypeVar("T", bound="CreateCompletionResponseChoicesItemLogprobs")


@_attrs_define
class CreateCompletionResponseChoicesItemLogprobs:
    text_offset: list[int] | None = None
    token_logprobs: list[float] | None = None
    tokens: list[str] | None = None
    top_logprobs: list[CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.text_offset is not None:
            text_offset = self.text_offset

            field_dict["text_offset"] = text_offset
        if self.token_logprobs is not None:
            token_logprobs = self.token_logprobs

            field_dict["token_logprobs"] = token_logprobs
        if self.tokens is not None:
            tokens = self.tokens

            field_dict["tokens"] = tokens
        if self.top_logprobs is not None:
            top_logprobs = []
            for top_logprobs_item_data in self.top_logprobs:
                top_logprobs_item = top_logprobs_item_data.to_dict()
                top_logprobs.append(top_logprobs_item)

            field_dict["top_logprobs"] = top_logprobs
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
        _text_offset = d.pop("text_offset", UNSET)
        text_offset: list[int] | None
        if _text_offset is UNSET:
            text_offset = None
        elif _text_offset is None:
            text_offset = None
            nulls += ("text_offset",)
        else:
            text_offset = cast(list[int], _text_offset)

        _token_logprobs = d.pop("token_logprobs", UNSET)
        token_logprobs: list[float] | None
        if _token_logprobs is UNSET:
            token_logprobs = None
        elif _token_logprobs is None:
            token_logprobs = None
            nulls += ("token_logprobs",)
        else:
            token_logprobs = cast(list[float], _token_logprobs)

        _tokens = d.pop("tokens", UNSET)
        tokens: list[str] | None
        if _tokens is UNSET:
            tokens = None
        elif _tokens is None:
            tokens = None
            nulls += ("tokens",)
        else:
            tokens = cast(list[str], _tokens)

        _top_logprobs = d.pop("top_logprobs", UNSET)
        top_logprobs: list[CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem] | None
        if _top_logprobs is UNSET:
            top_logprobs = None
        elif _top_logprobs is None:
            top_logprobs = None
            nulls += ("top_logprobs",)
        else:
            top_logprobs = []
            _top_logprobs = _top_logprobs
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
        if nulls:
            create_completion_response_choices_item_logprobs._nulls = nulls

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
