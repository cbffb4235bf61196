from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.on_your_data_context_property import OnYourDataContextProperty
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.azure_cosmos_db_field_mapping_options import (
        AzureCosmosDBFieldMappingOptions,
    )
    from ..models.on_your_data_connection_string_authentication_options import (
        OnYourDataConnectionStringAuthenticationOptions,
    )
    from ..models.on_your_data_deployment_name_vectorization_source import (
        OnYourDataDeploymentNameVectorizationSource,
    )
    from ..models.on_your_data_endpoint_vectorization_source import (
        OnYourDataEndpointVectorizationSource,
    )
    from ..models.unknown_type_variant import UnknownTypeVariant


T = TypeVar("T", bound="AzureCosmosDBChatExtensionParameters")


@_attrs_define
class AzureCosmosDBChatExtensionParameters:
    """Parameters to use when configuring Azure OpenAI On Your Data chat extensions when using Azure Cosmos DB for
    MongoDB vCore.

    """

    authentication: OnYourDataConnectionStringAuthenticationOptions
    """ The authentication options for Azure OpenAI On Your Data when using a connection string. """
    container_name: str
    """ The name of the Azure Cosmos DB resource container. """
    database_name: str
    """ The MongoDB vCore database name to use with Azure Cosmos DB. """
    embedding_dependency: (
        OnYourDataDeploymentNameVectorizationSource | OnYourDataEndpointVectorizationSource | UnknownTypeVariant
    )
    fields_mapping: AzureCosmosDBFieldMappingOptions
    """ Optional settings to control how fields are processed when using a configured Azure Cosmos DB resource. """
    index_name: str
    """ The MongoDB vCore index name to use with Azure Cosmos DB. """
    allow_partial_result: bool | Unset = UNSET
    """ If specified as true, the system will allow partial search results to be used and the request fails if all
    the queries fail. If not specified, or specified as false, the request will fail if any search query fails. """
    in_scope: bool | Unset = UNSET
    """ Whether queries should be restricted to use of indexed data. """
    include_contexts: list[OnYourDataContextProperty] | Unset = UNSET
    """ The included properties of the output context. If not specified, the default value is `citations` and
    `intent`. """
    max_search_queries: int | Unset = UNSET
    """ The max number of rewritten queries should be send to search provider for one user message. If not
    specified, the system will decide the number of queries to send. """
    strictness: int | Unset = UNSET
    """ The configured strictness of the search relevance filtering. The higher of strictness, the higher of the
    precision but lower recall of the answer. """
    top_n_documents: int | Unset = UNSET
    """ The configured top number of documents to feature for the configured query. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authentication = self.authentication.to_dict()

        container_name = self.container_name

        database_name = self.database_name

        embedding_dependency: dict[str, Any]
        if isinstance(self.embedding_dependency, OnYourDataEndpointVectorizationSource):
            embedding_dependency = self.embedding_dependency.to_dict()
        elif isinstance(self.embedding_dependency, OnYourDataDeploymentNameVectorizationSource):
            embedding_dependency = self.embedding_dependency.to_dict()
        else:
            embedding_dependency = self.embedding_dependency.to_dict()

        fields_mapping = self.fields_mapping.to_dict()

        index_name = self.index_name

        allow_partial_result = self.allow_partial_result

        in_scope = self.in_scope

        include_contexts: list[str] | Unset = UNSET
        if not isinstance(self.include_contexts, Unset):
            include_contexts = []
            for include_contexts_item_data in self.include_contexts:
                include_contexts_item = include_contexts_item_data
                include_contexts.append(include_contexts_item)

        max_search_queries = self.max_search_queries

        strictness = self.strictness

        top_n_documents = self.top_n_documents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authentication": authentication,
                "container_name": container_name,
                "database_name": database_name,
                "embedding_dependency": embedding_dependency,
                "fields_mapping": fields_mapping,
                "index_name": index_name,
            }
        )
        if allow_partial_result is not UNSET:
            field_dict["allow_partial_result"] = allow_partial_result
        if in_scope is not UNSET:
            field_dict["in_scope"] = in_scope
        if include_contexts is not UNSET:
            field_dict["include_contexts"] = include_contexts
        if max_search_queries is not UNSET:
            field_dict["max_search_queries"] = max_search_queries
        if strictness is not UNSET:
            field_dict["strictness"] = strictness
        if top_n_documents is not UNSET:
            field_dict["top_n_documents"] = top_n_documents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authentication = OnYourDataConnectionStringAuthenticationOptions.from_dict(d.pop("authentication"))

        container_name = d.pop("container_name")

        database_name = d.pop("database_name")

        _embedding_dependency_data = d.pop("embedding_dependency")
        embedding_dependency: (
            OnYourDataDeploymentNameVectorizationSource | OnYourDataEndpointVectorizationSource | UnknownTypeVariant
        )
        if not isinstance(_embedding_dependency_data, dict):
            raise TypeError(
                f"embedding_dependency: expected an object, got {type(_embedding_dependency_data).__name__}"
            )
        elif _embedding_dependency_data.get("type") == "endpoint":
            embedding_dependency = OnYourDataEndpointVectorizationSource.from_dict(_embedding_dependency_data)
        elif _embedding_dependency_data.get("type") == "deployment_name":
            embedding_dependency = OnYourDataDeploymentNameVectorizationSource.from_dict(_embedding_dependency_data)
        else:
            embedding_dependency = UnknownTypeVariant.from_dict(_embedding_dependency_data)

        fields_mapping = AzureCosmosDBFieldMappingOptions.from_dict(d.pop("fields_mapping"))

        index_name = d.pop("index_name")

        allow_partial_result = d.pop("allow_partial_result", UNSET)

        in_scope = d.pop("in_scope", UNSET)

        _include_contexts = d.pop("include_contexts", UNSET)
        include_contexts: list[OnYourDataContextProperty] | Unset = UNSET
        if _include_contexts is not UNSET:
            include_contexts = []
            for include_contexts_item_data in _include_contexts:
                include_contexts_item = OnYourDataContextProperty._value2member_map_.get(
                    _include_contexts_item_value := include_contexts_item_data
                ) or OnYourDataContextProperty(_include_contexts_item_value)

                include_contexts.append(include_contexts_item)

        max_search_queries = d.pop("max_search_queries", UNSET)

        strictness = d.pop("strictness", UNSET)

        top_n_documents = d.pop("top_n_documents", UNSET)

        azure_cosmos_db_chat_extension_parameters = cls(
            authentication=authentication,
            container_name=container_name,
            database_name=database_name,
            embedding_dependency=embedding_dependency,
            fields_mapping=fields_mapping,
            index_name=index_name,
            allow_partial_result=allow_partial_result,
            in_scope=in_scope,
            include_contexts=include_contexts,
            max_search_queries=max_search_queries,
            strictness=strictness,
            top_n_documents=top_n_documents,
        )

        azure_cosmos_db_chat_extension_parameters.additional_properties = d
        return azure_cosmos_db_chat_extension_parameters

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


from ..models.azure_cosmos_db_field_mapping_options import (
    AzureCosmosDBFieldMappingOptions,  # noqa: E402
)
from ..models.on_your_data_connection_string_authentication_options import (
    OnYourDataConnectionStringAuthenticationOptions,  # noqa: E402
)
from ..models.on_your_data_deployment_name_vectorization_source import (
    OnYourDataDeploymentNameVectorizationSource,  # noqa: E402
)
from ..models.on_your_data_endpoint_vectorization_source import (
    OnYourDataEndpointVectorizationSource,  # noqa: E402
)
from ..models.unknown_type_variant import UnknownTypeVariant  # noqa: E402
