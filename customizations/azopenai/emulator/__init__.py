"""An offline Azure OpenAI emulator for tests, demos and development (``pip install azopenai[emulator]``).

It serves the data-plane routes of the pinned spec (chat completions and their SSE streams, legacy
completions, embeddings, image generations, audio transcription, translation and speech) on
127.0.0.1, Azure style (``/openai/deployments/{deployment}/...?api-version=``, ``api-key`` or
Entra ID bearer) and OpenAI style (``/v1/...``, model in the body). Every request body is validated
against the spec's request schema; answers are deterministic; faults are injected on demand
(``x-emulator-fault`` header, see ``azopenai.emulator._faults``).

Run it with ``python -m azopenai.emulator``, or from Python::

    from azopenai.emulator import Emulator, Settings

    with Emulator(Settings(api_key="key")) as emulator:
        ...  # emulator.url is the Azure endpoint, emulator.openai_url the OpenAI one

The request schemas come with the package (``_data/requests.json``, written by ``make generate``
from the pinned spec with the generator's corrections), so it runs from any directory;
``--spec`` / ``$AZOPENAI_SPEC`` serve another ``inference.json`` (``SpecNotFoundError`` if missing).
"""

try:
    import jsonschema  # type: ignore[import-untyped]  # noqa: F401
    import starlette  # noqa: F401
    import uvicorn  # noqa: F401
except ImportError as exc:  # pragma: no cover - exercised in a subprocess by the tests
    raise ImportError(
        f"azopenai.emulator needs the 'emulator' extra ({exc.name} is not installed): pip install 'azopenai[emulator]'",
        name=exc.name,
    ) from exc

from ._app import Settings, create_app
from ._faults import FAULT_HEADER
from ._server import Emulator
from ._spec import SpecNotFoundError

__all__ = ["FAULT_HEADER", "Emulator", "Settings", "SpecNotFoundError", "create_app"]
