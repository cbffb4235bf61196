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
    from ..models.static_chunking_strategy_request_param import (
        StaticChunkingStrategyRequestParam,
    )
    from ..models.unknown_type_variant import UnknownTypeVariant


T = TypeVar("T", bound="CreateVectorStoreFileBatchRequest")


@_attrs_define
class CreateVectorStoreFileBatchRequest:
    file_ids: list[str]
    """ A list of File IDs that the vector store should use. Useful for tools like `file_search` that can access
    files. """
    chunking_strategy: (
        AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | UnknownTypeVariant | None
    ) = None
    """ The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        file_ids = self.file_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_ids": file_ids,
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
        file_ids = cast(list[str], d.pop("file_ids"))

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

        create_vector_store_file_batch_request = cls(
            file_ids=file_ids,
            chunking_strategy=chunking_strategy,
        )
        if nulls:
            create_vector_store_file_batch_request._nulls = nulls

        create_vector_store_file_batch_request.additional_properties = d
        return create_vector_store_file_batch_request

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
