from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audio_transcription import AudioTranscription
from ...models.create_transcription_request import CreateTranscriptionRequest
from ...types import UNSET, Response


def _get_kwargs(
    deployment_id: str,
    *,
    body: CreateTranscriptionRequest,
    api_version: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/deployments/{deployment_id}/audio/transcriptions".format(
            deployment_id=quote(str(deployment_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> AudioTranscription | str | None:
    if response.status_code == 200:
        if response.headers.get("content-type", "").startswith("text/"):
            return response.text
        response_200 = AudioTranscription.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[AudioTranscription | str]:
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
    body: CreateTranscriptionRequest,
    api_version: str,
) -> Response[AudioTranscription | str]:
    """Transcribes audio into the input language.

    Args:
        deployment_id (str): Deployment id of the whisper model. Example: whisper.
        api_version (str): api version Example: 2024-10-01-preview.
        body (CreateTranscriptionRequest): Transcription request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudioTranscription | str]
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
    body: CreateTranscriptionRequest,
    api_version: str,
) -> AudioTranscription | str | None:
    """Transcribes audio into the input language.

    Args:
        deployment_id (str): Deployment id of the whisper model. Example: whisper.
        api_version (str): api version Example: 2024-10-01-preview.
        body (CreateTranscriptionRequest): Transcription request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudioTranscription | str
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
    body: CreateTranscriptionRequest,
    api_version: str,
) -> Response[AudioTranscription | str]:
    """Transcribes audio into the input language.

    Args:
        deployment_id (str): Deployment id of the whisper model. Example: whisper.
        api_version (str): api version Example: 2024-10-01-preview.
        body (CreateTranscriptionRequest): Transcription request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudioTranscription | str]
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
    body: CreateTranscriptionRequest,
    api_version: str,
) -> AudioTranscription | str | None:
    """Transcribes audio into the input language.

    Args:
        deployment_id (str): Deployment id of the whisper model. Example: whisper.
        api_version (str): api version Example: 2024-10-01-preview.
        body (CreateTranscriptionRequest): Transcription request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudioTranscription | str
    """

    return (
        await asyncio_detailed(
            deployment_id=deployment_id,
            client=client,
            body=body,
            api_version=api_version,
        )
    ).parsed
