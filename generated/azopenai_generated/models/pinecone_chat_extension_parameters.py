from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.on_your_data_context_property import OnYourDataContextProperty
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.on_your_data_api_key_authentication_options import (
        OnYourDataApiKeyAuthenticationOptions,
    )
    from ..models.on_your_data_deployment_name_vectorization_source import (
        OnYourDataDeploymentNameVectorizationSource,
    )
    from ..models.pinecone_field_mapping_options import PineconeFieldMappingOptions


T = TypeVar("T", bound="PineconeChatExtensionParameters")


@_attrs_define
class PineconeChatExtensionParameters:
    """Parameters for configuring Azure OpenAI Pinecone chat extensions."""

    authentication: OnYourDataApiKeyAuthenticationOptions
    """ The authentication options for Azure OpenAI On Your Data when using an API key. """
    embedding_dependency: OnYourDataDeploymentNameVectorizationSource
    """ The details of a a vectorization source, used by Azure OpenAI On Your Data when applying vector search, that
    is based
    on an internal embeddings model deployment name in the same Azure OpenAI resource. """
    environment: str
    """ The environment name of Pinecone. """
    fields_mapping: PineconeFieldMappingOptions
    """ Optional settings to control how fields are processed when using a configured Pinecone resource. """
    index_name: str
    """ The name of the Pinecone database index. """
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

        embedding_dependency = self.embedding_dependency.to_dict()

        environment = self.environment

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
                "embedding_dependency": embedding_dependency,
                "environment": environment,
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
        authentication = OnYourDataApiKeyAuthenticationOptions.from_dict(d.pop("authentication"))

        embedding_dependency = OnYourDataDeploymentNameVectorizationSource.from_dict(d.pop("embedding_dependency"))

        environment = d.pop("environment")

        fields_mapping = PineconeFieldMappingOptions.from_dict(d.pop("fields_mapping"))

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

        pinecone_chat_extension_parameters = cls(
            authentication=authentication,
            embedding_dependency=embedding_dependency,
            environment=environment,
            fields_mapping=fields_mapping,
            index_name=index_name,
            allow_partial_result=allow_partial_result,
            in_scope=in_scope,
            include_contexts=include_contexts,
            max_search_queries=max_search_queries,
            strictness=strictness,
            top_n_documents=top_n_documents,
        )

        pinecone_chat_extension_parameters.additional_properties = d
        return pinecone_chat_extension_parameters

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


from ..models.on_your_data_api_key_authentication_options import (
    OnYourDataApiKeyAuthenticationOptions,  # noqa: E402
)
from ..models.on_your_data_deployment_name_vectorization_source import (
    OnYourDataDeploymentNameVectorizationSource,  # noqa: E402
)
from ..models.pinecone_field_mapping_options import PineconeFieldMappingOptions  # noqa: E402
