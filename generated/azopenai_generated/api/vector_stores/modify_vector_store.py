from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_vector_store_request import UpdateVectorStoreRequest
from ...models.vector_store_object import VectorStoreObject
from ...types import UNSET, Response


def _get_kwargs(
    vector_store_id: str,
    *,
    body: UpdateVectorStoreRequest,
    api_version: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/vector_stores/{vector_store_id}".format(
            vector_store_id=quote(str(vector_store_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> VectorStoreObject | None:
    if response.status_code == 200:
        response_200 = VectorStoreObject.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[VectorStoreObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    vector_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVectorStoreRequest,
    api_version: str,
) -> Response[VectorStoreObject]:
    """Modifies a vector store.

    Args:
        vector_store_id (str):
        api_version (str):  Example: 2024-10-01-preview.
        body (UpdateVectorStoreRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VectorStoreObject]
    """

    kwargs = _get_kwargs(
        vector_store_id=vector_store_id,
        body=body,
        api_version=api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vector_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVectorStoreRequest,
    api_version: str,
) -> VectorStoreObject | None:
    """Modifies a vector store.

    Args:
        vector_store_id (str):
        api_version (str):  Example: 2024-10-01-preview.
        body (UpdateVectorStoreRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VectorStoreObject
    """

    return sync_detailed(
        vector_store_id=vector_store_id,
        client=client,
        body=body,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    vector_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVectorStoreRequest,
    api_version: str,
) -> Response[VectorStoreObject]:
    """Modifies a vector store.

    Args:
        vector_store_id (str):
        api_version (str):  Example: 2024-10-01-preview.
        body (UpdateVectorStoreRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VectorStoreObject]
    """

    kwargs = _get_kwargs(
        vector_store_id=vector_store_id,
        body=body,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vector_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVectorStoreRequest,
    api_version: str,
) -> VectorStoreObject | None:
    """Modifies a vector store.

    Args:
        vector_store_id (str):
        api_version (str):  Example: 2024-10-01-preview.
        body (UpdateVectorStoreRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VectorStoreObject
    """

    return (
        await asyncio_detailed(
            vector_store_id=vector_store_id,
            client=client,
            body=body,
            api_version=api_version,
        )
    ).parsed
