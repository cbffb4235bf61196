"""Operation facts for tests, read from the generated operation table (``azopenai_generated.operations``):
request paths, request and result models, the API version. Tests name an operation by its Python
name (``get_chat_completions``) and never write its path, models or version by hand
(``tests/test_no_operation_facts.py``).
"""

from __future__ import annotations

from typing import Any

from azopenai._base import deployment_path, model
from azopenai.emulator._spec import wire_path
from azopenai_generated.operations import API_VERSION, OPERATIONS

__all__ = [
    "API_VERSION",
    "OPERATIONS",
    "azure_path",
    "openai_path",
    "path",
    "request_model",
    "result_model",
    "route",
    "spec_path",
]


def route(name: str) -> str:
    """The operation's path after ``/deployments/{deployment_id}/``, also the OpenAI path after ``/v1``."""
    return deployment_path(OPERATIONS[name])


def azure_path(name: str, deployment: str = "gpt-4o") -> str:
    """The Azure request path of a deployment operation: ``/openai/deployments/{deployment}/...``."""
    return "/openai" + OPERATIONS[name].path.replace("{deployment_id}", deployment)


def openai_path(name: str) -> str:
    """The OpenAI request path of a deployment operation: ``/v1/...``."""
    return "/v1/" + route(name)


def path(name: str, prefix: str = "/openai", **params: str) -> str:
    """The request path of any operation, its path parameters filled in (``thread_id="t"``)."""
    return prefix + OPERATIONS[name].path.format(**params)


def spec_path(name: str) -> str:
    """The operation's key in the spec's ``paths`` (placeholders by their wire names)."""
    return wire_path(OPERATIONS[name])


def request_model(name: str) -> Any:
    """The generated class of the operation's request body."""
    return model(OPERATIONS[name].request_model)


def result_model(name: str, index: int = 0) -> Any:
    """The generated class of the operation's result (``index`` 1: a chat completion stream's chunks)."""
    return model(OPERATIONS[name].result_models[index])
