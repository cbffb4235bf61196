from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_messages_order import ListMessagesOrder
from ...models.list_messages_response import ListMessagesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    thread_id: str,
    *,
    limit: int | Unset = 20,
    order: ListMessagesOrder | Unset = ListMessagesOrder.DESC,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
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

    params["run_id"] = run_id

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/threads/{thread_id}/messages".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> ListMessagesResponse | None:
    if response.status_code == 200:
        response_200 = ListMessagesResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ListMessagesResponse]:
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
    order: ListMessagesOrder | Unset = ListMessagesOrder.DESC,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
    api_version: str,
) -> Response[ListMessagesResponse]:
    """Returns a list of messages for a given thread.

    Args:
        thread_id (str):
        limit (int | Unset):  Default: 20.
        order (ListMessagesOrder | Unset):  Default: ListMessagesOrder.DESC.
        after (str | Unset):
        before (str | Unset):
        run_id (str | Unset):
        api_version (str): api version Example: 2024-10-01-preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListMessagesResponse]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        limit=limit,
        order=order,
        after=after,
        before=before,
        run_id=run_id,
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
    order: ListMessagesOrder | Unset = ListMessagesOrder.DESC,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
    api_version: str,
) -> ListMessagesResponse | None:
    """Returns a list of messages for a given thread.

    Args:
        thread_id (str):
        limit (int | Unset):  Default: 20.
        order (ListMessagesOrder | Unset):  Default: ListMessagesOrder.DESC.
        after (str | Unset):
        before (str | Unset):
        run_id (str | Unset):
        api_version (str): api version Example: 2024-10-01-preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListMessagesResponse
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
        limit=limit,
        order=order,
        after=after,
        before=before,
        run_id=run_id,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    order: ListMessagesOrder | Unset = ListMessagesOrder.DESC,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
    api_version: str,
) -> Response[ListMessagesResponse]:
    """Returns a list of messages for a given thread.

    Args:
        thread_id (str):
        limit (int | Unset):  Default: 20.
        order (ListMessagesOrder | Unset):  Default: ListMessagesOrder.DESC.
        after (str | Unset):
        before (str | Unset):
        run_id (str | Unset):
        api_version (str): api version Example: 2024-10-01-preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListMessagesResponse]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        limit=limit,
        order=order,
        after=after,
        before=before,
        run_id=run_id,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    order: ListMessagesOrder | Unset = ListMessagesOrder.DESC,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    run_id: str | Unset = UNSET,
    api_version: str,
) -> ListMessagesResponse | None:
    """Returns a list of messages for a given thread.

    Args:
        thread_id (str):
        limit (int | Unset):  Default: 20.
        order (ListMessagesOrder | Unset):  Default: ListMessagesOrder.DESC.
        after (str | Unset):
        before (str | Unset):
        run_id (str | Unset):
        api_version (str): api version Example: 2024-10-01-preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListMessagesResponse
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            limit=limit,
            order=order,
            after=after,
            before=before,
            run_id=run_id,
            api_version=api_version,
        )
    ).parsed
