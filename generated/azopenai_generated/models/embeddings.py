from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.embeddings_data_item import EmbeddingsDataItem
    from ..models.embeddings_usage import EmbeddingsUsage


T = TypeVar("T", bound="Embeddings")


@_attrs_define
class Embeddings:
    data: list[EmbeddingsDataItem]
    usage: EmbeddingsUsage
    model: str | None = None
    object_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "usage": usage,
            }
        )
        if self.model is not None:
            field_dict["model"] = self.model
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
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = EmbeddingsDataItem.from_dict(data_item_data)

            data.append(data_item)

        usage = EmbeddingsUsage.from_dict(d.pop("usage"))

        _model = d.pop("model", UNSET)
        model: str | None
        if _model is UNSET:
            model = None
        elif _model is None:
            model = None
            nulls += ("model",)
        else:
            model = _model

        _object_ = d.pop("object", UNSET)
        object_: str | None
        if _object_ is UNSET:
            object_ = None
        elif _object_ is None:
            object_ = None
            nulls += ("object",)
        else:
            object_ = _object_

        embeddings = cls(
            data=data,
            usage=usage,
            model=model,
            object_=object_,
        )
        if nulls:
            embeddings._nulls = nulls

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
