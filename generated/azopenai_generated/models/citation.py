from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Citation")


@_attrs_define
class Citation:
    """citation information for a chat completions response message."""

    content: str
    """ The content of the citation. """
    chunk_id: str | Unset = UNSET
    """ The chunk ID of the citation. """
    filepath: str | Unset = UNSET
    """ The file path of the citation. """
    rerank_score: float | Unset = UNSET
    """ The rerank score of the retrieved document. """
    title: str | Unset = UNSET
    """ The title of the citation. """
    url: str | Unset = UNSET
    """ The URL of the citation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        chunk_id = self.chunk_id

        filepath = self.filepath

        rerank_score = self.rerank_score

        title = self.title

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )
        if chunk_id is not UNSET:
            field_dict["chunk_id"] = chunk_id
        if filepath is not UNSET:
            field_dict["filepath"] = filepath
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

        chunk_id = d.pop("chunk_id", UNSET)

        filepath = d.pop("filepath", UNSET)

        rerank_score = d.pop("rerank_score", UNSET)

        title = d.pop("title", UNSET)

        url = d.pop("url", UNSET)

        citation = cls(
            content=content,
            chunk_id=chunk_id,
            filepath=filepath,
            rerank_score=rerank_score,
            title=title,
            url=url,
        )

        citation.additional_properties = d
        return citation

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
