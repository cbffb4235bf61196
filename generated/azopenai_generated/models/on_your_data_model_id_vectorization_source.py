from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_json, model_repr

T = TypeVar("T", bound="OnYourDataModelIdVectorizationSource")


@_attrs_define
class OnYourDataModelIdVectorizationSource:
    """The details of a a vectorization source, used by Azure OpenAI On Your Data when applying vector search, that is
    based
    on a search service model ID. Currently only supported by Elasticsearch®.

    """

    model_id: str
    """ Specifies the model ID to use for vectorization. This model ID must be defined in the search service. """
    type_: Literal["model_id"] = "model_id"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        model_id = self.model_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_id": model_id,
                "type": type_,
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
        model_id = d.pop("model_id")

        type_ = cast(Literal["model_id"], d.pop("type"))
        if type_ != "model_id":
            raise ValueError(f"type must match const 'model_id', got '{type_}'")

        on_your_data_model_id_vectorization_source = cls(
            model_id=model_id,
            type_=type_,
        )

        on_your_data_model_id_vectorization_source.additional_properties = d
        return on_your_data_model_id_vectorization_source

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
