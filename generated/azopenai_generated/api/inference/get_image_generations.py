from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ...client import AuthenticatedClient, Client
from ...models.dalle_error_response import DalleErrorResponse
from ...models.generate_images_response import GenerateImagesResponse
from ...models.image_generations_request import ImageGenerationsRequest
from ...types import UNSET, Response


def _get_kwargs(
    deployment_id: str,
    *,
    body: ImageGenerationsRequest,
    api_version: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/deployments/{deployment_id}/images/generations".format(
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
) -> DalleErrorResponse | GenerateImagesResponse:
    if response.status_code == 200:
        response_200 = GenerateImagesResponse.from_dict(response.json())

        return response_200

    response_default = DalleErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[DalleErrorResponse | GenerateImagesResponse]:
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
    body: ImageGenerationsRequest,
    api_version: str,
) -> Response[DalleErrorResponse | GenerateImagesResponse]:
    """Generates a batch of images from a text caption on a given DALLE model deployment

    Args:
        deployment_id (str): Deployment id of the dalle model which was deployed. Example: dalle-
            deployment.
        api_version (str): api version Example: 2024-10-01-preview.
        body (ImageGenerationsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DalleErrorResponse | GenerateImagesResponse]
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
    body: ImageGenerationsRequest,
    api_version: str,
) -> DalleErrorResponse | GenerateImagesResponse | None:
    """Generates a batch of images from a text caption on a given DALLE model deployment

    Args:
        deployment_id (str): Deployment id of the dalle model which was deployed. Example: dalle-
            deployment.
        api_version (str): api version Example: 2024-10-01-preview.
        body (ImageGenerationsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DalleErrorResponse | GenerateImagesResponse
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
    body: ImageGenerationsRequest,
    api_version: str,
) -> Response[DalleErrorResponse | GenerateImagesResponse]:
    """Generates a batch of images from a text caption on a given DALLE model deployment

    Args:
        deployment_id (str): Deployment id of the dalle model which was deployed. Example: dalle-
            deployment.
        api_version (str): api version Example: 2024-10-01-preview.
        body (ImageGenerationsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DalleErrorResponse | GenerateImagesResponse]
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
    body: ImageGenerationsRequest,
    api_version: str,
) -> DalleErrorResponse | GenerateImagesResponse | None:
    """Generates a batch of images from a text caption on a given DALLE model deployment

    Args:
        deployment_id (str): Deployment id of the dalle model which was deployed. Example: dalle-
            deployment.
        api_version (str): api version Example: 2024-10-01-preview.
        body (ImageGenerationsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DalleErrorResponse | GenerateImagesResponse
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            client=client,
            body=body,
            api_version=api_version,
        )
    ).parsed
