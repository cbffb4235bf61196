from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.azure_search_query_type import AzureSearchQueryType
from ..models.on_your_data_context_property import OnYourDataContextProperty
from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.azure_search_index_field_mapping_options import (
        AzureSearchIndexFieldMappingOptions,
    )
    from ..models.on_your_data_access_token_authentication_options import (
        OnYourDataAccessTokenAuthenticationOptions,
    )
    from ..models.on_your_data_api_key_authentication_options import (
        OnYourDataApiKeyAuthenticationOptions,
    )
    from ..models.on_your_data_deployment_name_vectorization_source import (
        OnYourDataDeploymentNameVectorizationSource,
    )
    from ..models.on_your_data_endpoint_vectorization_source import (
        OnYourDataEndpointVectorizationSource,
    )
    from ..models.on_your_data_integrated_vectorization_source import (
        OnYourDataIntegratedVectorizationSource,
    )
    from ..models.on_your_data_system_assigned_managed_identity_authentication_options import (
        OnYourDataSystemAssignedManagedIdentityAuthenticationOptions,
    )
    from ..models.on_your_data_user_assigned_managed_identity_authentication_options import (
        OnYourDataUserAssignedManagedIdentityAuthenticationOptions,
    )
    from ..models.unknown_type_variant import UnknownTypeVariant


T = TypeVar("T", bound="AzureSearchChatExtensionParameters")


