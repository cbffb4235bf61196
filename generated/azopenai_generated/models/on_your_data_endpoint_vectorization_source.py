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

from ..types import UNSET, Unset

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
    dimensions: int | Unset = UNSET
    """ The number of dimensions the embeddings should have. Only supported in `text-embedding-3` and later models.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authentication: dict[str, Any]
        if isinstance(self.authentication, OnYourDataApiKeyAuthenticationOptions):
            authentication = self.authentication.to_dict()
        elif isinstance(self.authentication, OnYourDataAccessTokenAuthenticationOptions):
            authentication = self.authentication.to_dict()
        else:
            authentication = self.authentication.to_dict()

        endpoint = self.endpoint

        type_ = self.type_

        dimensions = self.dimensions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authentication": authentication,
                "endpoint": endpoint,
                "type": type_,
            }
        )
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _authentication_data = d.pop("authentication")
        authentication: (
            OnYourDataAccessTokenAuthenticationOptions | OnYourDataApiKeyAuthenticationOptions | UnknownTypeVariant
        )
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

        dimensions = d.pop("dimensions", UNSET)

        on_your_data_endpoint_vectorization_source = cls(
            authentication=authentication,
            endpoint=endpoint,
            type_=type_,
            dimensions=dimensions,
        )

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
