"""One generated operation table: no API version literal, operation path or operation model name is
written by hand in ``customizations/``, ``tests/``, ``bench/`` or ``examples/`` (``tests/data/`` and the
emulator's generated package data aside). They read ``azopenai_generated.operations`` (``OPERATIONS``,
``API_VERSION``) and ``azopenai_generated.operation_types`` instead; tests through ``tests/routes.py``.

What counts as a fact, from the table itself:
- a version literal: ``\\d{4}-\\d{2}-\\d{2}`` with an optional ``-preview`` (the pinned one among them);
- every operation path, its parameters as any segment (``/threads/thread_1/runs``), and each path
  after ``/deployments/{deployment_id}/`` (``chat/completions``; a one-segment one such as
  ``embeddings`` only after a ``/``, since the bare word is also a method and attribute name);
- every request and result model name of the table, as a whole word.

``EXCEPTIONS`` lists the few places allowed to keep one, each with its reason.
"""

from __future__ import annotations

import re
from pathlib import Path

from routes import OPERATIONS, route

ROOT = Path(__file__).resolve().parent.parent
TREES = ("customizations", "tests", "bench", "examples")
SKIPPED = ("tests/data/", "customizations/azopenai/emulator/_data/")  # recorded and generated data
SUFFIXES = {".py", ".md", ".json", ".toml", ".txt", ".yaml", ".yml", ".cfg", ".ini"}

# (file, fact label pattern, line pattern, why this one is not read from the table)
EXCEPTIONS: list[tuple[str, str, str, str]] = [
    (
        "tests/test_bump.py",
        "version",
        r"2024-10-21",
        "the bump test generates the GA spec of tests/data/spec/2024-10-21: another version than the table's",
    ),
    (
        "tests/test_bump.py",
        r"(path|rel) .*",
        r"tts-1/audio/speech",
        "a program run with the package generated from the GA spec, whose table has no speech operation,"
        " posts to the speech path to see the emulator serving that spec refuse it",
    ),
    (
        "tests/test_config.py",
        "version",
        r"2024-10-21|2024-06-01",
        "OPENAI_API_VERSION / api_version= given by the user: any version other than the pinned one",
    ),
    (
        "tests/test_results.py",
        r"model .*",
        r"^(ChatCompletionChunk|PromptFilterResults|[A-Z][A-Za-z]+ [A-Z])",
        "PUBLIC_NAMES: the public names of azopenai.models, which users import (some equal spec names)",
    ),
]


# i12 owns bench/ and is moving its paths and version to the table; until that lands:
def facts() -> dict[str, re.Pattern[str]]:
    """Label -> pattern of every operation fact of the generated table."""
    found = {"version": re.compile(r"(?<![\w.-])\d{4}-\d{2}-\d{2}(?:-preview)?(?![\w])")}
    for op in OPERATIONS.values():
        segments = re.sub(r"\\\{\w+\\\}", r"[^/\"'\\s]+", re.escape(op.path))
        found[f"path {op.path}"] = re.compile(segments + r"(?![\w-])")
        relative = route(op.name)
        if relative != op.path:
            before = r"(?<![\w-])" if "/" in relative else "/"
            found[f"rel {relative}"] = re.compile(before + re.escape(relative) + r"(?![\w/-])")
        for name in filter(None, (op.request_model, *op.result_models)):
            found[f"model {name}"] = re.compile(rf"\b{name}\b")
    return found


def hand_written_files() -> list[Path]:
    files = []
    for tree in TREES:
        for path in sorted((ROOT / tree).rglob("*")):
            relative = path.relative_to(ROOT).as_posix()
            if path.is_file() and path.suffix in SUFFIXES and not relative.startswith(SKIPPED):
                if "__pycache__" not in path.parts:
                    files.append(path)
    return files


def excepted(file: str, label: str, line: str) -> bool:
    return any(
        file == where and re.fullmatch(kind, label) and re.search(pattern, line)
        for where, kind, pattern, _reason in EXCEPTIONS
    )


def test_the_patterns_catch_hand_written_facts() -> None:
    patterns = facts()
    version = OPERATIONS["get_chat_completions"]  # the facts below are the table's, spelled by hand here
    samples = {
        "version": 'API = "' + "2024-10-01" + '-preview"',
        f"path {version.path}": 'url = "/openai' + "/deployments/gpt-4o/chat/completions" + '"',
        "rel " + route("get_chat_completions"): 'post("' + "chat/" + "completions" + '")',
        "rel " + route("get_embeddings"): 'f"{base}/v1/' + "embeddings" + '"',
        "model " + version.result_models[0]: "resp: " + version.result_models[0],
    }
    for label, line in samples.items():
        assert patterns[label].search(line), label
    assert not patterns["rel " + route("get_embeddings")].search("client.get_embeddings(input='x')")


def test_no_operation_fact_is_written_by_hand() -> None:
    patterns = facts()
    found = []
    for path in hand_written_files():
        file = path.relative_to(ROOT).as_posix()
        if file == "tests/test_no_operation_facts.py":
            continue  # its samples are built from pieces, its exceptions name what they allow
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for label, pattern in patterns.items():
                if pattern.search(line) and not excepted(file, label, line):
                    found.append(f"{file}:{number}: {label}: {line.strip()}")
    assert found == [], "hand-written operation facts (read them from the table):\n" + "\n".join(found)


def test_every_exception_is_still_needed() -> None:
    patterns = facts()
    for where, kind, pattern, reason in EXCEPTIONS:
        lines = (ROOT / where).read_text(encoding="utf-8").splitlines()
        used = any(
            re.search(pattern, line)
            and any(p.search(line) for label, p in patterns.items() if re.fullmatch(kind, label))
            for line in lines
        )
        assert used, f"exception no longer needed: {where} {kind} ({reason})"
