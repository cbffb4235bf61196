"""Request bodies checked before sending, with errors that say where the problem is.

The generated request model parses the body (``from_dict``); its errors say *what* (``KeyError:
'role'``) but not *where*. On failure, each field, and each item of a list field, is parsed alone to
find the one at fault: ``messages[2]: missing required field 'role'``. A union member whose tag the
spec does not know (``role: "sytem"``) parses as an ``Unknown...Variant`` — right for responses from a
newer service, a mistake in a request: those are reported too. The happy path costs one ``from_dict``
and a walk of the parsed objects.
"""

from __future__ import annotations

from typing import Any

import attrs

_PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)


def parse_request(model: Any, body: dict[str, Any], method: str) -> Any:
    """``model.from_dict(body)``, or ``TypeError``/``ValueError`` naming the keyword, item and field at fault."""
    try:
        parsed = model.from_dict(body)
    except _PARSE_ERRORS as exc:
        raise _located_error(model, body, method, exc) from None
    unknown = sorted(parsed.additional_properties)
    if unknown:
        raise TypeError(f"{method}() got an unexpected keyword argument {unknown[0]!r}")
    for path, value in _unknown_variants(parsed):
        tag, tag_value = next(iter(attrs.asdict(value, recurse=False).items()))
        tag = tag.rstrip("_")
        raise ValueError(f"{method}(): {path}: unknown {tag} {tag_value!r}")
    return parsed


def _required(model: Any) -> set[str]:
    return {field.name for field in attrs.fields(model) if field.default is attrs.NOTHING and field.init}


def _located_error(model: Any, body: dict[str, Any], method: str, exc: Exception) -> Exception:
    missing = {key for key in _required(model) if key not in body}
    if missing:
        return TypeError(f"{method}() missing required keyword argument {sorted(missing)[0]!r}")
    base = {key: body[key] for key in _required(model)}
    for key, value in body.items():
        items = list(enumerate(value)) if isinstance(value, list) else [(None, value)]
        for index, item in items:
            probe = {**base, key: [item] if index is not None else item}
            try:
                model.from_dict(probe)
            except _PARSE_ERRORS as item_exc:
                where = key if index is None else f"{key}[{index}]"
                return ValueError(f"{method}(): {where}: {_describe(item_exc)}")
    return ValueError(f"{method}(): invalid request body: {_describe(exc)}")


def _describe(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"missing required field {exc.args[0]!r}"
    return str(exc) or type(exc).__name__


def _unknown_variants(value: Any, path: str = "") -> Any:
    """(path, object) for every ``Unknown...Variant`` in a parsed request."""
    if type(value) is list:
        for index, item in enumerate(value):
            yield from _unknown_variants(item, f"{path}[{index}]")
        return
    shape = _shape(type(value))
    if shape is None:
        return
    unknown, fields = shape
    if unknown:
        yield path, value
        return
    for name in fields:
        child = getattr(value, name)
        if type(child) is list or _shape(type(child)) is not None:
            yield from _unknown_variants(child, f"{path}.{name.rstrip('_')}".lstrip("."))


_SHAPES: dict[type, tuple[bool, tuple[str, ...]] | None] = {}


def _shape(cls: type) -> tuple[bool, tuple[str, ...]] | None:
    """For a generated model class: whether it is an unknown union member, and its field names;
    ``None`` for anything else. Cached per class."""
    try:
        return _SHAPES[cls]
    except KeyError:
        pass
    shape = None
    if attrs.has(cls):
        unknown = cls.__name__.startswith("Unknown") and cls.__name__.endswith("Variant")
        shape = unknown, tuple(field.name for field in attrs.fields(cls))
    _SHAPES[cls] = shape
    return shape