@_attrs_define
class AzureSearchChatExtensionParameters:
    """Parameters for Azure Search when used as an Azure OpenAI chat extension."""

    authentication: (
        OnYourDataAccessTokenAuthenticationOptions
        | OnYourDataApiKeyAuthenticationOptions
        | OnYourDataSystemAssignedManagedIdentityAuthenticationOptions
        | OnYourDataUserAssignedManagedIdentityAuthenticationOptions
        | UnknownTypeVariant
    )
    endpoint: str
    """ The absolute endpoint path for the Azure Search resource to use. """
    index_name: str
    """ The name of the index to use as available in the referenced Azure Search resource. """
    allow_partial_result: bool | None = None
    """ If specified as true, the system will allow partial search results to be used and the request fails if all
    the queries fail. If not specified, or specified as false, the request will fail if any search query fails. """
    embedding_dependency: (
        OnYourDataDeploymentNameVectorizationSource
        | OnYourDataEndpointVectorizationSource
        | OnYourDataIntegratedVectorizationSource
        | UnknownTypeVariant
        | None
    ) = None
    fields_mapping: AzureSearchIndexFieldMappingOptions | None = None
    """ Optional settings to control how fields are processed when using a configured Azure Search resource. """
    filter_: str | None = None
    """ Search filter. """
    in_scope: bool | None = None
    """ Whether queries should be restricted to use of indexed data. """
    include_contexts: list[OnYourDataContextProperty] | None = None
    """ The included properties of the output context. If not specified, the default value is `citations` and
    `intent`. """
    max_search_queries: int | None = None
    """ The max number of rewritten queries should be send to search provider for one user message. If not
    specified, the system will decide the number of queries to send. """
    query_type: AzureSearchQueryType | None = None
    """ The type of Azure Search retrieval query that should be executed when using it as an Azure OpenAI chat
    extension. """
    semantic_configuration: str | None = None
    """ The additional semantic configuration for the query. """
    strictness: int | None = None
    """ The configured strictness of the search relevance filtering. The higher of strictness, the higher of the
    precision but lower recall of the answer. """
    top_n_documents: int | None = None
    """ The configured top number of documents to feature for the configured query. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        authentication: dict[str, Any]
        if isinstance(self.authentication, OnYourDataApiKeyAuthenticationOptions):
            authentication = self.authentication.to_dict()
        elif isinstance(self.authentication, OnYourDataSystemAssignedManagedIdentityAuthenticationOptions):
            authentication = self.authentication.to_dict()
        elif isinstance(self.authentication, OnYourDataUserAssignedManagedIdentityAuthenticationOptions):
            authentication = self.authentication.to_dict()
        elif isinstance(self.authentication, OnYourDataAccessTokenAuthenticationOptions):
            authentication = self.authentication.to_dict()
        else:
            authentication = self.authentication.to_dict()

        endpoint = self.endpoint

        index_name = self.index_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authentication": authentication,
                "endpoint": endpoint,
                "index_name": index_name,
            }
        )
        if self.allow_partial_result is not None:
            field_dict["allow_partial_result"] = self.allow_partial_result
        if self.embedding_dependency is not None:
            embedding_dependency: dict[str, Any]
            if isinstance(self.embedding_dependency, OnYourDataEndpointVectorizationSource):
                embedding_dependency = self.embedding_dependency.to_dict()
            elif isinstance(self.embedding_dependency, OnYourDataDeploymentNameVectorizationSource):
                embedding_dependency = self.embedding_dependency.to_dict()
            elif isinstance(self.embedding_dependency, OnYourDataIntegratedVectorizationSource):
                embedding_dependency = self.embedding_dependency.to_dict()
            else:
                embedding_dependency = self.embedding_dependency.to_dict()

            field_dict["embedding_dependency"] = embedding_dependency
        if self.fields_mapping is not None:
            fields_mapping = self.fields_mapping.to_dict()
            field_dict["fields_mapping"] = fields_mapping
        if self.filter_ is not None:
            field_dict["filter"] = self.filter_
        if self.in_scope is not None:
            field_dict["in_scope"] = self.in_scope
        if self.include_contexts is not None:
            include_contexts = []
            for include_contexts_item_data in self.include_contexts:
                include_contexts_item = include_contexts_item_data
                include_contexts.append(include_contexts_item)

            field_dict["include_contexts"] = include_contexts
        if self.max_search_queries is not None:
            field_dict["max_search_queries"] = self.max_search_queries
        if self.query_type is not None:
            query_type = self.query_type
            field_dict["query_type"] = query_type
        if self.semantic_configuration is not None:
            field_dict["semantic_configuration"] = self.semantic_configuration
        if self.strictness is not None:
            field_dict["strictness"] = self.strictness
        if self.top_n_documents is not None:
            field_dict["top_n_documents"] = self.top_n_documents
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
        elif _authentication_data.get("type") == "system_assigned_managed_identity":
            authentication = OnYourDataSystemAssignedManagedIdentityAuthenticationOptions.from_dict(
                _authentication_data
            )
        elif _authentication_data.get("type") == "user_assigned_managed_identity":
            authentication = OnYourDataUserAssignedManagedIdentityAuthenticationOptions.from_dict(_authentication_data)
        elif _authentication_data.get("type") == "access_token":
            authentication = OnYourDataAccessTokenAuthenticationOptions.from_dict(_authentication_data)
        else:
            authentication = UnknownTypeVariant.from_dict(_authentication_data)

        endpoint = d.pop("endpoint")

        index_name = d.pop("index_name")

        _allow_partial_result = d.pop("allow_partial_result", UNSET)
        allow_partial_result: bool | None
        if _allow_partial_result is UNSET:
            allow_partial_result = None
        elif _allow_partial_result is None:
            allow_partial_result = None
            nulls += ("allow_partial_result",)
        else:
            allow_partial_result = _allow_partial_result

        _embedding_dependency = d.pop("embedding_dependency", UNSET)
        embedding_dependency: (
            OnYourDataDeploymentNameVectorizationSource
            | OnYourDataEndpointVectorizationSource
            | OnYourDataIntegratedVectorizationSource
            | UnknownTypeVariant
            | None
        )
        if _embedding_dependency is UNSET:
            embedding_dependency = None
        elif _embedding_dependency is None:
            embedding_dependency = None
            nulls += ("embedding_dependency",)
        else:
            _embedding_dependency_data = _embedding_dependency
            if not isinstance(_embedding_dependency_data, dict):
                raise TypeError(
                    f"embedding_dependency: expected an object, got {type(_embedding_dependency_data).__name__}"
                )
            elif _embedding_dependency_data.get("type") == "endpoint":
                embedding_dependency = OnYourDataEndpointVectorizationSource.from_dict(_embedding_dependency_data)
            elif _embedding_dependency_data.get("type") == "deployment_name":
                embedding_dependency = OnYourDataDeploymentNameVectorizationSource.from_dict(_embedding_dependency_data)
            elif _embedding_dependency_data.get("type") == "integrated":
                embedding_dependency = OnYourDataIntegratedVectorizationSource.from_dict(_embedding_dependency_data)
            else:
                embedding_dependency = UnknownTypeVariant.from_dict(_embedding_dependency_data)

        _fields_mapping = d.pop("fields_mapping", UNSET)
        fields_mapping: AzureSearchIndexFieldMappingOptions | None
        if _fields_mapping is UNSET:
            fields_mapping = None
        elif _fields_mapping is None:
            fields_mapping = None
            nulls += ("fields_mapping",)
        else:
            fields_mapping = AzureSearchIndexFieldMappingOptions.from_dict(_fields_mapping)

        _filter_ = d.pop("filter", UNSET)
        filter_: str | None
        if _filter_ is UNSET:
            filter_ = None
        elif _filter_ is None:
            filter_ = None
            nulls += ("filter",)
        else:
            filter_ = _filter_

        _in_scope = d.pop("in_scope", UNSET)
        in_scope: bool | None
        if _in_scope is UNSET:
            in_scope = None
        elif _in_scope is None:
            in_scope = None
            nulls += ("in_scope",)
        else:
            in_scope = _in_scope

        _include_contexts = d.pop("include_contexts", UNSET)
        include_contexts: list[OnYourDataContextProperty] | None
        if _include_contexts is UNSET:
            include_contexts = None
        elif _include_contexts is None:
            include_contexts = None
            nulls += ("include_contexts",)
        else:
            include_contexts = []
            _include_contexts = _include_contexts
            for include_contexts_item_data in _include_contexts:
                include_contexts_item = OnYourDataContextProperty._value2member_map_.get(
                    _include_contexts_item_value := include_contexts_item_data
                ) or OnYourDataContextProperty(_include_contexts_item_value)

                include_contexts.append(include_contexts_item)

        _max_search_queries = d.pop("max_search_queries", UNSET)
        max_search_queries: int | None
        if _max_search_queries is UNSET:
            max_search_queries = None
        elif _max_search_queries is None:
            max_search_queries = None
            nulls += ("max_search_queries",)
        else:
            max_search_queries = _max_search_queries

        _query_type = d.pop("query_type", UNSET)
        query_type: AzureSearchQueryType | None
        if _query_type is UNSET:
            query_type = None
        elif _query_type is None:
            query_type = None
            nulls += ("query_type",)
        else:
            query_type = AzureSearchQueryType._value2member_map_.get(
                _query_type_value := _query_type
            ) or AzureSearchQueryType(_query_type_value)

        _semantic_configuration = d.pop("semantic_configuration", UNSET)
        semantic_configuration: str | None
        if _semantic_configuration is UNSET:
            semantic_configuration = None
        elif _semantic_configuration is None:
            semantic_configuration = None
            nulls += ("semantic_configuration",)
        else:
            semantic_configuration = _semantic_configuration

        _strictness = d.pop("strictness", UNSET)
        strictness: int | None
        if _strictness is UNSET:
            strictness = None
        elif _strictness is None:
            strictness = None
            nulls += ("strictness",)
        else:
            strictness = _strictness

        _top_n_documents = d.pop("top_n_documents", UNSET)
        top_n_documents: int | None
        if _top_n_documents is UNSET:
            top_n_documents = None
        elif _top_n_documents is None:
            top_n_documents = None
            nulls += ("top_n_documents",)
        else:
            top_n_documents = _top_n_documents

        azure_search_chat_extension_parameters = cls(
            authentication=authentication,
            endpoint=endpoint,
            index_name=index_name,
            allow_partial_result=allow_partial_result,
            embedding_dependency=embedding_dependency,
            fields_mapping=fields_mapping,
            filter_=filter_,
            in_scope=in_scope,
            include_contexts=include_contexts,
            max_search_queries=max_search_queries,
            query_type=query_type,
            semantic_configuration=semantic_configuration,
            strictness=strictness,
            top_n_documents=top_n_documents,
        )
        if nulls:
            azure_search_chat_extension_parameters._nulls = nulls

        azure_search_chat_extension_parameters.additional_properties = d
        return azure_search_chat_extension_parameters

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


from ..models.azure_search_index_field_mapping_options import (
    AzureSearchIndexFieldMappingOptions,  # noqa: E402
)
from ..models.on_your_data_access_token_authentication_options import (
    OnYourDataAccessTokenAuthenticationOptions,  # noqa: E402
)
from ..models.on_your_data_api_key_authentication_options import (
    OnYourDataApiKeyAuthenticationOptions,  # noqa: E402
)
from ..models.on_your_data_deployment_name_vectorization_source import (
    OnYourDataDeploymentNameVectorizationSource,  # noqa: E402
)
from ..models.on_your_data_endpoint_vectorization_source import (
    OnYourDataEndpointVectorizationSource,  # noqa: E402
)
from ..models.on_your_data_integrated_vectorization_source import (
    OnYourDataIntegratedVectorizationSource,  # noqa: E402
)
from ..models.on_your_data_system_assigned_managed_identity_authentication_options import (
    OnYourDataSystemAssignedManagedIdentityAuthenticationOptions,  # noqa: E402
)
from ..models.on_your_data_user_assigned_managed_identity_authentication_options import (
    OnYourDataUserAssignedManagedIdentityAuthenticationOptions,  # noqa: E402
)
from ..models.unknown_type_variant import UnknownTypeVariant  # noqa: E402
