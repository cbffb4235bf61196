from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_json, model_repr

T = TypeVar("T", bound="VectorStoreFileBatchObjectFileCounts")


@_attrs_define
class VectorStoreFileBatchObjectFileCounts:
    cancelled: int
    """ The number of files that where cancelled. """
    completed: int
    """ The number of files that have been processed. """
    failed: int
    """ The number of files that have failed to process. """
    in_progress: int
    """ The number of files that are currently being processed. """
    total: int
    """ The total number of files. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        cancelled = self.cancelled

        completed = self.completed

        failed = self.failed

        in_progress = self.in_progress

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cancelled": cancelled,
                "completed": completed,
                "failed": failed,
                "in_progress": in_progress,
                "total": total,
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
        cancelled = d.pop("cancelled")

        completed = d.pop("completed")

        failed = d.pop("failed")

        in_progress = d.pop("in_progress")

        total = d.pop("total")

        vector_store_file_batch_object_file_counts = cls(
            cancelled=cancelled,
            completed=completed,
            failed=failed,
            in_progress=in_progress,
            total=total,
        )

        vector_store_file_batch_object_file_counts.additional_properties = d
        return vector_store_file_batch_object_file_counts

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
