from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vector_store_object_object import VectorStoreObjectObject
from ..models.vector_store_object_status import VectorStoreObjectStatus
from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.vector_store_expiration_after import VectorStoreExpirationAfter
    from ..models.vector_store_object_file_counts import VectorStoreObjectFileCounts
    from ..models.vector_store_object_metadata import VectorStoreObjectMetadata


T = TypeVar("T", bound="VectorStoreObject")


@_attrs_define
class VectorStoreObject:
    """A vector store is a collection of processed files can be used by the `file_search` tool."""

    created_at: int
    """ The Unix timestamp (in seconds) for when the vector store was created. """
    file_counts: VectorStoreObjectFileCounts
    id: str
    """ The identifier, which can be referenced in API endpoints. """
    name: str
    """ The name of the vector store. """
    object_: VectorStoreObjectObject
    """ The object type, which is always `vector_store`. """
    status: VectorStoreObjectStatus
    """ The status of the vector store, which can be either `expired`, `in_progress`, or `completed`. A status of
    `completed` indicates that the vector store is ready for use. """
    usage_bytes: int
    """ The total number of bytes used by the files in the vector store. """
    expires_after: None | VectorStoreExpirationAfter = None
    expires_at: int | None = None
    """ The Unix timestamp (in seconds) for when the vector store will expire. """
    last_active_at: int | None = None
    """ The Unix timestamp (in seconds) for when the vector store was last active. """
    metadata: None | VectorStoreObjectMetadata = None
    """ Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format. Keys can be a maximum of 64 characters long and values can
    be a maximum of 512 characters long.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        created_at = self.created_at

        file_counts = self.file_counts.to_dict()

        id = self.id

        name = self.name

        object_ = self.object_

        status = self.status

        usage_bytes = self.usage_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "file_counts": file_counts,
                "id": id,
                "name": name,
                "object": object_,
                "status": status,
                "usage_bytes": usage_bytes,
            }
        )
        if self.expires_after is not None:
            expires_after: dict[str, Any] | None
            if isinstance(self.expires_after, VectorStoreExpirationAfter):
                expires_after = self.expires_after.to_dict()
            else:
                expires_after = self.expires_after
            field_dict["expires_after"] = expires_after
        if self.expires_at is not None:
            expires_at: int | None
            expires_at = self.expires_at
            field_dict["expires_at"] = expires_at
        if self.last_active_at is not None:
            last_active_at: int | None
            last_active_at = self.last_active_at
            field_dict["last_active_at"] = last_active_at
        if self.metadata is not None:
            metadata: dict[str, Any] | None
            if isinstance(self.metadata, VectorStoreObjectMetadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
            field_dict["metadata"] = metadata
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

        file_counts = VectorStoreObjectFileCounts.from_dict(d.pop("file_counts"))

        id = d.pop("id")

        name = d.pop("name")

        object_ = VectorStoreObjectObject._value2member_map_.get(
            _object__value := d.pop("object")
        ) or VectorStoreObjectObject(_object__value)

        status = VectorStoreObjectStatus._value2member_map_.get(
            _status_value := d.pop("status")
        ) or VectorStoreObjectStatus(_status_value)

        usage_bytes = d.pop("usage_bytes")

        _expires_after = d.pop("expires_after", UNSET)
        expires_after: None | VectorStoreExpirationAfter
        if _expires_after is UNSET:
            expires_after = None
        elif _expires_after is None:
            expires_after = None
            nulls += ("expires_after",)
        else:
            _expires_after_data = _expires_after
            expires_after_type_0 = VectorStoreExpirationAfter.from_dict(_expires_after_data)

            expires_after = expires_after_type_0

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: int | None
        if _expires_at is UNSET:
            expires_at = None
        elif _expires_at is None:
            expires_at = None
            nulls += ("expires_at",)
        else:
            _expires_at_data = _expires_at
            expires_at = _expires_at_data

        _last_active_at = d.pop("last_active_at", UNSET)
        last_active_at: int | None
        if _last_active_at is UNSET:
            last_active_at = None
        elif _last_active_at is None:
            last_active_at = None
            nulls += ("last_active_at",)
        else:
            _last_active_at_data = _last_active_at
            last_active_at = _last_active_at_data

        _metadata = d.pop("metadata", UNSET)
        metadata: None | VectorStoreObjectMetadata
        if _metadata is UNSET:
            metadata = None
        elif _metadata is None:
            metadata = None
            nulls += ("metadata",)
        else:
            _metadata_data = _metadata
            metadata_type_0 = VectorStoreObjectMetadata.from_dict(_metadata_data)

            metadata = metadata_type_0

        vector_store_object = cls(
            created_at=created_at,
            file_counts=file_counts,
            id=id,
            name=name,
            object_=object_,
            status=status,
            usage_bytes=usage_bytes,
            expires_after=expires_after,
            expires_at=expires_at,
            last_active_at=last_active_at,
            metadata=metadata,
        )
        if nulls:
            vector_store_object._nulls = nulls

        vector_store_object.additional_properties = d
        return vector_store_object

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


from ..models.vector_store_expiration_after import VectorStoreExpirationAfter  # noqa: E402
from ..models.vector_store_object_file_counts import VectorStoreObjectFileCounts  # noqa: E402
from ..models.vector_store_object_metadata import VectorStoreObjectMetadata  # noqa: E402
