"""The typed request and result classes, under names that say what they are.

Every class is the generated model of the spec (``azopenai_generated.models``), so its attributes
are the wire names and ``to_dict()`` / ``from_dict()`` / ``to_json()`` give the exact JSON; plain dicts
are accepted wherever these are. A union member's class fills in its own tag (``UserMessage(content="Hi")``
serializes with ``"role": "user"``), and a parsed member says which it is by its class and its tag
attribute (``.role`` / ``.type_``). A tag this version does not know parses as ``UnknownRoleVariant`` /
``UnknownTypeVariant`` in results; in requests it is an error naming the field.

Reading a result: a field the service left out (or sent as ``null``) is ``None``; ``to_dict()`` still
writes back exactly what was received. Building a request: a field left ``None`` is not sent (to send an
explicit ``null``, pass a dict). ``repr()`` shows the fields that hold a value.

The short names (``UserMessage``, ``FunctionTool``, ``AzureSearchDataSource``, ...) are generated from the
spec by the rules of ``generator/names.py`` (``azopenai_generated.friendly``). Every other generated
model is importable from here too, under its spec name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import azopenai_generated.friendly
from azopenai_generated.friendly import *  # noqa: F403

if TYPE_CHECKING:  # the spec names, as __getattr__ gives them at run time, typed for the checkers
    from azopenai_generated.models import *  # noqa: F403

__all__: list[str] = []
__all__ += azopenai_generated.friendly.__all__


def __getattr__(name: str) -> Any:
    """Any other generated model, under its spec name (``from azopenai.models import MessageContentTextObject``)."""
    from azopenai_generated import models

    try:
        return getattr(models, name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
