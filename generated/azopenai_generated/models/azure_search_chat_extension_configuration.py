from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_json, model_repr

if TYPE_CHECKING:
    from ..models.azure_search_chat_extension_parameters import (
        AzureSearchChatExtensionParameters,
    )


T = TypeVar("T", bound="AzureSearchChatExtensionConfiguration")


@_attrs_define
class AzureSearchChatExtensionConfiguration:
    """A specific representation of configurable options for Azure Search when using it as an Azure OpenAI chat
    extension.

    """

    parameters: AzureSearchChatExtensionParameters
    """ Parameters for Azure Search when used as an Azure OpenAI chat extension. """
    type_: Literal["azure_search"] = "azure_search"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: fields left `None` are not written, unless they were received as `null`."""
        parameters = self.parameters.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parameters": parameters,
                "type": type_,
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
        parameters = AzureSearchChatExtensionParameters.from_dict(d.pop("parameters"))

        type_ = cast(Literal["azure_search"], d.pop("type"))
        if type_ != "azure_search":
            raise ValueError(f"type must match const 'azure_search', got '{type_}'")

        azure_search_chat_extension_configuration = cls(
            parameters=parameters,
            type_=type_,
        )

        azure_search_chat_extension_configuration.additional_properties = d
        return azure_search_chat_extension_configuration

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


from ..models.azure_search_chat_extension_parameters import (
    AzureSearchChatExtensionParameters,  # noqa: E402
)
