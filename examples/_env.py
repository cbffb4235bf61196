"""Where the examples send their requests: read from environment variables, like the Go SDK samples.

``AOAI_ENDPOINT`` and ``AOAI_API_KEY`` serve every example; a feature can have its own resource
with ``AOAI_<FEATURE>_ENDPOINT`` / ``AOAI_<FEATURE>_API_KEY`` (FEATURE: CHAT_COMPLETIONS,
COMPLETIONS, EMBEDDINGS, DALLE, WHISPER, TTS). The deployment of each feature is
``AOAI_<FEATURE>_MODEL``. An example whose variables are missing says so and exits with status 0.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    endpoint: str
    api_key: str
    deployment: str


def require(*names: str) -> dict[str, str]:
    """The values of ``names``; exits (status 0, as the Go samples do) when any is unset."""
    values = {name: os.environ.get(name, "") for name in names}
    missing = [name for name, value in values.items() if not value]
    if missing:
        print(f"Skipping example, environment variables missing: {', '.join(missing)}", file=sys.stderr)
        sys.exit(0)
    return values


def target(feature: str) -> Target:
    """Endpoint, key and deployment for ``feature`` (``CHAT_COMPLETIONS``, ``WHISPER``, ...)."""
    endpoint = f"AOAI_{feature}_ENDPOINT" if os.environ.get(f"AOAI_{feature}_ENDPOINT") else "AOAI_ENDPOINT"
    api_key = f"AOAI_{feature}_API_KEY" if os.environ.get(f"AOAI_{feature}_API_KEY") else "AOAI_API_KEY"
    model = f"AOAI_{feature}_MODEL"
    values = require(endpoint, api_key, model)
    return Target(values[endpoint], values[api_key], values[model])
