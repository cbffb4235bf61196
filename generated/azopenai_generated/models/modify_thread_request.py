from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.modify_thread_request_metadata import ModifyThreadRequestMetadata
    from ..models.modify_thread_request_tool_resources import (
        ModifyThreadRequestToolResources,
    )


T = TypeVar("T", bound="ModifyThreadRequest")


@_attrs_define
class ModifyThreadRequest:
    metadata: ModifyThreadRequestMetadata | None | Unset = UNSET
    """ Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format. Keys can be a maximum of 64 characters long and values can
    be a maximum of 512 characters long.
     """
    tool_resources: ModifyThreadRequestToolResources | None | Unset = UNSET
    """ A set of resources that are made available to the assistant's tools in this thread. The resources are
    specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the
    `file_search` tool requires a list of vector store IDs.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ModifyThreadRequestMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        tool_resources: dict[str, Any] | None | Unset
        if isinstance(self.tool_resources, Unset):
            tool_resources = UNSET
        elif isinstance(self.tool_resources, ModifyThreadRequestToolResources):
            tool_resources = self.tool_resources.to_dict()
        else:
            tool_resources = self.tool_resources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if tool_resources is not UNSET:
            field_dict["tool_resources"] = tool_resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _metadata_data = d.pop("metadata", UNSET)
        metadata: ModifyThreadRequestMetadata | None | Unset
        if _metadata_data is None or isinstance(_metadata_data, Unset):
            metadata = _metadata_data
        else:
            metadata_type_0 = ModifyThreadRequestMetadata.from_dict(_metadata_data)

            metadata = metadata_type_0

        _tool_resources_data = d.pop("tool_resources", UNSET)
        tool_resources: ModifyThreadRequestToolResources | None | Unset
        if _tool_resources_data is None or isinstance(_tool_resources_data, Unset):
            tool_resources = _tool_resources_data
        else:
            tool_resources_type_0 = ModifyThreadRequestToolResources.from_dict(_tool_resources_data)

            tool_resources = tool_resources_type_0

        modify_thread_request = cls(
            metadata=metadata,
            tool_resources=tool_resources,
        )

        modify_thread_request.additional_properties = d
        return modify_thread_request

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


from ..models.modify_thread_request_metadata import ModifyThreadRequestMetadata  # noqa: E402
from ..models.modify_thread_request_tool_resources import (
    ModifyThreadRequestToolResources,  # noqa: E402
)
