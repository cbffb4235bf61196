from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_vector_store_files_filter import ListVectorStoreFilesFilter
from ...models.list_vector_store_files_order import ListVectorStoreFilesOrder
from ...models.list_vector_store_files_response import ListVectorStoreFilesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    vector_store_id: str,
    *,
    limit: int | Unset = 20,
    order: ListVectorStoreFilesOrder | Unset = ListVectorStoreFilesOrder.DESC,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    filter_: ListVectorStoreFilesFilter | Unset = UNSET,
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

    json_filter_: str | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_

    params["filter"] = json_filter_

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vector_stores/{vector_store_id}/files".format(
            vector_store_id=quote(str(vector_store_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ListVectorStoreFilesResponse | None:
    if response.status_code == 200:
        response_200 = ListVectorStoreFilesResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[ListVectorStoreFilesResponse]:
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
    limit: int | Unset = 20,
    order: ListVectorStoreFilesOrder | Unset = ListVectorStoreFilesOrder.DESC,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    filter_: ListVectorStoreFilesFilter | Unset = UNSET,
    api_version: str,
) -> Response[ListVectorStoreFilesResponse]:
    """Returns a list of vector store files.

    Args:
        vector_store_id (str):
        limit (int | Unset):  Default: 20.
        order (ListVectorStoreFilesOrder | Unset):  Default: ListVectorStoreFilesOrder.DESC.
        after (str | Unset):
        before (str | Unset):
        filter_ (ListVectorStoreFilesFilter | Unset):
        api_version (str):  Example: 2024-10-01-preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVectorStoreFilesResponse]
    """

    kwargs = _get_kwargs(
        vector_store_id=vector_store_id,
        limit=limit,
        order=order,
        after=after,
        before=before,
        filter_=filter_,
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
    limit: int | Unset = 20,
    order: ListVectorStoreFilesOrder | Unset = ListVectorStoreFilesOrder.DESC,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    filter_: ListVectorStoreFilesFilter | Unset = UNSET,
    api_version: str,
) -> ListVectorStoreFilesResponse | None:
    """Returns a list of vector store files.

    Args:
        vector_store_id (str):
        limit (int | Unset):  Default: 20.
        order (ListVectorStoreFilesOrder | Unset):  Default: ListVectorStoreFilesOrder.DESC.
        after (str | Unset):
        before (str | Unset):
        filter_ (ListVectorStoreFilesFilter | Unset):
        api_version (str):  Example: 2024-10-01-preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVectorStoreFilesResponse
    """

    return sync_detailed(
        vector_store_id=vector_store_id,
        client=client,
        limit=limit,
        order=order,
        after=after,
        before=before,
        filter_=filter_,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    vector_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    order: ListVectorStoreFilesOrder | Unset = ListVectorStoreFilesOrder.DESC,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    filter_: ListVectorStoreFilesFilter | Unset = UNSET,
    api_version: str,
) -> Response[ListVectorStoreFilesResponse]:
    """Returns a list of vector store files.

    Args:
        vector_store_id (str):
        limit (int | Unset):  Default: 20.
        order (ListVectorStoreFilesOrder | Unset):  Default: ListVectorStoreFilesOrder.DESC.
        after (str | Unset):
        before (str | Unset):
        filter_ (ListVectorStoreFilesFilter | Unset):
        api_version (str):  Example: 2024-10-01-preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVectorStoreFilesResponse]
    """

    kwargs = _get_kwargs(
        vector_store_id=vector_store_id,
        limit=limit,
        order=order,
        after=after,
        before=before,
        filter_=filter_,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vector_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    order: ListVectorStoreFilesOrder | Unset = ListVectorStoreFilesOrder.DESC,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    filter_: ListVectorStoreFilesFilter | Unset = UNSET,
    api_version: str,
) -> ListVectorStoreFilesResponse | None:
    """Returns a list of vector store files.

    Args:
        vector_store_id (str):
        limit (int | Unset):  Default: 20.
        order (ListVectorStoreFilesOrder | Unset):  Default: ListVectorStoreFilesOrder.DESC.
        after (str | Unset):
        before (str | Unset):
        filter_ (ListVectorStoreFilesFilter | Unset):
        api_version (str):  Example: 2024-10-01-preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVectorStoreFilesResponse
    """

    return (
        await asyncio_detailed(
            vector_store_id=vector_store_id,
            client=client,
            limit=limit,
            order=order,
            after=after,
            before=before,
            filter_=filter_,
            api_version=api_version,
        )
    ).parsed
