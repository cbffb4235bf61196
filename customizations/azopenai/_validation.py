"""Request bodies checked before sending, with errors that say where the problem is.

The shapes come from the spec (``azopenai_generated.request_shapes``, written by ``make generate``
beside the ``TypedDict``s type checkers read), so run time and type checker agree on field names,
required fields, union tags, scalar types and enum values:

- an unknown keyword or a missing required one: ``TypeError`` naming it, as Python would;
- a value of the wrong type: ``TypeError`` with where and what (``max_tokens: expected int, got str``;
  ``True`` is not an int, an int is a number);
- a missing field, an unknown union tag (``messages[0]: unknown role 'sytem'``) or a value outside a
  closed enum: ``ValueError``. Extensible enums (``x-ms-enum.modelAsString``) take any string, so a
  value newer than this client is still sent.

Unknown keys *inside* nested objects are sent as given (the type checker flags them; the service may
know them). The body is walked once, with no copy; the path is built only on failure.
"""

from __future__ import annotations

from typing import Any

_objects: dict[str, Any] = {}


def _shapes() -> dict[str, Any]:
    if not _objects:  # on first use: importing the client stays cheap
        from azopenai_generated.request_shapes import OBJECTS

        _objects.update(OBJECTS)
    return _objects


class _Invalid(Exception):
    """A mistake found at ``path`` (segments innermost first) below the keyword being checked."""

    def __init__(self, error: type[Exception], message: str) -> None:
        self.error = error
        self.message = message
        self.path: list[str] = []


def check_request(model: str, body: dict[str, Any], method: str) -> None:
    """Check ``body`` (plain JSON data) against the request model ``model`` (a generated class name);
    raise ``TypeError``/``ValueError`` naming ``method``, the keyword and the place in it."""
    _, fields, required = _shapes()[model]
    for key in required:
        if key not in body:
            raise TypeError(f"{method}() missing required keyword argument {key!r}")
    check_fields(model, body, method)


def check_fields(model: str, values: dict[str, Any], method: str) -> None:
    """Check the given fields of ``model`` (required ones may be absent)."""
    fields = _shapes()[model][1]
    for key, value in values.items():
        shape = fields.get(key)
        if shape is None:
            raise TypeError(f"{method}() got an unexpected keyword argument {key!r}")
        try:
            _check(value, shape)
        except _Invalid as exc:
            raise exc.error(f"{method}(): {key}{''.join(reversed(exc.path))}: {exc.message}") from None


def _kind(value: object) -> str:
    return "None" if value is None else type(value).__name__


def _check(value: Any, shape: tuple[Any, ...]) -> None:
    kind = shape[0]
    if kind == "str":
        if not isinstance(value, str):
            raise _Invalid(TypeError, f"expected str, got {_kind(value)}")
    elif kind == "nullable":
        if value is not None:
            _check(value, shape[1])
    elif kind == "array":
        if type(value) is not list:
            raise _Invalid(TypeError, f"expected a list, got {_kind(value)}")
        item = shape[1]
        for index, element in enumerate(value):
            try:
                _check(element, item)
            except _Invalid as exc:
                exc.path.append(f"[{index}]")
                raise
    elif kind == "tagged":
        if type(value) is not dict:
            raise _Invalid(TypeError, f"expected a dict or a model object, got {_kind(value)}")
        tag = shape[1]
        if tag not in value:
            raise _Invalid(ValueError, f"missing required field {tag!r}")
        member = shape[2].get(value[tag])
        if member is None:
            raise _Invalid(ValueError, f"unknown {tag} {value[tag]!r}")
        _check_object(value, member)
    elif kind == "object":
        if type(value) is not dict:
            raise _Invalid(TypeError, f"expected a dict or a model object, got {_kind(value)}")
        _check_object(value, shape[1])
    elif kind == "number":
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise _Invalid(TypeError, f"expected a number, got {_kind(value)}")
    elif kind == "int":
        if not isinstance(value, int) or isinstance(value, bool):
            raise _Invalid(TypeError, f"expected int, got {_kind(value)}")
    elif kind == "bool":
        if not isinstance(value, bool):
            raise _Invalid(TypeError, f"expected bool, got {_kind(value)}")
    elif kind == "enum":
        if not isinstance(value, str) or value not in shape[1]:
            allowed = ", ".join(repr(item) for item in shape[1])
            error = ValueError if isinstance(value, str) else TypeError
            raise _Invalid(error, f"expected one of {allowed}, got {value!r}")
    elif kind == "oneof":
        _check_oneof(value, shape[1])
    elif kind == "map":
        if type(value) is not dict:
            raise _Invalid(TypeError, f"expected a dict, got {_kind(value)}")
        if shape[1][0] != "any":
            for key, item in value.items():
                try:
                    _check(item, shape[1])
                except _Invalid as exc:
                    exc.path.append(f"[{key!r}]")
                    raise


def _check_object(value: dict[str, Any], name: str) -> None:
    _, fields, required = _shapes()[name]
    for key in required:
        if key not in value:
            raise _Invalid(ValueError, f"missing required field {key!r}")
    for key, item in value.items():
        shape = fields.get(key)
        if shape is not None:
            try:
                _check(item, shape)
            except _Invalid as exc:
                exc.path.append(f".{key}")
                raise


def _check_oneof(value: Any, alternatives: tuple[tuple[Any, ...], ...]) -> None:
    """One alternative must take ``value``; when none does, the error of the one that got furthest
    (a list of content parts with a bad part says which part), else a summary of what was expected."""
    errors = []
    for alternative in alternatives:
        try:
            _check(value, alternative)
            return
        except _Invalid as exc:
            errors.append(exc)
    deepest = max(errors, key=lambda exc: len(exc.path))
    if deepest.path or deepest.error is ValueError:
        raise deepest
    expected = " or ".join(exc.message.split(", got ")[0].removeprefix("expected ") for exc in errors)
    raise _Invalid(TypeError, f"expected {expected}, got {_kind(value)}")
