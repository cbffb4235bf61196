from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_run_steps_order import ListRunStepsOrder
from ...models.list_run_steps_response import ListRunStepsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    thread_id: str,
    run_id: str,
    *,
    limit: int | Unset = 20,
    order: ListRunStepsOrder | Unset = ListRunStepsOrder.DESC,
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
        "url": "/threads/{thread_id}/runs/{run_id}/steps".format(
            thread_id=quote(str(thread_id), safe=""),
            run_id=quote(str(run_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> ListRunStepsResponse | None:
    if response.status_code == 200:
        response_200 = ListRunStepsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ListRunStepsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    order: ListRunStepsOrder | Unset = ListRunStepsOrder.DESC,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    api_version: str,
) -> Response[ListRunStepsResponse]:
    """Returns a list of run steps belonging to a run.

    Args:
        thread_id (str):
        run_id (str):
        limit (int | Unset):  Default: 20.
        order (ListRunStepsOrder | Unset):  Default: ListRunStepsOrder.DESC.
        after (str | Unset):
        before (str | Unset):
        api_version (str): api version Example: 2024-10-01-preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListRunStepsResponse]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
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
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    order: ListRunStepsOrder | Unset = ListRunStepsOrder.DESC,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    api_version: str,
) -> ListRunStepsResponse | None:
    """Returns a list of run steps belonging to a run.

    Args:
        thread_id (str):
        run_id (str):
        limit (int | Unset):  Default: 20.
        order (ListRunStepsOrder | Unset):  Default: ListRunStepsOrder.DESC.
        after (str | Unset):
        before (str | Unset):
        api_version (str): api version Example: 2024-10-01-preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListRunStepsResponse
    """

    return sync_detailed(
        thread_id=thread_id,
        run_id=run_id,
        client=client,
        limit=limit,
        order=order,
        after=after,
        before=before,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    order: ListRunStepsOrder | Unset = ListRunStepsOrder.DESC,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    api_version: str,
) -> Response[ListRunStepsResponse]:
    """Returns a list of run steps belonging to a run.

    Args:
        thread_id (str):
        run_id (str):
        limit (int | Unset):  Default: 20.
        order (ListRunStepsOrder | Unset):  Default: ListRunStepsOrder.DESC.
        after (str | Unset):
        before (str | Unset):
        api_version (str): api version Example: 2024-10-01-preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListRunStepsResponse]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
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
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    order: ListRunStepsOrder | Unset = ListRunStepsOrder.DESC,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    api_version: str,
) -> ListRunStepsResponse | None:
    """Returns a list of run steps belonging to a run.

    Args:
        thread_id (str):
        run_id (str):
        limit (int | Unset):  Default: 20.
        order (ListRunStepsOrder | Unset):  Default: ListRunStepsOrder.DESC.
        after (str | Unset):
        before (str | Unset):
        api_version (str): api version Example: 2024-10-01-preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListRunStepsResponse
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            run_id=run_id,
            client=client,
            limit=limit,
            order=order,
            after=after,
            before=before,
            api_version=api_version,
        )
    ).parsed
