from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.completion_usage_completion_tokens_details import (
        CompletionUsageCompletionTokensDetails,
    )
    from ..models.completion_usage_prompt_tokens_details import (
        CompletionUsagePromptTokensDetails,
    )


T = TypeVar("T", bound="CompletionUsage")


@_attrs_define
class CompletionUsage:
    """Usage statistics for the completion request."""

    completion_tokens: int
    """ Number of tokens in the generated completion. """
    prompt_tokens: int
    """ Number of tokens in the prompt. """
    total_tokens: int
    """ Total number of tokens used in the request (prompt + completion). """
    completion_tokens_details: CompletionUsageCompletionTokensDetails | None = None
    """ Breakdown of tokens used in a completion. """
    prompt_tokens_details: CompletionUsagePromptTokensDetails | None = None
    """ Details of the prompt tokens. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        completion_tokens = self.completion_tokens

        prompt_tokens = self.prompt_tokens

        total_tokens = self.total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completion_tokens": completion_tokens,
                "prompt_tokens": prompt_tokens,
                "total_tokens": total_tokens,
            }
        )
        if self.completion_tokens_details is not None:
            completion_tokens_details = self.completion_tokens_details.to_dict()
            field_dict["completion_tokens_details"] = completion_tokens_details
        if self.prompt_tokens_details is not None:
            prompt_tokens_details = self.prompt_tokens_details.to_dict()
            field_dict["prompt_tokens_details"] = prompt_tokens_details
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
        completion_tokens = d.pop("completion_tokens")

        prompt_tokens = d.pop("prompt_tokens")

        total_tokens = d.pop("total_tokens")

        _completion_tokens_details = d.pop("completion_tokens_details", UNSET)
        completion_tokens_details: CompletionUsageCompletionTokensDetails | None
        if _completion_tokens_details is UNSET:
            completion_tokens_details = None
        elif _completion_tokens_details is None:
            completion_tokens_details = None
            nulls += ("completion_tokens_details",)
        else:
            completion_tokens_details = CompletionUsageCompletionTokensDetails.from_dict(_completion_tokens_details)

        _prompt_tokens_details = d.pop("prompt_tokens_details", UNSET)
        prompt_tokens_details: CompletionUsagePromptTokensDetails | None
        if _prompt_tokens_details is UNSET:
            prompt_tokens_details = None
        elif _prompt_tokens_details is None:
            prompt_tokens_details = None
            nulls += ("prompt_tokens_details",)
        else:
            prompt_tokens_details = CompletionUsagePromptTokensDetails.from_dict(_prompt_tokens_details)

        completion_usage = cls(
            completion_tokens=completion_tokens,
            prompt_tokens=prompt_tokens,
            total_tokens=total_tokens,
            completion_tokens_details=completion_tokens_details,
            prompt_tokens_details=prompt_tokens_details,
        )
        if nulls:
            completion_usage._nulls = nulls

        completion_usage.additional_properties = d
        return completion_usage

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


from ..models.completion_usage_completion_tokens_details import (
    CompletionUsageCompletionTokensDetails,  # noqa: E402
)
from ..models.completion_usage_prompt_tokens_details import (
    CompletionUsagePromptTokensDetails,  # noqa: E402
)
