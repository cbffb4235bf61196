from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.create_message_request import CreateMessageRequest
    from ..models.create_thread_request_metadata import CreateThreadRequestMetadata
    from ..models.create_thread_request_tool_resources import (
        CreateThreadRequestToolResources,
    )


T = TypeVar("T", bound="CreateThreadRequest")


@_attrs_define
class CreateThreadRequest:
    messages: list[CreateMessageRequest] | None = None
    """ A list of [messages](/docs/api-reference/messages) to start the thread with. """
    metadata: CreateThreadRequestMetadata | None = None
    """ Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format. Keys can be a maximum of 64 characters long and values can
    be a maximum of 512 characters long.
     """
    tool_resources: CreateThreadRequestToolResources | None = None
    """ A set of resources that are made available to the assistant's tools in this thread. The resources are
    specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the
    `file_search` tool requires a list of vector store IDs.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.messages is not None:
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

            field_dict["messages"] = messages
        if self.metadata is not None:
            metadata: dict[str, Any] | None
            if isinstance(self.metadata, CreateThreadRequestMetadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
            field_dict["metadata"] = metadata
        if self.tool_resources is not None:
            tool_resources: dict[str, Any] | None
            if isinstance(self.tool_resources, CreateThreadRequestToolResources):
                tool_resources = self.tool_resources.to_dict()
            else:
                tool_resources = self.tool_resources
            field_dict["tool_resources"] = tool_resources
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
        _messages = d.pop("messages", UNSET)
        messages: list[CreateMessageRequest] | None
        if _messages is UNSET:
            messages = None
        elif _messages is None:
            messages = None
            nulls += ("messages",)
        else:
            messages = []
            _messages = _messages
            for messages_item_data in _messages:
                messages_item = CreateMessageRequest.from_dict(messages_item_data)

                messages.append(messages_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: CreateThreadRequestMetadata | None
        if _metadata is UNSET:
            metadata = None
        elif _metadata is None:
            metadata = None
            nulls += ("metadata",)
        else:
            _metadata_data = _metadata
            metadata_type_0 = CreateThreadRequestMetadata.from_dict(_metadata_data)

            metadata = metadata_type_0

        _tool_resources = d.pop("tool_resources", UNSET)
        tool_resources: CreateThreadRequestToolResources | None
        if _tool_resources is UNSET:
            tool_resources = None
        elif _tool_resources is None:
            tool_resources = None
            nulls += ("tool_resources",)
        else:
            _tool_resources_data = _tool_resources
            tool_resources_type_0 = CreateThreadRequestToolResources.from_dict(_tool_resources_data)

            tool_resources = tool_resources_type_0

        create_thread_request = cls(
            messages=messages,
            metadata=metadata,
            tool_resources=tool_resources,
        )
        if nulls:
            create_thread_request._nulls = nulls

        create_thread_request.additional_properties = d
        return create_thread_request

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


from ..models.create_message_request import CreateMessageRequest  # noqa: E402
from ..models.create_thread_request_metadata import CreateThreadRequestMetadata  # noqa: E402
from ..models.create_thread_request_tool_resources import (
    CreateThreadRequestToolResources,  # noqa: E402
)
