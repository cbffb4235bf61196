from enum import StrEnum
from typing import Any


class OnYourDataAuthenticationType(StrEnum):
    """An open enum: a value this client version does not list still parses, as a member of its own."""

    ACCESS_TOKEN = "access_token"
    API_KEY = "api_key"
    CONNECTION_STRING = "connection_string"
    ENCODED_API_KEY = "encoded_api_key"
    KEY_AND_KEY_ID = "key_and_key_id"
    SYSTEM_ASSIGNED_MANAGED_IDENTITY = "system_assigned_managed_identity"
    USERNAME_AND_PASSWORD = "username_and_password"
    USER_ASSIGNED_MANAGED_IDENTITY = "user_assigned_managed_identity"

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return repr(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "OnYourDataAuthenticationType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)
