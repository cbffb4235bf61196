from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

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
        AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | UnknownTypeVariant | None
    ) = None
    """ The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. Only applicable
    if `file_ids` is non-empty. """
    expires_after: VectorStoreExpirationAfter | None = None
    """ The expiration policy for a vector store. """
    file_ids: list[str] | None = None
    """ A list of file IDs that the vector store should use. Useful for tools like `file_search` that can access
    files. """
    metadata: CreateVectorStoreRequestMetadata | None = None
    """ Set of 16 key-value pairs that can be attached to an object. This can be useful for storing additional
    information about the object in a structured format. Keys can be a maximum of 64 characters long and values can
    be a maximum of 512 characters long.
     """
    name: str | None = None
    """ The name of the vector store. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.chunking_strategy is not None:
            chunking_strategy: dict[str, Any]
            if isinstance(self.chunking_strategy, AutoChunkingStrategyRequestParam):
                chunking_strategy = self.chunking_strategy.to_dict()
            elif isinstance(self.chunking_strategy, StaticChunkingStrategyRequestParam):
                chunking_strategy = self.chunking_strategy.to_dict()
            else:
                chunking_strategy = self.chunking_strategy.to_dict()

            field_dict["chunking_strategy"] = chunking_strategy
        if self.expires_after is not None:
            expires_after = self.expires_after.to_dict()
            field_dict["expires_after"] = expires_after
        if self.file_ids is not None:
            file_ids = self.file_ids

            field_dict["file_ids"] = file_ids
        if self.metadata is not None:
            metadata: dict[str, Any] | None
            if isinstance(self.metadata, CreateVectorStoreRequestMetadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
            field_dict["metadata"] = metadata
        if self.name is not None:
            field_dict["name"] = self.name
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
        _chunking_strategy = d.pop("chunking_strategy", UNSET)
        chunking_strategy: (
            AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | UnknownTypeVariant | None
        )
        if _chunking_strategy is UNSET:
            chunking_strategy = None
        elif _chunking_strategy is None:
            chunking_strategy = None
            nulls += ("chunking_strategy",)
        else:
            _chunking_strategy_data = _chunking_strategy
            if not isinstance(_chunking_strategy_data, dict):
                raise TypeError(f"chunking_strategy: expected an object, got {type(_chunking_strategy_data).__name__}")
            elif _chunking_strategy_data.get("type") == "auto":
                chunking_strategy = AutoChunkingStrategyRequestParam.from_dict(_chunking_strategy_data)
            elif _chunking_strategy_data.get("type") == "static":
                chunking_strategy = StaticChunkingStrategyRequestParam.from_dict(_chunking_strategy_data)
            else:
                chunking_strategy = UnknownTypeVariant.from_dict(_chunking_strategy_data)

        _expires_after = d.pop("expires_after", UNSET)
        expires_after: VectorStoreExpirationAfter | None
        if _expires_after is UNSET:
            expires_after = None
        elif _expires_after is None:
            expires_after = None
            nulls += ("expires_after",)
        else:
            expires_after = VectorStoreExpirationAfter.from_dict(_expires_after)

        _file_ids = d.pop("file_ids", UNSET)
        file_ids: list[str] | None
        if _file_ids is UNSET:
            file_ids = None
        elif _file_ids is None:
            file_ids = None
            nulls += ("file_ids",)
        else:
            file_ids = cast(list[str], _file_ids)

        _metadata = d.pop("metadata", UNSET)
        metadata: CreateVectorStoreRequestMetadata | None
        if _metadata is UNSET:
            metadata = None
        elif _metadata is None:
            metadata = None
            nulls += ("metadata",)
        else:
            _metadata_data = _metadata
            metadata_type_0 = CreateVectorStoreRequestMetadata.from_dict(_metadata_data)

            metadata = metadata_type_0

        _name = d.pop("name", UNSET)
        name: str | None
        if _name is UNSET:
            name = None
        elif _name is None:
            name = None
            nulls += ("name",)
        else:
            name = _name

        create_vector_store_request = cls(
            chunking_strategy=chunking_strategy,
            expires_after=expires_after,
            file_ids=file_ids,
            metadata=metadata,
            name=name,
        )
        if nulls:
            create_vector_store_request._nulls = nulls

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
