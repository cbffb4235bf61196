from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ...client import AuthenticatedClient, Client
from ...models.create_chat_completion_request import CreateChatCompletionRequest
from ...models.create_chat_completion_response import CreateChatCompletionResponse
from ...models.create_chat_completion_stream_response import (
    CreateChatCompletionStreamResponse,
)
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    deployment_id: str,
    *,
    body: CreateChatCompletionRequest,
    api_version: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/deployments/{deployment_id}/chat/completions".format(
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
) -> CreateChatCompletionResponse | CreateChatCompletionStreamResponse | ErrorResponse:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> CreateChatCompletionResponse | CreateChatCompletionStreamResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = CreateChatCompletionResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = CreateChatCompletionStreamResponse.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[CreateChatCompletionResponse | CreateChatCompletionStreamResponse | ErrorResponse]:
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
    body: CreateChatCompletionRequest,
    api_version: str,
) -> Response[CreateChatCompletionResponse | CreateChatCompletionStreamResponse | ErrorResponse]:
    """Creates a completion for the chat message

    Args:
        deployment_id (str): Deployment id of the model which was deployed.
        api_version (str): api version Example: 2024-10-01-preview.
        body (CreateChatCompletionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateChatCompletionResponse | CreateChatCompletionStreamResponse | ErrorResponse]
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
    body: CreateChatCompletionRequest,
    api_version: str,
) -> CreateChatCompletionResponse | CreateChatCompletionStreamResponse | ErrorResponse | None:
    """Creates a completion for the chat message

    Args:
        deployment_id (str): Deployment id of the model which was deployed.
        api_version (str): api version Example: 2024-10-01-preview.
        body (CreateChatCompletionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateChatCompletionResponse | CreateChatCompletionStreamResponse | ErrorResponse
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
    body: CreateChatCompletionRequest,
    api_version: str,
) -> Response[CreateChatCompletionResponse | CreateChatCompletionStreamResponse | ErrorResponse]:
    """Creates a completion for the chat message

    Args:
        deployment_id (str): Deployment id of the model which was deployed.
        api_version (str): api version Example: 2024-10-01-preview.
        body (CreateChatCompletionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateChatCompletionResponse | CreateChatCompletionStreamResponse | ErrorResponse]
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
    body: CreateChatCompletionRequest,
    api_version: str,
) -> CreateChatCompletionResponse | CreateChatCompletionStreamResponse | ErrorResponse | None:
    """Creates a completion for the chat message

    Args:
        deployment_id (str): Deployment id of the model which was deployed.
        api_version (str): api version Example: 2024-10-01-preview.
        body (CreateChatCompletionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateChatCompletionResponse | CreateChatCompletionStreamResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            client=client,
            body=body,
            api_version=api_version,
        )
    ).parsed
