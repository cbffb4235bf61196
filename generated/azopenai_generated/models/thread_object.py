from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_object_object import ThreadObjectObject
from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.thread_object_metadata import ThreadObjectMetadata
    from ..models.thread_object_tool_resources import ThreadObjectToolResources


T = TypeVar("T", bound="ThreadObject")


@_attrs_define
class ThreadObject:
    """Represents a thread that contains [messages](/docs/api-reference/messages)."""

    created_at: int
    """ The Unix timestamp (in seconds) for when the thread was created. """
    id: str
    """ The identifier, which can be referenced in API endpoints. """
    object_: ThreadObjectObject
    """ The object type, which is always `thread`. """
    metadata: None | ThreadObjectMetadata = None
    """ Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format. Keys can be a maximum of 64 characters long and values can
    be a maximum of 512 characters long.
     """
    tool_resources: None | ThreadObjectToolResources = None
    """ A set of resources that are made available to the assistant's tools in this thread. The resources are
    specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the
    `file_search` tool requires a list of vector store IDs.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        created_at = self.created_at

        id = self.id

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "object": object_,
            }
        )
        if self.metadata is not None:
            metadata: dict[str, Any] | None
            if isinstance(self.metadata, ThreadObjectMetadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
            field_dict["metadata"] = metadata
        if self.tool_resources is not None:
            tool_resources: dict[str, Any] | None
            if isinstance(self.tool_resources, ThreadObjectToolResources):
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
        created_at = d.pop("created_at")

        id = d.pop("id")

        object_ = ThreadObjectObject._value2member_map_.get(_object__value := d.pop("object")) or ThreadObjectObject(
            _object__value
        )

        _metadata = d.pop("metadata", UNSET)
        metadata: None | ThreadObjectMetadata
        if _metadata is UNSET:
            metadata = None
        elif _metadata is None:
            metadata = None
            nulls += ("metadata",)
        else:
            _metadata_data = _metadata
            metadata_type_0 = ThreadObjectMetadata.from_dict(_metadata_data)

            metadata = metadata_type_0

        _tool_resources = d.pop("tool_resources", UNSET)
        tool_resources: None | ThreadObjectToolResources
        if _tool_resources is UNSET:
            tool_resources = None
        elif _tool_resources is None:
            tool_resources = None
            nulls += ("tool_resources",)
        else:
            _tool_resources_data = _tool_resources
            tool_resources_type_0 = ThreadObjectToolResources.from_dict(_tool_resources_data)

            tool_resources = tool_resources_type_0

        thread_object = cls(
            created_at=created_at,
            id=id,
            object_=object_,
            metadata=metadata,
            tool_resources=tool_resources,
        )
        if nulls:
            thread_object._nulls = nulls

        thread_object.additional_properties = d
        return thread_object

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


from ..models.thread_object_metadata import ThreadObjectMetadata  # noqa: E402
from ..models.thread_object_tool_resources import ThreadObjectToolResources  # noqa: E402
