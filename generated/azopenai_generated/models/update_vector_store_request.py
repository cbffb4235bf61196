from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_vector_store_request_metadata import (
        UpdateVectorStoreRequestMetadata,
    )
    from ..models.vector_store_expiration_after import VectorStoreExpirationAfter


T = TypeVar("T", bound="UpdateVectorStoreRequest")


@_attrs_define
class UpdateVectorStoreRequest:
    expires_after: None | Unset | VectorStoreExpirationAfter = UNSET
    metadata: None | Unset | UpdateVectorStoreRequestMetadata = UNSET
    """ Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format. Keys can be a maximum of 64 characters long and values can
    be a maximum of 512 characters long.
     """
    name: None | str | Unset = UNSET
    """ The name of the vector store. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expires_after: dict[str, Any] | None | Unset
        if isinstance(self.expires_after, Unset):
            expires_after = UNSET
        elif isinstance(self.expires_after, VectorStoreExpirationAfter):
            expires_after = self.expires_after.to_dict()
        else:
            expires_after = self.expires_after

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, UpdateVectorStoreRequestMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _expires_after_data = d.pop("expires_after", UNSET)
        expires_after: None | Unset | VectorStoreExpirationAfter
        if _expires_after_data is None or isinstance(_expires_after_data, Unset):
            expires_after = _expires_after_data
        else:
            expires_after_type_0 = VectorStoreExpirationAfter.from_dict(_expires_after_data)

            expires_after = expires_after_type_0

        _metadata_data = d.pop("metadata", UNSET)
        metadata: None | Unset | UpdateVectorStoreRequestMetadata
        if _metadata_data is None or isinstance(_metadata_data, Unset):
            metadata = _metadata_data
        else:
            metadata_type_0 = UpdateVectorStoreRequestMetadata.from_dict(_metadata_data)

            metadata = metadata_type_0

        _name_data = d.pop("name", UNSET)
        name: None | str | Unset
        if _name_data is None or isinstance(_name_data, Unset):
            name = _name_data
        else:
            name = _name_data

        update_vector_store_request = cls(
            expires_after=expires_after,
            metadata=metadata,
            name=name,
        )

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
