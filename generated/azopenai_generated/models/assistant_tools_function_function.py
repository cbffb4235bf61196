from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_json, model_repr

if TYPE_CHECKING:
    from ..models.chat_completion_function_parameters import (
        ChatCompletionFunctionParameters,
    )


T = TypeVar("T", bound="AssistantToolsFunctionFunction")


@_attrs_define
class AssistantToolsFunctionFunction:
    """The function definition."""

    name: str
    """ The name of the function to be called. Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a
    maximum length of 64. """
    parameters: ChatCompletionFunctionParameters
    """ The parameters the functions accepts, described as a JSON Schema object. See the
    [guide/](https://learn.microsoft.com/en-us/azure/ai-services/openai/how-to/function-calling) for examples, and
    the [JSON Schema reference](https://json-schema.org/understanding-json-schema/) for documentation about the
    format. """
    description: None | str = None
    """ A description of what the function does, used by the model to choose when and how to call the function. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nulls: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        name = self.name

        parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "parameters": parameters,
            }
        )
        if self.description is not None:
            description: None | str
            description = self.description
            field_dict["description"] = description
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

        parameters = ChatCompletionFunctionParameters.from_dict(d.pop("parameters"))

        _description = d.pop("description", UNSET)
        description: None | str
        if _description is UNSET:
            description = None
        elif _description is None:
            description = None
            nulls += ("description",)
        else:
            _description_data = _description
            description = _description_data

        assistant_tools_function_function = cls(
            name=name,
            parameters=parameters,
            description=description,
        )
        if nulls:
            assistant_tools_function_function._nulls = nulls

        assistant_tools_function_function.additional_properties = d
        return assistant_tools_function_function

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


from ..models.chat_completion_function_parameters import (
    ChatCompletionFunctionParameters,  # noqa: E402
)
