from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_runs_order import ListRunsOrder
from ...models.list_runs_response import ListRunsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    thread_id: str,
    *,
    limit: int | Unset = 20,
    order: ListRunsOrder | Unset = ListRunsOrder.DESC,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    api_version: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params["after"] = after

    params["before"] = before

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/threads/{thread_id}/runs".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> ListRunsResponse | None:
    if response.status_code == 200:
        response_200 = ListRunsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[ListRunsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    order: ListRunsOrder | Unset = ListRunsOrder.DESC,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    api_version: str,
) -> Response[ListRunsResponse]:
    """Returns a list of runs belonging to a thread.

    Args:
        thread_id (str):
        limit (int | Unset):  Default: 20.
        order (ListRunsOrder | Unset):  Default: ListRunsOrder.DESC.
        after (str | Unset):
        before (str | Unset):
        api_version (str): api version Example: 2024-10-01-preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListRunsResponse]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        limit=limit,
        order=order,
        after=after,
        before=before,
        api_version=api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    order: ListRunsOrder | Unset = ListRunsOrder.DESC,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    api_version: str,
) -> ListRunsResponse | None:
    """Returns a list of runs belonging to a thread.

    Args:
        thread_id (str):
        limit (int | Unset):  Default: 20.
        order (ListRunsOrder | Unset):  Default: ListRunsOrder.DESC.
        after (str | Unset):
        before (str | Unset):
        api_version (str): api version Example: 2024-10-01-preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListRunsResponse
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
        limit=limit,
        order=order,
        after=after,
        before=before,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    order: ListRunsOrder | Unset = ListRunsOrder.DESC,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    api_version: str,
) -> Response[ListRunsResponse]:
    """Returns a list of runs belonging to a thread.

    Args:
        thread_id (str):
        limit (int | Unset):  Default: 20.
        order (ListRunsOrder | Unset):  Default: ListRunsOrder.DESC.
        after (str | Unset):
        before (str | Unset):
        api_version (str): api version Example: 2024-10-01-preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListRunsResponse]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        limit=limit,
        order=order,
        after=after,
        before=before,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    order: ListRunsOrder | Unset = ListRunsOrder.DESC,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    api_version: str,
) -> ListRunsResponse | None:
    """Returns a list of runs belonging to a thread.

    Args:
        thread_id (str):
        limit (int | Unset):  Default: 20.
        order (ListRunsOrder | Unset):  Default: ListRunsOrder.DESC.
        after (str | Unset):
        before (str | Unset):
        api_version (str): api version Example: 2024-10-01-preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListRunsResponse
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            limit=limit,
            order=order,
            after=after,
            before=before,
            api_version=api_version,
        )
    ).parsed
