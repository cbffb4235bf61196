from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from recorded import ROOT  # noqa: E402


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """The pinned spec as upstream has it (committed; ``test_committed_spec_matches_the_pin`` checks it)."""
    return json.loads((ROOT / "spec" / "inference.json").read_text())
