from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_chunking_strategy_request_param import (
        AutoChunkingStrategyRequestParam,
    )
    from ..models.create_vector_store_request_metadata import (
        CreateVectorStoreRequestMetadata,
    )
    from ..models.static_chunking_strategy_request_param import (
        StaticChunkingStrategyRequestParam,
    )
    from ..models.unknown_type_variant import UnknownTypeVariant
    from ..models.vector_store_expiration_after import VectorStoreExpirationAfter


T = TypeVar("T", bound="CreateVectorStoreRequest")


@_attrs_define
class CreateVectorStoreRequest:
    chunking_strategy: (
        AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | UnknownTypeVariant | Unset
    ) = UNSET
    """ The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. Only applicable
    if `file_ids` is non-empty. """
    expires_after: VectorStoreExpirationAfter | Unset = UNSET
    """ The expiration policy for a vector store. """
    file_ids: list[str] | Unset = UNSET
    """ A list of file IDs that the vector store should use. Useful for tools like `file_search` that can access
    files. """
    metadata: CreateVectorStoreRequestMetadata | None | Unset = UNSET
    """ Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format. Keys can be a maximum of 64 characters long and values can
    be a maximum of 512 characters long.
     """
    name: str | Unset = UNSET
    """ The name of the vector store. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chunking_strategy: dict[str, Any] | Unset
        if isinstance(self.chunking_strategy, Unset):
            chunking_strategy = UNSET
        elif isinstance(self.chunking_strategy, AutoChunkingStrategyRequestParam):
            chunking_strategy = self.chunking_strategy.to_dict()
        elif isinstance(self.chunking_strategy, StaticChunkingStrategyRequestParam):
            chunking_strategy = self.chunking_strategy.to_dict()
        else:
            chunking_strategy = self.chunking_strategy.to_dict()

        expires_after: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expires_after, Unset):
            expires_after = self.expires_after.to_dict()

        file_ids: list[str] | Unset = UNSET
        if not isinstance(self.file_ids, Unset):
            file_ids = self.file_ids

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CreateVectorStoreRequestMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if chunking_strategy is not UNSET:
            field_dict["chunking_strategy"] = chunking_strategy
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _chunking_strategy_data = d.pop("chunking_strategy", UNSET)
        chunking_strategy: (
            AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | UnknownTypeVariant | Unset
        )
        if isinstance(_chunking_strategy_data, Unset):
            chunking_strategy = _chunking_strategy_data
        elif not isinstance(_chunking_strategy_data, dict):
            raise TypeError(f"chunking_strategy: expected an object, got {type(_chunking_strategy_data).__name__}")
        elif _chunking_strategy_data.get("type") == "auto":
            chunking_strategy = AutoChunkingStrategyRequestParam.from_dict(_chunking_strategy_data)
        elif _chunking_strategy_data.get("type") == "static":
            chunking_strategy = StaticChunkingStrategyRequestParam.from_dict(_chunking_strategy_data)
        else:
            chunking_strategy = UnknownTypeVariant.from_dict(_chunking_strategy_data)

        _expires_after = d.pop("expires_after", UNSET)
        expires_after: VectorStoreExpirationAfter | Unset
        if isinstance(_expires_after, Unset):
            expires_after = UNSET
        else:
            expires_after = VectorStoreExpirationAfter.from_dict(_expires_after)

        file_ids = cast(list[str], d.pop("file_ids", UNSET))

        _metadata_data = d.pop("metadata", UNSET)
        metadata: CreateVectorStoreRequestMetadata | None | Unset
        if _metadata_data is None or isinstance(_metadata_data, Unset):
            metadata = _metadata_data
        else:
            metadata_type_0 = CreateVectorStoreRequestMetadata.from_dict(_metadata_data)

            metadata = metadata_type_0

        name = d.pop("name", UNSET)

        create_vector_store_request = cls(
            chunking_strategy=chunking_strategy,
            expires_after=expires_after,
            file_ids=file_ids,
            metadata=metadata,
            name=name,
        )

        create_vector_store_request.additional_properties = d
        return create_vector_store_request

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


from ..models.auto_chunking_strategy_request_param import (
    AutoChunkingStrategyRequestParam,  # noqa: E402
)
from ..models.create_vector_store_request_metadata import (
    CreateVectorStoreRequestMetadata,  # noqa: E402
)
from ..models.static_chunking_strategy_request_param import (
    StaticChunkingStrategyRequestParam,  # noqa: E402
)
from ..models.unknown_type_variant import UnknownTypeVariant  # noqa: E402
from ..models.vector_store_expiration_after import VectorStoreExpirationAfter  # noqa: E402
