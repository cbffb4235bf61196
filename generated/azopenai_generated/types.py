"""Shared types of the models and API functions."""

import json
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    """An optional query parameter the caller did not pass; models use it only while parsing (an absent
    field reads `None`)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# Wire names of credentials (On Your Data authentication options): a repr shows them as "***".
SECRET_FIELDS = frozenset({"key", "access_token", "connection_string", "encoded_api_key", "password"})


def model_repr(model: Any) -> str:
    """`Class(field=value, ...)` with the fields that hold a value (not `None`), extra fields the
    service sent (`additional_properties`) when there are any, and credentials masked."""
    shown = []
    for field in model.__attrs_attrs__:
        value = getattr(model, field.name)
        if value is None or not field.repr or (field.name == "additional_properties" and not value):
            continue
        shown.append(f"{field.name}={'***' if field.name in SECRET_FIELDS else repr(value)}")
    return f"{type(model).__name__}({', '.join(shown)})"


def model_json(model: Any, indent: int | None) -> str:
    """`model.to_dict()` as JSON text."""
    return json.dumps(model.to_dict(), indent=indent, ensure_ascii=False)


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "model_json", "model_repr"]
