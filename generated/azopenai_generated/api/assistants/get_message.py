from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_object import MessageObject
from ...types import UNSET, Response


def _get_kwargs(
    thread_id: str,
    message_id: str,
    *,
    api_version: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/threads/{thread_id}/messages/{message_id}".format(
            thread_id=quote(str(thread_id), safe=""),
            message_id=quote(str(message_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> MessageObject | None:
    if response.status_code == 200:
        response_200 = MessageObject.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[MessageObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thread_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: str,
) -> Response[MessageObject]:
    """Retrieve a message.

    Args:
        thread_id (str):
        message_id (str):
        api_version (str): api version Example: 2024-10-01-preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageObject]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        message_id=message_id,
        api_version=api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: str,
) -> MessageObject | None:
    """Retrieve a message.

    Args:
        thread_id (str):
        message_id (str):
        api_version (str): api version Example: 2024-10-01-preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageObject
    """

    return sync_detailed(
        thread_id=thread_id,
        message_id=message_id,
        client=client,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    thread_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: str,
) -> Response[MessageObject]:
    """Retrieve a message.

    Args:
        thread_id (str):
        message_id (str):
        api_version (str): api version Example: 2024-10-01-preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageObject]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        message_id=message_id,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: str,
) -> MessageObject | None:
    """Retrieve a message.

    Args:
        thread_id (str):
        message_id (str):
        api_version (str): api version Example: 2024-10-01-preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageObject
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            message_id=message_id,
            client=client,
            api_version=api_version,
        )
    ).parsed
