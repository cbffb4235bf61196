from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

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

    all_retrieved_documents: list[RetrievedDocument] | None = None
    """ All the retrieved documents. """
    citations: list[Citation] | None = None
    """ The data source retrieval result, used to generate the assistant message in the response. """
    intent: str | None = None
    """ The detected intent from the chat history, used to pass to the next turn to carry over the context. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.all_retrieved_documents is not None:
            all_retrieved_documents = []
            for all_retrieved_documents_item_data in self.all_retrieved_documents:
                all_retrieved_documents_item = all_retrieved_documents_item_data.to_dict()
                all_retrieved_documents.append(all_retrieved_documents_item)

            field_dict["all_retrieved_documents"] = all_retrieved_documents
        if self.citations is not None:
            citations = []
            for citations_item_data in self.citations:
                citations_item = citations_item_data.to_dict()
                citations.append(citations_item)

            field_dict["citations"] = citations
        if self.intent is not None:
            field_dict["intent"] = self.intent
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
        _all_retrieved_documents = d.pop("all_retrieved_documents", UNSET)
        all_retrieved_documents: list[RetrievedDocument] | None
        if _all_retrieved_documents is UNSET:
            all_retrieved_documents = None
        elif _all_retrieved_documents is None:
            all_retrieved_documents = None
            nulls += ("all_retrieved_documents",)
        else:
            all_retrieved_documents = []
            _all_retrieved_documents = _all_retrieved_documents
            for all_retrieved_documents_item_data in _all_retrieved_documents:
                all_retrieved_documents_item = RetrievedDocument.from_dict(all_retrieved_documents_item_data)

                all_retrieved_documents.append(all_retrieved_documents_item)

        _citations = d.pop("citations", UNSET)
        citations: list[Citation] | None
        if _citations is UNSET:
            citations = None
        elif _citations is None:
            citations = None
            nulls += ("citations",)
        else:
            citations = []
            _citations = _citations
            for citations_item_data in _citations:
                citations_item = Citation.from_dict(citations_item_data)

                citations.append(citations_item)

        _intent = d.pop("intent", UNSET)
        intent: str | None
        if _intent is UNSET:
            intent = None
        elif _intent is None:
            intent = None
            nulls += ("intent",)
        else:
            intent = _intent

        azure_chat_extensions_message_context = cls(
            all_retrieved_documents=all_retrieved_documents,
            citations=citations,
            intent=intent,
        )
        if nulls:
            azure_chat_extensions_message_context._nulls = nulls

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
