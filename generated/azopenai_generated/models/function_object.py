from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.function_parameters import FunctionParameters


T = TypeVar("T", bound="FunctionObject")


@_attrs_define
class FunctionObject:
    name: str
    """ The name of the function to be called. Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a
    maximum length of 64. """
    description: str | None = None
    """ A description of what the function does, used by the model to choose when and how to call the function. """
    parameters: FunctionParameters | None = None
    """ The parameters the functions accepts, described as a JSON Schema object. See the
    guide](https://learn.microsoft.com/en-us/azure/ai-services/openai/how-to/function-calling) for examples, and the
    [JSON Schema reference](https://json-schema.org/understanding-json-schema/) for documentation about the format.

    Omitting `parameters` defines a function with an empty parameter list. """
    strict: bool | None = None
    """ Whether to enable strict schema adherence when generating the function call. If set to true, the model will
    follow the exact schema defined in the `parameters` field. Only a subset of JSON Schema is supported when
    `strict` is `true`. Learn more about Structured Outputs in the [function calling guide](docs/guides/function-
    calling). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if self.description is not None:
            field_dict["description"] = self.description
        if self.parameters is not None:
            parameters = self.parameters.to_dict()
            field_dict["parameters"] = parameters
        if self.strict is not None:
            strict: bool | None
            strict = self.strict
            field_dict["strict"] = strict
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
        name = d.pop("name")

        _description = d.pop("description", UNSET)
        description: str | None
        if _description is UNSET:
            description = None
        elif _description is None:
            description = None
            nulls += ("description",)
        else:
            description = _description

        _parameters = d.pop("parameters", UNSET)
        parameters: FunctionParameters | None
        if _parameters is UNSET:
            parameters = None
        elif _parameters is None:
            parameters = None
            nulls += ("parameters",)
        else:
            parameters = FunctionParameters.from_dict(_parameters)

        _strict = d.pop("strict", UNSET)
        strict: bool | None
        if _strict is UNSET:
            strict = None
        elif _strict is None:
            strict = None
            nulls += ("strict",)
        else:
            _strict_data = _strict
            strict = _strict_data

        function_object = cls(
            name=name,
            description=description,
            parameters=parameters,
            strict=strict,
        )
        if nulls:
            function_object._nulls = nulls

        function_object.additional_properties = d
        return function_object

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


from ..models.function_parameters import FunctionParameters  # noqa: E402
