from enum import StrEnum
from typing import Any


class MessageDeltaObjectObject(StrEnum):
    """An open enum: a value this client version does not list still parses, as a member of its own."""

    THREAD_MESSAGE_DELTA = "thread.message.delta"

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        return repr(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "MessageDeltaObjectObject | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)
