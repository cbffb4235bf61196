from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.citation import Citation
    from ..models.retrieved_document import RetrievedDocument


T = TypeVar("T", bound="AzureChatExtensionsMessageContext")


@_attrs_define
class AzureChatExtensionsMessageContext:
    """A representation of the additional context information available when Azure OpenAI chat extensions are involved
    in the generation of a corresponding chat completions response. This context information is only populated when
    using an Azure OpenAI request configured to use a matching extension.

    """

    all_retrieved_documents: list[RetrievedDocument] | Unset = UNSET
    """ All the retrieved documents. """
    citations: list[Citation] | Unset = UNSET
    """ The data source retrieval result, used to generate the assistant message in the response. """
    intent: str | Unset = UNSET
    """ The detected intent from the chat history, used to pass to the next turn to carry over the context. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_retrieved_documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.all_retrieved_documents, Unset):
            all_retrieved_documents = []
            for all_retrieved_documents_item_data in self.all_retrieved_documents:
                all_retrieved_documents_item = all_retrieved_documents_item_data.to_dict()
                all_retrieved_documents.append(all_retrieved_documents_item)

        citations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.citations, Unset):
            citations = []
            for citations_item_data in self.citations:
                citations_item = citations_item_data.to_dict()
                citations.append(citations_item)

        intent = self.intent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if all_retrieved_documents is not UNSET:
            field_dict["all_retrieved_documents"] = all_retrieved_documents
        if citations is not UNSET:
            field_dict["citations"] = citations
        if intent is not UNSET:
            field_dict["intent"] = intent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _all_retrieved_documents = d.pop("all_retrieved_documents", UNSET)
        all_retrieved_documents: list[RetrievedDocument] | Unset = UNSET
        if _all_retrieved_documents is not UNSET:
            all_retrieved_documents = []
            for all_retrieved_documents_item_data in _all_retrieved_documents:
                all_retrieved_documents_item = RetrievedDocument.from_dict(all_retrieved_documents_item_data)

                all_retrieved_documents.append(all_retrieved_documents_item)

        _citations = d.pop("citations", UNSET)
        citations: list[Citation] | Unset = UNSET
        if _citations is not UNSET:
            citations = []
            for citations_item_data in _citations:
                citations_item = Citation.from_dict(citations_item_data)

                citations.append(citations_item)

        intent = d.pop("intent", UNSET)

        azure_chat_extensions_message_context = cls(
            all_retrieved_documents=all_retrieved_documents,
            citations=citations,
            intent=intent,
        )

        azure_chat_extensions_message_context.additional_properties = d
        return azure_chat_extensions_message_context

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


from ..models.citation import Citation  # noqa: E402
from ..models.retrieved_document import RetrievedDocument  # noqa: E402
