from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_assistants_order import ListAssistantsOrder
from ...models.list_assistants_response import ListAssistantsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    order: ListAssistantsOrder | Unset = ListAssistantsOrder.DESC,
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
        "url": "/assistants",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ListAssistantsResponse | None:
    if response.status_code == 200:
        response_200 = ListAssistantsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ListAssistantsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    order: ListAssistantsOrder | Unset = ListAssistantsOrder.DESC,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    api_version: str,
) -> Response[ListAssistantsResponse]:
    """Returns a list of assistants.

    Args:
        limit (int | Unset):  Default: 20.
        order (ListAssistantsOrder | Unset):  Default: ListAssistantsOrder.DESC.
        after (str | Unset):
        before (str | Unset):
        api_version (str): api version Example: 2024-10-01-preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAssistantsResponse]
    """

    kwargs = _get_kwargs(
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
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    order: ListAssistantsOrder | Unset = ListAssistantsOrder.DESC,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    api_version: str,
) -> ListAssistantsResponse | None:
    """Returns a list of assistants.

    Args:
        limit (int | Unset):  Default: 20.
        order (ListAssistantsOrder | Unset):  Default: ListAssistantsOrder.DESC.
        after (str | Unset):
        before (str | Unset):
        api_version (str): api version Example: 2024-10-01-preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAssistantsResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        order=order,
        after=after,
        before=before,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    order: ListAssistantsOrder | Unset = ListAssistantsOrder.DESC,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    api_version: str,
) -> Response[ListAssistantsResponse]:
    """Returns a list of assistants.

    Args:
        limit (int | Unset):  Default: 20.
        order (ListAssistantsOrder | Unset):  Default: ListAssistantsOrder.DESC.
        after (str | Unset):
        before (str | Unset):
        api_version (str): api version Example: 2024-10-01-preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAssistantsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        order=order,
        after=after,
        before=before,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    order: ListAssistantsOrder | Unset = ListAssistantsOrder.DESC,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    api_version: str,
) -> ListAssistantsResponse | None:
    """Returns a list of assistants.

    Args:
        limit (int | Unset):  Default: 20.
        order (ListAssistantsOrder | Unset):  Default: ListAssistantsOrder.DESC.
        after (str | Unset):
        before (str | Unset):
        api_version (str): api version Example: 2024-10-01-preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAssistantsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            order=order,
            after=after,
            before=before,
            api_version=api_version,
        )
    ).parsed
