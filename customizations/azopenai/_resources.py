"""Requests and results of the assistants family, read from the operation table (sync and async alike).

A method of ``azopenai_generated.methods`` hands its keywords here (its ``locals()``): path parameters
fill the table's path (percent-encoded; an empty id, ``.``/``..`` or one with ``/`` raises ``ValueError``
naming it), query parameters go to the query (``None``: left out), the ``**body`` keywords are the
request body, checked against the operation's request shape like the inference methods' bodies
(``_base.request_body``: a keyword given is sent, ``None`` as JSON ``null`` where the spec allows it),
then ``extra_body`` / ``extra_query`` merged in unchecked, all before anything is sent.
Every assistants request carries ``OpenAI-Beta: assistants=v2`` (required by the public OpenAI
endpoint; Azure accepts it). Results parse into the operation's result model; a non-2xx answer raises
the azure-core error, a body that does not parse raises ``DecodeError``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

import httpx2
from azopenai_generated.operations import Operation

from ._base import (
    ClientBase,
    check_timeout,
    json_body,
    merge_extra_body,
    merge_extra_query,
    model,
    operation,
    path_segment,
    request_body,
)
from ._exceptions import decoding

BETA_HEADER: Final = {"OpenAI-Beta": "assistants=v2"}


@dataclass(frozen=True, slots=True)
class Call:
    """One prepared assistants call: the operation, its URL path, query and ``extra_query``, encoded JSON
    body, headers and timeout."""

    op: Operation
    path: str
    query: dict[str, str]
    extra_query: dict[str, str]
    content: bytes | None
    headers: dict[str, str]
    timeout: Any

    def request(self, client: ClientBase, http: httpx2.Client | httpx2.AsyncClient, **query: str) -> httpx2.Request:
        """The ``httpx2.Request`` (``query`` overrides, e.g. the next page's ``after``)."""
        params = {**self.query, **query}
        if client.api_version is not None:
            params["api-version"] = client.api_version
        params.update(self.extra_query)
        return http.build_request(
            self.op.method,
            self.path,
            params=params,
            content=self.content,
            headers=self.headers,
            timeout=self.timeout if self.timeout is not None else httpx2.USE_CLIENT_DEFAULT,
        )


def prepare(method: str, name: str, arguments: dict[str, Any], *, stream: bool = False) -> Call:
    """The call of operation ``name`` by the client's ``method`` (named in errors) with its
    ``arguments`` (the method's ``locals()``: ids, query parameters, ``body`` and the options)."""
    op = operation(name)
    path = op.path
    for _, python in op.path_params:
        path = path.replace("{" + python + "}", path_segment(arguments[python], f"{method}(): {python}"))
    query: dict[str, str] = {}
    for wire, _, _ in op.query_params:
        value = arguments.get(wire)
        if value is not None:
            if isinstance(value, bool) or not isinstance(value, str | int):
                raise TypeError(f"{method}(): {wire} must be a string or an integer, got {type(value).__name__}")
            query[wire] = str(value)
    extra_query = merge_extra_query({}, arguments.get("extra_query"), method)
    interval = arguments.get("polling_interval", 0.0)
    if isinstance(interval, bool) or not isinstance(interval, int | float) or not interval >= 0:
        raise ValueError(f"{method}(): polling_interval must be a number of seconds >= 0, got {interval!r}")
    timeout = arguments.get("timeout")
    check_timeout(timeout)
    headers = {**BETA_HEADER, **(arguments.get("headers") or {})}
    content = None
    if op.request_model is not None:
        body = request_body(op, arguments.get("body") or {}, method, stream=stream)
        content = json_body(merge_extra_body(body, arguments.get("extra_body"), method), method)
        headers["content-type"] = "application/json"
    if stream:
        headers["accept"] = "text/event-stream"
    return Call(op, path, query, extra_query, content, headers, timeout)


def result(op: Operation, response: httpx2.Response) -> Any:
    """``response`` (read) parsed into the operation's result model."""
    ClientBase._raise_for_status(response)
    result_model = model(op.result_models[0])
    with decoding(response, f"{op.name} expected a {result_model.__name__} JSON object"):
        return result_model.from_dict(response.json())


def page(op: Operation, response: httpx2.Response) -> tuple[str | None, list[Any]]:
    """A list page's items and the cursor of the next page: ``None`` on the last one, and when the
    page would lead back to itself (``has_more`` with its own ``after`` as ``last_id``)."""
    parsed = result(op, response)
    cursor = parsed.last_id if parsed.has_more and parsed.data else None
    if cursor is not None and cursor == response.request.url.params.get("after"):
        cursor = None
    return cursor, list(parsed.data)
