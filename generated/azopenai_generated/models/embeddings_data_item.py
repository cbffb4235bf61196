from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

T = TypeVar("T", bound="EmbeddingsDataItem")


@_attrs_define
class EmbeddingsDataItem:
    embedding: list[float]
    index: int
    object_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        embedding = self.embedding

        index = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "embedding": embedding,
                "index": index,
            }
        )
        if self.object_ is not None:
            field_dict["object"] = self.object_
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
        embedding = cast(list[float], d.pop("embedding"))

        index = d.pop("index")

        _object_ = d.pop("object", UNSET)
        object_: str | None
        if _object_ is UNSET:
            object_ = None
        elif _object_ is None:
            object_ = None
            nulls += ("object",)
        else:
            object_ = _object_

        embeddings_data_item = cls(
            embedding=embedding,
            index=index,
            object_=object_,
        )
        if nulls:
            embeddings_data_item._nulls = nulls

        embeddings_data_item.additional_properties = d
        return embeddings_data_item

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
