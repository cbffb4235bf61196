"""The built wheel on its own: installed with ``[emulator]`` into a new virtualenv outside the
repository, ``python -m azopenai.emulator`` starts from another directory and ``azopenai.Client``
gets a chat completion, a stream and an embedding from it. Nothing of the checkout is on the path.

Installing pulls the wheel's dependencies from the package index (pip's cache makes it quick)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from recorded import ROOT

CLIENT = textwrap.dedent(
    """
    import json, sys
    import azopenai
    from azure.core.credentials import AzureKeyCredential

    url, key = sys.argv[1], sys.argv[2]
    user = {"role": "user", "content": "Count to 3."}
    with azopenai.Client(url, AzureKeyCredential(key)) as client:
        chat = client.get_chat_completions(deployment="gpt-4o", messages=[user])
        with client.get_chat_completions_stream(deployment="gpt-4o", messages=[user]) as stream:
            pieces = [c.choices[0].delta.content or "" for c in stream if c.choices]
        embedding = client.get_embeddings(deployment="text-embedding-ada-002", input=["hello"])
    print(json.dumps({
        "azopenai": azopenai.__file__,
        "chat": chat.choices[0].message.content,
        "stream": "".join(pieces),
        "embedding": embedding.data[0].embedding,
    }))
    """
)


def _clean_env() -> dict[str, str]:
    """The environment without anything that would point the new interpreter back at the checkout."""
    drop = {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "AZOPENAI_SPEC", "PYTHONSTARTUP"}
    return {k: v for k, v in os.environ.items() if k not in drop}


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A virtualenv outside the repository with the freshly built wheel and its [emulator] extra."""
    root = tmp_path_factory.mktemp("wheel")
    assert ROOT not in root.parents
    dist = root / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = dist.glob("azopenai-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "azopenai/emulator/_data/requests.json" in names
    assert not [n for n in names if "__pycache__" in n or n.startswith(("tests/", "spec/", "generator/"))]
    env = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env)], check=True, timeout=120)
    python = env / "bin" / "python"
    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", f"{wheel}[emulator]"]
    result = subprocess.run(install, capture_output=True, text=True, timeout=600, env=_clean_env(), cwd=root)
    assert result.returncode == 0, result.stderr
    yield python


def test_wheel_emulator_serves_the_wheel_client(venv: Path, tmp_path: Path) -> None:
    key = "wheel-test-key"
    server = subprocess.Popen(
        [str(venv), "-m", "azopenai.emulator", "--api-key", key, "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd="/tmp",
        env=_clean_env(),
    )
    try:
        assert server.stdout is not None
        first = server.stdout.readline()
        assert "listening on " in first, first
        url = first.split("listening on ")[1].strip()
        result = subprocess.run(
            [str(venv), "-c", CLIENT, url, key],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=tmp_path,
            env=_clean_env(),
        )
        assert result.returncode == 0, result.stderr
        answer = json.loads(result.stdout)
    finally:
        server.terminate()
        server.wait(10)
    assert Path(answer["azopenai"]).is_relative_to(venv.parent.parent)  # the wheel's copy, not the checkout
    assert "Count to 3." in answer["chat"]
    assert answer["stream"] == answer["chat"]
    vector = answer["embedding"]
    assert len(vector) > 100 and all(isinstance(x, float) for x in vector)


def test_wheel_emulator_without_the_extra_says_which_to_install(venv: Path) -> None:
    """The same wheel: the client imports; ``azopenai.emulator`` without starlette names the extra."""
    code = "import sys; sys.modules['starlette'] = None\nimport azopenai.emulator"
    result = subprocess.run([str(venv), "-c", code], capture_output=True, text=True, cwd="/tmp", env=_clean_env())
    assert result.returncode == 1 and "pip install 'azopenai[emulator]'" in result.stderr
