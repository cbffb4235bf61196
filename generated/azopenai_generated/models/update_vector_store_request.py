from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.update_vector_store_request_metadata import (
        UpdateVectorStoreRequestMetadata,
    )
    from ..models.vector_store_expiration_after import VectorStoreExpirationAfter


T = TypeVar("T", bound="UpdateVectorStoreRequest")


@_attrs_define
class UpdateVectorStoreRequest:
    expires_after: None | VectorStoreExpirationAfter = None
    metadata: None | UpdateVectorStoreRequestMetadata = None
    """ Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format. Keys can be a maximum of 64 characters long and values can
    be a maximum of 512 characters long.
     """
    name: None | str = None
    """ The name of the vector store. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.expires_after is not None:
            expires_after: dict[str, Any] | None
            if isinstance(self.expires_after, VectorStoreExpirationAfter):
                expires_after = self.expires_after.to_dict()
            else:
                expires_after = self.expires_after
            field_dict["expires_after"] = expires_after
        if self.metadata is not None:
            metadata: dict[str, Any] | None
            if isinstance(self.metadata, UpdateVectorStoreRequestMetadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
            field_dict["metadata"] = metadata
        if self.name is not None:
            name: None | str
            name = self.name
            field_dict["name"] = name
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

        _metadata = d.pop("metadata", UNSET)
        metadata: None | UpdateVectorStoreRequestMetadata
        if _metadata is UNSET:
            metadata = None
        elif _metadata is None:
            metadata = None
            nulls += ("metadata",)
        else:
            _metadata_data = _metadata
            metadata_type_0 = UpdateVectorStoreRequestMetadata.from_dict(_metadata_data)

            metadata = metadata_type_0

        _name = d.pop("name", UNSET)
        name: None | str
        if _name is UNSET:
            name = None
        elif _name is None:
            name = None
            nulls += ("name",)
        else:
            _name_data = _name
            name = _name_data

        update_vector_store_request = cls(
            expires_after=expires_after,
            metadata=metadata,
            name=name,
        )
        if nulls:
            update_vector_store_request._nulls = nulls

        update_vector_store_request.additional_properties = d
        return update_vector_store_request

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


from ..models.update_vector_store_request_metadata import (
    UpdateVectorStoreRequestMetadata,  # noqa: E402
)
from ..models.vector_store_expiration_after import VectorStoreExpirationAfter  # noqa: E402
