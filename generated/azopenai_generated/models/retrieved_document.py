from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filter_reason import FilterReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="RetrievedDocument")


@_attrs_define
class RetrievedDocument:
    """The retrieved document."""

    content: str
    """ The content of the citation. """
    data_source_index: int
    """ The index of the data source. """
    original_search_score: float
    """ The original search score of the retrieved document. """
    search_queries: list[str]
    """ The search queries used to retrieve the document. """
    chunk_id: str | Unset = UNSET
    """ The chunk ID of the citation. """
    filepath: str | Unset = UNSET
    """ The file path of the citation. """
    filter_reason: FilterReason | Unset = UNSET
    """ The filtering reason of the retrieved document. """
    rerank_score: float | Unset = UNSET
    """ The rerank score of the retrieved document. """
    title: str | Unset = UNSET
    """ The title of the citation. """
    url: str | Unset = UNSET
    """ The URL of the citation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        data_source_index = self.data_source_index

        original_search_score = self.original_search_score

        search_queries = self.search_queries

        chunk_id = self.chunk_id

        filepath = self.filepath

        filter_reason: str | Unset = UNSET
        if not isinstance(self.filter_reason, Unset):
            filter_reason = self.filter_reason

        rerank_score = self.rerank_score

        title = self.title

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "data_source_index": data_source_index,
                "original_search_score": original_search_score,
                "search_queries": search_queries,
            }
        )
        if chunk_id is not UNSET:
            field_dict["chunk_id"] = chunk_id
        if filepath is not UNSET:
            field_dict["filepath"] = filepath
        if filter_reason is not UNSET:
            field_dict["filter_reason"] = filter_reason
        if rerank_score is not UNSET:
            field_dict["rerank_score"] = rerank_score
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        data_source_index = d.pop("data_source_index")

        original_search_score = d.pop("original_search_score")

        search_queries = cast(list[str], d.pop("search_queries"))

        chunk_id = d.pop("chunk_id", UNSET)

        filepath = d.pop("filepath", UNSET)

        _filter_reason = d.pop("filter_reason", UNSET)
        filter_reason: FilterReason | Unset
        if isinstance(_filter_reason, Unset):
            filter_reason = UNSET
        else:
            filter_reason = FilterReason._value2member_map_.get(_filter_reason_value := _filter_reason) or FilterReason(
                _filter_reason_value
            )

        rerank_score = d.pop("rerank_score", UNSET)

        title = d.pop("title", UNSET)

        url = d.pop("url", UNSET)

        retrieved_document = cls(
            content=content,
            data_source_index=data_source_index,
            original_search_score=original_search_score,
            search_queries=search_queries,
            chunk_id=chunk_id,
            filepath=filepath,
            filter_reason=filter_reason,
            rerank_score=rerank_score,
            title=title,
            url=url,
        )

        retrieved_document.additional_properties = d
        return retrieved_document

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
