"""``make spec`` guards the pin; ``generated/`` holds every operation of the spec."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from recorded import ROOT

FETCH = [sys.executable, str(ROOT / "spec" / "fetch.py")]
TARGET = ROOT / "spec" / "inference.json"


def _run_fetch(mirror: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "AZOPENAI_SPEC_MIRROR": str(mirror)}
    return subprocess.run(FETCH, capture_output=True, text=True, env=env)


def test_spec_with_wrong_sha256_is_refused(tmp_path: Path) -> None:
    before = hashlib.sha256(TARGET.read_bytes()).hexdigest()
    tampered = tmp_path / "inference.json"
    tampered.write_bytes(TARGET.read_bytes() + b"\n")  # one byte more: another sha256
    result = _run_fetch(tmp_path)
    assert result.returncode == 1
    assert "refusing" in result.stderr and "sha256" in result.stderr
    assert hashlib.sha256(TARGET.read_bytes()).hexdigest() == before  # nothing written
    assert not list(TARGET.parent.glob("*.tmp"))


def test_missing_mirror_is_refused(tmp_path: Path) -> None:
    result = _run_fetch(tmp_path / "nowhere")
    assert result.returncode == 1
    assert "not a file" in result.stderr


def test_good_mirror_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "inference.json").write_bytes(TARGET.read_bytes())
    result = _run_fetch(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "sha256 ok" in result.stdout


def _operation_ids(spec: dict[str, Any]) -> list[str]:
    from generator.transforms import apply

    transformed = apply(spec)
    return [op["operationId"] for item in transformed["paths"].values() for op in item.values() if "operationId" in op]


def test_every_operation_is_generated(spec: dict[str, Any]) -> None:
    ids = _operation_ids(spec)
    assert (
        len(ids) == len(set(ids)) == sum("operationId" in op for item in spec["paths"].values() for op in item.values())
    )
    api = ROOT / "generated" / "azopenai_generated" / "api"
    modules = {p.stem for p in api.glob("*/*.py") if p.stem != "__init__"}
    assert modules == set(ids)


def test_every_spec_schema_is_kept(spec: dict[str, Any]) -> None:
    """Each object or enum schema of the upstream spec has its class, named after its key; schemas that
    are unions after the transforms (discriminated bases) exist as their member classes."""
    import re

    from azopenai_generated import models

    from generator.transforms import apply

    def class_name(key: str) -> str:
        return "".join(part[:1].upper() + part[1:] for part in re.split(r"[_\-]", key) if part)

    transformed = apply(spec)["components"]["schemas"]
    expected = set()
    for key, schema in spec["components"]["schemas"].items():
        if "oneOf" in transformed[key]:
            continue  # a union: its members are checked where they are component schemas themselves
        if schema.get("type") == "object" or "properties" in schema or "allOf" in schema or "enum" in schema:
            expected.add(key)
    assert len(expected) > 150
    assert [key for key in sorted(expected) if not hasattr(models, class_name(key))] == []


@pytest.mark.parametrize("group", ["inference", "assistants", "vector_stores"])
def test_operation_modules_import(group: str) -> None:
    import importlib

    for path in (ROOT / "generated" / "azopenai_generated" / "api" / group).glob("*.py"):
        module = importlib.import_module(f"azopenai_generated.api.{group}.{path.stem}")
        if path.stem != "__init__":
            assert callable(module.sync_detailed) and callable(module.asyncio_detailed)


def test_no_positional_noise_in_generated_names() -> None:
    """Classes are named after the spec (component keys, ``x-ms-enum`` names) or where they stand,
    never ``...Type0`` / ``...Body`` / ``...Response200``; operations after the Go SDK methods."""
    import re

    models = ROOT / "generated" / "azopenai_generated" / "models"
    noisy = [p.stem for p in models.glob("*.py") if re.search(r"type_\d|_body$|response_200", p.stem)]
    assert noisy == []
    api = ROOT / "generated" / "azopenai_generated" / "api" / "inference"
    assert {p.stem for p in api.glob("*.py")} - {"__init__"} == {
        "get_chat_completions",
        "get_completions",
        "get_embeddings",
        "get_image_generations",
        "get_audio_transcription",
        "get_audio_translation",
        "generate_speech_from_text",
    }


def test_operation_table_matches_the_spec_and_the_pin() -> None:
    """``azopenai_generated.operations`` lists every operation of the spec, with its method, path,
    parameters and generated models, and the pin's api-version."""
    import importlib

    from azopenai_generated import models, operations

    from generator import transforms

    spec = json.loads(TARGET.read_text(encoding="utf-8"))
    shaped = transforms.apply(json.loads(TARGET.read_text(encoding="utf-8")))  # allOf flattened
    pin = json.loads((ROOT / "spec" / "pin.json").read_text(encoding="utf-8"))
    assert operations.API_VERSION == pin["api_version"]
    wire = {
        (method.upper(), path.replace("{deployment-id}", "{deployment_id}"))
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }
    table = {(op.method, op.path) for op in operations.OPERATIONS.values()}
    assert table == wire and len(operations.OPERATIONS) == len(wire)
    for op in operations.OPERATIONS.values():
        module = importlib.import_module(f"azopenai_generated.api.{op.group}.{op.name}")
        assert callable(module.sync)
        for name in (op.request_model, *op.result_models):
            if name is not None:
                assert isinstance(getattr(models, name), type), (op.name, name)
        assert {python for _, python in op.path_params} == set(re.findall(r"{(\w+)}", op.path))
    for path, item in shaped["paths"].items():
        for method, raw in item.items():
            if not isinstance(raw, dict) or "operationId" not in raw:
                continue
            (op,) = [
                o
                for o in operations.OPERATIONS.values()
                if (o.method, o.path) == (method.upper(), path.replace("{deployment-id}", "{deployment_id}"))
            ]
            content = (raw.get("requestBody") or {}).get("content", {})
            assert op.content_type == next(iter(content), None)
            ref = next(iter(content.values()), {}).get("schema", {}).get("$ref", "")
            if ref:  # a named request schema: its generated class
                name = ref.rsplit("/", 1)[1]
                assert op.request_model == name[0].upper() + name[1:]
            body = next(iter(content.values()), {}).get("schema", {})
            props = (
                shaped["components"]["schemas"][ref.rsplit("/", 1)[1]].get("properties", {})
                if ref
                else body.get("properties", {})
            )
            assert op.streams == ("stream" in props)
            query = [
                p["name"] for p in raw.get("parameters", []) if p.get("in") == "query" and p["name"] != "api-version"
            ]
            assert [q[0] for q in op.query_params] == query
            assert op.result_content_types == tuple(raw["responses"]["200"].get("content", {}))


