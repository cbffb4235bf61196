from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )
    from ..models.unknown_type_variant import UnknownTypeVariant


T = TypeVar("T", bound="ChatCompletionRequestSystemMessage")


@_attrs_define
class ChatCompletionRequestSystemMessage:
    content: list[ChatCompletionRequestMessageContentPartText | UnknownTypeVariant] | str
    """ The contents of the system message. """
    role: Literal["system"] = "system"
    name: str | None = None
    """ An optional name for the participant. Provides the model information to differentiate between participants
    of the same role. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(content_type_1_item_data, ChatCompletionRequestMessageContentPartText):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "role": role,
            }
        )
        if self.name is not None:
            field_dict["name"] = self.name
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

        def _parse_content(
            data: object,
        ) -> list[ChatCompletionRequestMessageContentPartText | UnknownTypeVariant] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:
                    _content_type_1_item_data = content_type_1_item_data
                    if not isinstance(_content_type_1_item_data, dict):
                        raise TypeError(
                            f"content_type_1_item: expected an object, got {type(_content_type_1_item_data).__name__}"
                        )
                    elif _content_type_1_item_data.get("type") == "text":
                        content_type_1_item = ChatCompletionRequestMessageContentPartText.from_dict(
                            _content_type_1_item_data
                        )
                    else:
                        content_type_1_item = UnknownTypeVariant.from_dict(_content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChatCompletionRequestMessageContentPartText | UnknownTypeVariant] | str, data)

        content = _parse_content(d.pop("content"))

        role = cast(Literal["system"], d.pop("role"))
        if role != "system":
            raise ValueError(f"role must match const 'system', got '{role}'")

        _name = d.pop("name", UNSET)
        name: str | None
        if _name is UNSET:
            name = None
        elif _name is None:
            name = None
            nulls += ("name",)
        else:
            name = _name

        chat_completion_request_system_message = cls(
            content=content,
            role=role,
            name=name,
        )
        if nulls:
            chat_completion_request_system_message._nulls = nulls

        chat_completion_request_system_message.additional_properties = d
        return chat_completion_request_system_message

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


from ..models.chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText,  # noqa: E402
)
from ..models.unknown_type_variant import UnknownTypeVariant  # noqa: E402
