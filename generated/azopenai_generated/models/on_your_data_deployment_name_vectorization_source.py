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

from ..types import UNSET, model_json, model_repr

T = TypeVar("T", bound="OnYourDataDeploymentNameVectorizationSource")


@_attrs_define
class OnYourDataDeploymentNameVectorizationSource:
    """The details of a a vectorization source, used by Azure OpenAI On Your Data when applying vector search, that is
    based
    on an internal embeddings model deployment name in the same Azure OpenAI resource.

    """

    deployment_name: str
    """ Specifies the name of the model deployment to use for vectorization. This model deployment must be in the
    same Azure OpenAI resource, but On Your Data will use this model deployment via an internal call rather than a
    public one, which enables vector search even in private networks. """
    type_: Literal["deployment_name"] = "deployment_name"
    dimensions: int | None = None
    """ The number of dimensions the embeddings should have. Only supported in `text-embedding-3` and later models.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        deployment_name = self.deployment_name

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deployment_name": deployment_name,
                "type": type_,
            }
        )
        if self.dimensions is not None:
            field_dict["dimensions"] = self.dimensions
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
        deployment_name = d.pop("deployment_name")

        type_ = cast(Literal["deployment_name"], d.pop("type"))
        if type_ != "deployment_name":
            raise ValueError(f"type must match const 'deployment_name', got '{type_}'")

        _dimensions = d.pop("dimensions", UNSET)
        dimensions: int | None
        if _dimensions is UNSET:
            dimensions = None
        elif _dimensions is None:
            dimensions = None
            nulls += ("dimensions",)
        else:
            dimensions = _dimensions

        on_your_data_deployment_name_vectorization_source = cls(
            deployment_name=deployment_name,
            type_=type_,
            dimensions=dimensions,
        )
        if nulls:
            on_your_data_deployment_name_vectorization_source._nulls = nulls

        on_your_data_deployment_name_vectorization_source.additional_properties = d
        return on_your_data_deployment_name_vectorization_source

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
