from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_message_request import CreateMessageRequest
    from ..models.create_thread_request_metadata import CreateThreadRequestMetadata
    from ..models.create_thread_request_tool_resources import (
        CreateThreadRequestToolResources,
    )


T = TypeVar("T", bound="CreateThreadRequest")


@_attrs_define
class CreateThreadRequest:
    messages: list[CreateMessageRequest] | Unset = UNSET
    """ A list of [messages](/docs/api-reference/messages) to start the thread with. """
    metadata: CreateThreadRequestMetadata | None | Unset = UNSET
    """ Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format. Keys can be a maximum of 64 characters long and values can
    be a maximum of 512 characters long.
     """
    tool_resources: CreateThreadRequestToolResources | None | Unset = UNSET
    """ A set of resources that are made available to the assistant's tools in this thread. The resources are
    specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the
    `file_search` tool requires a list of vector store IDs.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CreateThreadRequestMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        tool_resources: dict[str, Any] | None | Unset
        if isinstance(self.tool_resources, Unset):
            tool_resources = UNSET
        elif isinstance(self.tool_resources, CreateThreadRequestToolResources):
            tool_resources = self.tool_resources.to_dict()
        else:
            tool_resources = self.tool_resources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if messages is not UNSET:
            field_dict["messages"] = messages
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if tool_resources is not UNSET:
            field_dict["tool_resources"] = tool_resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _messages = d.pop("messages", UNSET)
        messages: list[CreateMessageRequest] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = CreateMessageRequest.from_dict(messages_item_data)

                messages.append(messages_item)

        _metadata_data = d.pop("metadata", UNSET)
        metadata: CreateThreadRequestMetadata | None | Unset
        if _metadata_data is None or isinstance(_metadata_data, Unset):
            metadata = _metadata_data
        else:
            metadata_type_0 = CreateThreadRequestMetadata.from_dict(_metadata_data)

            metadata = metadata_type_0

        _tool_resources_data = d.pop("tool_resources", UNSET)
        tool_resources: CreateThreadRequestToolResources | None | Unset
        if _tool_resources_data is None or isinstance(_tool_resources_data, Unset):
            tool_resources = _tool_resources_data
        else:
            tool_resources_type_0 = CreateThreadRequestToolResources.from_dict(_tool_resources_data)

            tool_resources = tool_resources_type_0

        create_thread_request = cls(
            messages=messages,
            metadata=metadata,
            tool_resources=tool_resources,
        )

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
