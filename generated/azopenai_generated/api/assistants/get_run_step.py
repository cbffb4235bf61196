from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.run_step_object import RunStepObject
from ...types import UNSET, Response


def _get_kwargs(
    thread_id: str,
    run_id: str,
    step_id: str,
    *,
    api_version: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["api-version"] = api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/threads/{thread_id}/runs/{run_id}/steps/{step_id}".format(
            thread_id=quote(str(thread_id), safe=""),
            run_id=quote(str(run_id), safe=""),
            step_id=quote(str(step_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> RunStepObject | None:
    if response.status_code == 200:
        response_200 = RunStepObject.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx2.Response) -> Response[RunStepObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thread_id: str,
    run_id: str,
    step_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: str,
) -> Response[RunStepObject]:
    """Retrieves a run step.

    Args:
        thread_id (str):
        run_id (str):
        step_id (str):
        api_version (str): api version Example: 2024-10-01-preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RunStepObject]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        step_id=step_id,
        api_version=api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: str,
    run_id: str,
    step_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: str,
) -> RunStepObject | None:
    """Retrieves a run step.

    Args:
        thread_id (str):
        run_id (str):
        step_id (str):
        api_version (str): api version Example: 2024-10-01-preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RunStepObject
    """

    return sync_detailed(
        thread_id=thread_id,
        run_id=run_id,
        step_id=step_id,
        client=client,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    thread_id: str,
    run_id: str,
    step_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: str,
) -> Response[RunStepObject]:
    """Retrieves a run step.

    Args:
        thread_id (str):
        run_id (str):
        step_id (str):
        api_version (str): api version Example: 2024-10-01-preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RunStepObject]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        step_id=step_id,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: str,
    run_id: str,
    step_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: str,
) -> RunStepObject | None:
    """Retrieves a run step.

    Args:
        thread_id (str):
        run_id (str):
        step_id (str):
        api_version (str): api version Example: 2024-10-01-preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RunStepObject
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            run_id=run_id,
            step_id=step_id,
            client=client,
            api_version=api_version,
        )
    ).parsed
