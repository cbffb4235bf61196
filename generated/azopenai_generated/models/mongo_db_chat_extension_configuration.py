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
    from ..models.mongo_db_chat_extension_parameters import MongoDBChatExtensionParameters


T = TypeVar("T", bound="MongoDBChatExtensionConfiguration")


@_attrs_define
class MongoDBChatExtensionConfiguration:
    """A specific representation of configurable options for Mongo DB when using it as an Azure OpenAI chat
    extension.

    """

    parameters: MongoDBChatExtensionParameters
    """ Parameters to use when configuring Azure OpenAI On Your Data chat extensions when using Mongo DB. """
    type_: Literal["mongo_db"] = "mongo_db"
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
        parameters = MongoDBChatExtensionParameters.from_dict(d.pop("parameters"))

        type_ = cast(Literal["mongo_db"], d.pop("type"))
        if type_ != "mongo_db":
            raise ValueError(f"type must match const 'mongo_db', got '{type_}'")

        mongo_db_chat_extension_configuration = cls(
            parameters=parameters,
            type_=type_,
        )

        mongo_db_chat_extension_configuration.additional_properties = d
        return mongo_db_chat_extension_configuration

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


from ..models.mongo_db_chat_extension_parameters import MongoDBChatExtensionParameters  # noqa: E402
