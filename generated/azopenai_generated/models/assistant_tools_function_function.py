from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
    description: None | str | Unset = UNSET
    """ A description of what the function does, used by the model to choose when and how to call the function. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        parameters = self.parameters.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "parameters": parameters,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        parameters = ChatCompletionFunctionParameters.from_dict(d.pop("parameters"))

        _description_data = d.pop("description", UNSET)
        description: None | str | Unset
        if _description_data is None or isinstance(_description_data, Unset):
            description = _description_data
        else:
            description = _description_data

        assistant_tools_function_function = cls(
            name=name,
            parameters=parameters,
            description=description,
        )

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
