from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ...client import AuthenticatedClient, Client
from ...models.create_completion_request import CreateCompletionRequest
from ...models.create_completion_response import CreateCompletionResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    deployment_id: str,
    *,
    body: CreateCompletionRequest,
    api_version: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/deployments/{deployment_id}/completions".format(
            deployment_id=quote(str(deployment_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> CreateCompletionResponse | ErrorResponse:
    if response.status_code == 200:
        response_200 = CreateCompletionResponse.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[CreateCompletionResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCompletionRequest,
    api_version: str,
) -> Response[CreateCompletionResponse | ErrorResponse]:
    """Creates a completion for the provided prompt, parameters and chosen model.

    Args:
        deployment_id (str): Deployment id of the model which was deployed. Example: davinci.
        api_version (str): api version Example: 2024-10-01-preview.
        body (CreateCompletionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCompletionResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        body=body,
        api_version=api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCompletionRequest,
    api_version: str,
) -> CreateCompletionResponse | ErrorResponse | None:
    """Creates a completion for the provided prompt, parameters and chosen model.

    Args:
        deployment_id (str): Deployment id of the model which was deployed. Example: davinci.
        api_version (str): api version Example: 2024-10-01-preview.
        body (CreateCompletionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCompletionResponse | ErrorResponse
    """

    return sync_detailed(
        deployment_id=deployment_id,
        client=client,
        body=body,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCompletionRequest,
    api_version: str,
) -> Response[CreateCompletionResponse | ErrorResponse]:
    """Creates a completion for the provided prompt, parameters and chosen model.

    Args:
        deployment_id (str): Deployment id of the model which was deployed. Example: davinci.
        api_version (str): api version Example: 2024-10-01-preview.
        body (CreateCompletionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCompletionResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        deployment_id=deployment_id,
        body=body,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    deployment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCompletionRequest,
    api_version: str,
) -> CreateCompletionResponse | ErrorResponse | None:
    """Creates a completion for the provided prompt, parameters and chosen model.

    Args:
        deployment_id (str): Deployment id of the model which was deployed. Example: davinci.
        api_version (str): api version Example: 2024-10-01-preview.
        body (CreateCompletionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCompletionResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            client=client,
            body=body,
            api_version=api_version,
        )
    ).parsed
