from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.on_your_data_context_property import OnYourDataContextProperty
from ..types import UNSET, model_json, model_repr

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
    allow_partial_result: bool | None = None
    """ If specified as true, the system will allow partial search results to be used and the request fails if all
    the queries fail. If not specified, or specified as false, the request will fail if any search query fails. """
    in_scope: bool | None = None
    """ Whether queries should be restricted to use of indexed data. """
    include_contexts: list[OnYourDataContextProperty] | None = None
    """ The included properties of the output context. If not specified, the default value is `citations` and
    `intent`. """
    max_search_queries: int | None = None
    """ The max number of rewritten queries should be send to search provider for one user message. If not
    specified, the system will decide the number of queries to send. """
    strictness: int | None = None
    """ The configured strictness of the search relevance filtering. The higher of strictness, the higher of the
    precision but lower recall of the answer. """
    top_n_documents: int | None = None
    """ The configured top number of documents to feature for the configured query. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        authentication = self.authentication.to_dict()

        embedding_dependency = self.embedding_dependency.to_dict()

        environment = self.environment

        fields_mapping = self.fields_mapping.to_dict()

        index_name = self.index_name

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
        if self.allow_partial_result is not None:
            field_dict["allow_partial_result"] = self.allow_partial_result
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
        authentication = OnYourDataApiKeyAuthenticationOptions.from_dict(d.pop("authentication"))

        embedding_dependency = OnYourDataDeploymentNameVectorizationSource.from_dict(d.pop("embedding_dependency"))

        environment = d.pop("environment")

        fields_mapping = PineconeFieldMappingOptions.from_dict(d.pop("fields_mapping"))

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
        if nulls:
            pinecone_chat_extension_parameters._nulls = nulls

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
