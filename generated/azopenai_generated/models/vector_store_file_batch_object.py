from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vector_store_file_batch_object_object import (
    VectorStoreFileBatchObjectObject,
)
from ..models.vector_store_file_batch_object_status import (
    VectorStoreFileBatchObjectStatus,
)
from ..types import model_json, model_repr

if TYPE_CHECKING:
    from ..models.vector_store_file_batch_object_file_counts import (
        VectorStoreFileBatchObjectFileCounts,
    )


T = TypeVar("T", bound="VectorStoreFileBatchObject")


@_attrs_define
class VectorStoreFileBatchObject:
    """A batch of files attached to a vector store."""

    created_at: int
    """ The Unix timestamp (in seconds) for when the vector store files batch was created. """
    file_counts: VectorStoreFileBatchObjectFileCounts
    id: str
    """ The identifier, which can be referenced in API endpoints. """
    object_: VectorStoreFileBatchObjectObject
    """ The object type, which is always `vector_store.file_batch`. """
    status: VectorStoreFileBatchObjectStatus
    """ The status of the vector store files batch, which can be either `in_progress`, `completed`, `cancelled` or
    `failed`. """
    vector_store_id: str
    """ The ID of the vector store that the File is attached to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        created_at = self.created_at

        file_counts = self.file_counts.to_dict()

        id = self.id

        object_ = self.object_

        status = self.status

        vector_store_id = self.vector_store_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "file_counts": file_counts,
                "id": id,
                "object": object_,
                "status": status,
                "vector_store_id": vector_store_id,
            }
        )

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """`to_dict()` as JSON text."""
        return model_json(self, indent)

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = d.pop("created_at")

        file_counts = VectorStoreFileBatchObjectFileCounts.from_dict(d.pop("file_counts"))

        id = d.pop("id")

        object_ = VectorStoreFileBatchObjectObject._value2member_map_.get(
            _object__value := d.pop("object")
        ) or VectorStoreFileBatchObjectObject(_object__value)

        status = VectorStoreFileBatchObjectStatus._value2member_map_.get(
            _status_value := d.pop("status")
        ) or VectorStoreFileBatchObjectStatus(_status_value)

        vector_store_id = d.pop("vector_store_id")

        vector_store_file_batch_object = cls(
            created_at=created_at,
            file_counts=file_counts,
            id=id,
            object_=object_,
            status=status,
            vector_store_id=vector_store_id,
        )

        vector_store_file_batch_object.additional_properties = d
        return vector_store_file_batch_object

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


from ..models.vector_store_file_batch_object_file_counts import (
    VectorStoreFileBatchObjectFileCounts,  # noqa: E402
)
