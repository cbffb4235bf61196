from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.chat_completion_token_logprob_top_logprobs_item import (
        ChatCompletionTokenLogprobTopLogprobsItem,
    )


T = TypeVar("T", bound="ChatCompletionTokenLogprob")


@_attrs_define
class ChatCompletionTokenLogprob:
    logprob: float
    """ The log probability of this token. """
    token: str
    """ The token. """
    top_logprobs: list[ChatCompletionTokenLogprobTopLogprobsItem]
    """ List of the most likely tokens and their log probability, at this token position. In rare cases, there may
    be fewer than the number of requested `top_logprobs` returned. """
    bytes_: list[int] | None = None
    """ A list of integers representing the UTF-8 bytes representation of the token. Useful in instances where
    characters are represented by multiple tokens and their byte representations must be combined to generate the
    correct text representation. Can be `null` if there is no bytes representation for the token. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        logprob = self.logprob

        token = self.token

        top_logprobs = []
        for top_logprobs_item_data in self.top_logprobs:
            top_logprobs_item = top_logprobs_item_data.to_dict()
            top_logprobs.append(top_logprobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "logprob": logprob,
                "token": token,
                "top_logprobs": top_logprobs,
            }
        )
        if self.bytes_ is not None:
            bytes_: list[int] | None
            if isinstance(self.bytes_, list):
                bytes_ = self.bytes_

            else:
                bytes_ = self.bytes_
            field_dict["bytes"] = bytes_
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
        logprob = d.pop("logprob")

        token = d.pop("token")

        top_logprobs = []
        _top_logprobs = d.pop("top_logprobs")
        for top_logprobs_item_data in _top_logprobs:
            top_logprobs_item = ChatCompletionTokenLogprobTopLogprobsItem.from_dict(top_logprobs_item_data)

            top_logprobs.append(top_logprobs_item)

        _bytes_ = d.pop("bytes", UNSET)
        bytes_: list[int] | None
        if _bytes_ is UNSET:
            bytes_ = None
        elif _bytes_ is None:
            bytes_ = None
            nulls += ("bytes",)
        else:
            _bytes__data = _bytes_
            bytes_type_0 = cast(list[int], _bytes__data)

            bytes_ = bytes_type_0

        chat_completion_token_logprob = cls(
            logprob=logprob,
            token=token,
            top_logprobs=top_logprobs,
            bytes_=bytes_,
        )
        if nulls:
            chat_completion_token_logprob._nulls = nulls

        chat_completion_token_logprob.additional_properties = d
        return chat_completion_token_logprob

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


from ..models.chat_completion_token_logprob_top_logprobs_item import (
    ChatCompletionTokenLogprobTopLogprobsItem,  # noqa: E402
)
