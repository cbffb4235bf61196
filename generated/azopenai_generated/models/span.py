from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_json, model_repr

if TYPE_CHECKING:
    from ..models.span_polygon_item import SpanPolygonItem


T = TypeVar("T", bound="Span")


@_attrs_define
class Span:
    """A span object that represents a detected object and its bounding box information."""

    length: int
    """ The length of the span in characters, measured in Unicode codepoints. """
    offset: int
    """ The character offset within the text where the span begins. This offset is defined as the position of the
    first character of the span, counting from the start of the text as Unicode codepoints. """
    polygon: list[SpanPolygonItem]
    """ An array of objects representing points in the polygon that encloses the detected object. """
    text: str
    """ The text content of the span that represents the detected object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        length = self.length

        offset = self.offset

        polygon = []
        for polygon_item_data in self.polygon:
            polygon_item = polygon_item_data.to_dict()
            polygon.append(polygon_item)

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "length": length,
                "offset": offset,
                "polygon": polygon,
                "text": text,
            }
        )

        return field_dict

    def to_json(self, *, indent: int | None = None) -> str:
        """`to_dict()` as JSON text."""
        return model_json(self, indent)

    def __repr__(self) -> str:
        return model_repr(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        length = d.pop("length")

        offset = d.pop("offset")

        polygon = []
        _polygon = d.pop("polygon")
        for polygon_item_data in _polygon:
            polygon_item = SpanPolygonItem.from_dict(polygon_item_data)

            polygon.append(polygon_item)

        text = d.pop("text")

        span = cls(
            length=length,
            offset=offset,
            polygon=polygon,
            text=text,
        )

        span.additional_properties = d
        return span

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


from ..models.span_polygon_item import SpanPolygonItem  # noqa: E402
