from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

T = TypeVar("T", bound="Citation")


@_attrs_define
class Citation:
    """citation information for a chat completions response message."""

    content: str
    """ The content of the citation. """
    chunk_id: str | None = None
    """ The chunk ID of the citation. """
    filepath: str | None = None
    """ The file path of the citation. """
    rerank_score: float | None = None
    """ The rerank score of the retrieved document. """
    title: str | None = None
    """ The title of the citation. """
    url: str | None = None
    """ The URL of the citation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )
        if self.chunk_id is not None:
            field_dict["chunk_id"] = self.chunk_id
        if self.filepath is not None:
            field_dict["filepath"] = self.filepath
        if self.rerank_score is not None:
            field_dict["rerank_score"] = self.rerank_score
        if self.title is not None:
            field_dict["title"] = self.title
        if self.url is not None:
            field_dict["url"] = self.url
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
        content = d.pop("content")

        _chunk_id = d.pop("chunk_id", UNSET)
        chunk_id: str | None
        if _chunk_id is UNSET:
            chunk_id = None
        elif _chunk_id is None:
            chunk_id = None
            nulls += ("chunk_id",)
        else:
            chunk_id = _chunk_id

        _filepath = d.pop("filepath", UNSET)
        filepath: str | None
        if _filepath is UNSET:
            filepath = None
        elif _filepath is None:
            filepath = None
            nulls += ("filepath",)
        else:
            filepath = _filepath

        _rerank_score = d.pop("rerank_score", UNSET)
        rerank_score: float | None
        if _rerank_score is UNSET:
            rerank_score = None
        elif _rerank_score is None:
            rerank_score = None
            nulls += ("rerank_score",)
        else:
            rerank_score = _rerank_score

        _title = d.pop("title", UNSET)
        title: str | None
        if _title is UNSET:
            title = None
        elif _title is None:
            title = None
            nulls += ("title",)
        else:
            title = _title

        _url = d.pop("url", UNSET)
        url: str | None
        if _url is UNSET:
            url = None
        elif _url is None:
            url = None
            nulls += ("url",)
        else:
            url = _url

        citation = cls(
            content=content,
            chunk_id=chunk_id,
            filepath=filepath,
            rerank_score=rerank_score,
            title=title,
            url=url,
        )
        if nulls:
            citation._nulls = nulls

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
