from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.embeddings_data_item import EmbeddingsDataItem
    from ..models.embeddings_usage import EmbeddingsUsage


T = TypeVar("T", bound="Embeddings")


@_attrs_define
class Embeddings:
    data: list[EmbeddingsDataItem]
    usage: EmbeddingsUsage
    model: str | Unset = UNSET
    object_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        usage = self.usage.to_dict()

        model = self.model

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "usage": usage,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = EmbeddingsDataItem.from_dict(data_item_data)

            data.append(data_item)

        usage = EmbeddingsUsage.from_dict(d.pop("usage"))

        model = d.pop("model", UNSET)

        object_ = d.pop("object", UNSET)

        embeddings = cls(
            data=data,
            usage=usage,
            model=model,
            object_=object_,
        )

        embeddings.additional_properties = d
        return embeddings

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


from ..models.embeddings_data_item import EmbeddingsDataItem  # noqa: E402
from ..models.embeddings_usage import EmbeddingsUsage  # noqa: E402