# -- the committed spec and what is derived from it ------------------------------------------------

PIN = json.loads((ROOT / "spec" / "pin.json").read_text())


def test_committed_spec_matches_the_pin() -> None:
    assert hashlib.sha256(TARGET.read_bytes()).hexdigest() == PIN["sha256"]
    result = subprocess.run([*FETCH, "--verify"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_make_spec_without_a_mirror_keeps_a_matching_spec_offline() -> None:
    env = {k: v for k, v in os.environ.items() if k != "AZOPENAI_SPEC_MIRROR"}
    result = subprocess.run(FETCH, capture_output=True, text=True, env=env, timeout=30)
    assert result.returncode == 0, result.stderr
    assert "already matches the pin" in result.stdout


def test_emulator_package_data_is_current() -> None:
    """What ``make generate`` writes into the emulator package (``make check-generated`` checks it too)."""
    from generator import emulator_data

    assert emulator_data.is_current(TARGET), "run `make generate`"


def test_nothing_reads_a_sibling_shared_folder() -> None:
    """The test data is in ``tests/data``: a fresh clone needs nothing beside it."""
    import re

    pattern = re.compile(r"\.\./shared|parent\s*/\s*\"shared\"|SPEC_MIRROR=")
    files = [ROOT / "Makefile", ROOT / ".ci" / "run"]
    for folder in ("tests", "bench", "examples"):
        files += [p for p in (ROOT / folder).rglob("*") if p.suffix in (".py", ".md", ".sh") and "data" not in p.parts]
    offenders = [str(p.relative_to(ROOT)) for p in files if p != Path(__file__) and pattern.search(p.read_text())]
    assert offenders == []
