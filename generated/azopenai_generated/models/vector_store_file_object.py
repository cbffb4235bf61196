from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vector_store_file_object_object import VectorStoreFileObjectObject
from ..models.vector_store_file_object_status import VectorStoreFileObjectStatus
from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.auto_chunking_strategy_request_param import (
        AutoChunkingStrategyRequestParam,
    )
    from ..models.static_chunking_strategy_request_param import (
        StaticChunkingStrategyRequestParam,
    )
    from ..models.unknown_type_variant import UnknownTypeVariant
    from ..models.vector_store_file_object_last_error import (
        VectorStoreFileObjectLastError,
    )


T = TypeVar("T", bound="VectorStoreFileObject")


@_attrs_define
class VectorStoreFileObject:
    """A list of files attached to a vector store."""

    created_at: int
    """ The Unix timestamp (in seconds) for when the vector store file was created. """
    id: str
    """ The identifier, which can be referenced in API endpoints. """
    object_: VectorStoreFileObjectObject
    """ The object type, which is always `vector_store.file`. """
    status: VectorStoreFileObjectStatus
    """ The status of the vector store file, which can be either `in_progress`, `completed`, `cancelled`, or
    `failed`. The status `completed` indicates that the vector store file is ready for use. """
    usage_bytes: int
    """ The total vector store usage in bytes. Note that this may be different from the original file size. """
    vector_store_id: str
    """ The ID of the vector store that the file is attached to. """
    chunking_strategy: (
        AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | UnknownTypeVariant | None
    ) = None
    """ The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. Only applicable
    if `file_ids` is non-empty. """
    last_error: None | VectorStoreFileObjectLastError = None
    """ The last error associated with this vector store file. Will be `null` if there are no errors. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        created_at = self.created_at

        id = self.id

        object_ = self.object_

        status = self.status

        usage_bytes = self.usage_bytes

        vector_store_id = self.vector_store_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "object": object_,
                "status": status,
                "usage_bytes": usage_bytes,
                "vector_store_id": vector_store_id,
            }
        )
        if self.chunking_strategy is not None:
            chunking_strategy: dict[str, Any]
            if isinstance(self.chunking_strategy, AutoChunkingStrategyRequestParam):
                chunking_strategy = self.chunking_strategy.to_dict()
            elif isinstance(self.chunking_strategy, StaticChunkingStrategyRequestParam):
                chunking_strategy = self.chunking_strategy.to_dict()
            else:
                chunking_strategy = self.chunking_strategy.to_dict()

            field_dict["chunking_strategy"] = chunking_strategy
        if self.last_error is not None:
            last_error: dict[str, Any] | None
            if isinstance(self.last_error, VectorStoreFileObjectLastError):
                last_error = self.last_error.to_dict()
            else:
                last_error = self.last_error
            field_dict["last_error"] = last_error
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

        object_ = VectorStoreFileObjectObject._value2member_map_.get(
            _object__value := d.pop("object")
        ) or VectorStoreFileObjectObject(_object__value)

        status = VectorStoreFileObjectStatus._value2member_map_.get(
            _status_value := d.pop("status")
        ) or VectorStoreFileObjectStatus(_status_value)

        usage_bytes = d.pop("usage_bytes")

        vector_store_id = d.pop("vector_store_id")

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

        _last_error = d.pop("last_error", UNSET)
        last_error: None | VectorStoreFileObjectLastError
        if _last_error is UNSET:
            last_error = None
        elif _last_error is None:
            last_error = None
            nulls += ("last_error",)
        else:
            _last_error_data = _last_error
            last_error_type_0 = VectorStoreFileObjectLastError.from_dict(_last_error_data)

            last_error = last_error_type_0

        vector_store_file_object = cls(
            created_at=created_at,
            id=id,
            object_=object_,
            status=status,
            usage_bytes=usage_bytes,
            vector_store_id=vector_store_id,
            chunking_strategy=chunking_strategy,
            last_error=last_error,
        )
        if nulls:
            vector_store_file_object._nulls = nulls

        vector_store_file_object.additional_properties = d
        return vector_store_file_object

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
from ..models.static_chunking_strategy_request_param import (
    StaticChunkingStrategyRequestParam,  # noqa: E402
)
from ..models.unknown_type_variant import UnknownTypeVariant  # noqa: E402
from ..models.vector_store_file_object_last_error import VectorStoreFileObjectLastError  # noqa: E402
