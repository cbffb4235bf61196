from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.on_your_data_access_token_authentication_options import (
        OnYourDataAccessTokenAuthenticationOptions,
    )
    from ..models.on_your_data_api_key_authentication_options import (
        OnYourDataApiKeyAuthenticationOptions,
    )
    from ..models.unknown_type_variant import UnknownTypeVariant


T = TypeVar("T", bound="OnYourDataEndpointVectorizationSource")


@_attrs_define
class OnYourDataEndpointVectorizationSource:
    """The details of a a vectorization source, used by Azure OpenAI On Your Data when applying vector search, that is
    based
    on a public Azure OpenAI endpoint call for embeddings.

    """

    authentication: (
        OnYourDataAccessTokenAuthenticationOptions | OnYourDataApiKeyAuthenticationOptions | UnknownTypeVariant
    )
    endpoint: str
    """ Specifies the resource endpoint URL from which embeddings should be retrieved. It should be in the format of
    https://YOUR_RESOURCE_NAME.openai.azure.com/openai/deployments/YOUR_DEPLOYMENT_NAME/embeddings. The api-version
    query parameter is not allowed. """
    type_: Literal["endpoint"] = "endpoint"
    dimensions: int | None = None
    """ The number of dimensions the embeddings should have. Only supported in `text-embedding-3` and later models.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        authentication: dict[str, Any]
        if isinstance(self.authentication, OnYourDataApiKeyAuthenticationOptions):
            authentication = self.authentication.to_dict()
        elif isinstance(self.authentication, OnYourDataAccessTokenAuthenticationOptions):
            authentication = self.authentication.to_dict()
        else:
            authentication = self.authentication.to_dict()

        endpoint = self.endpoint

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authentication": authentication,
                "endpoint": endpoint,
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
        _authentication_data = d.pop("authentication")
        if not isinstance(_authentication_data, dict):
            raise TypeError(f"authentication: expected an object, got {type(_authentication_data).__name__}")
        elif _authentication_data.get("type") == "api_key":
            authentication = OnYourDataApiKeyAuthenticationOptions.from_dict(_authentication_data)
        elif _authentication_data.get("type") == "access_token":
            authentication = OnYourDataAccessTokenAuthenticationOptions.from_dict(_authentication_data)
        else:
            authentication = UnknownTypeVariant.from_dict(_authentication_data)

        endpoint = d.pop("endpoint")

        type_ = cast(Literal["endpoint"], d.pop("type"))
        if type_ != "endpoint":
            raise ValueError(f"type must match const 'endpoint', got '{type_}'")

        _dimensions = d.pop("dimensions", UNSET)
        dimensions: int | None
        if _dimensions is UNSET:
            dimensions = None
        elif _dimensions is None:
            dimensions = None
            nulls += ("dimensions",)
        else:
            dimensions = _dimensions

        on_your_data_endpoint_vectorization_source = cls(
            authentication=authentication,
            endpoint=endpoint,
            type_=type_,
            dimensions=dimensions,
        )
        if nulls:
            on_your_data_endpoint_vectorization_source._nulls = nulls

        on_your_data_endpoint_vectorization_source.additional_properties = d
        return on_your_data_endpoint_vectorization_source

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


from ..models.on_your_data_access_token_authentication_options import (
    OnYourDataAccessTokenAuthenticationOptions,  # noqa: E402
)
from ..models.on_your_data_api_key_authentication_options import (
    OnYourDataApiKeyAuthenticationOptions,  # noqa: E402
)
from ..models.unknown_type_variant import UnknownTypeVariant  # noqa: E402
