"""An API-version bump: steps that declare their targets, the API diff, the pin helper, and the client
generated from another spec version (the GA ``2024-10-21``, ``tests/data/spec/2024-10-21``) working
against the emulator serving that spec."""

from __future__ import annotations

import copy
import hashlib
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from recorded import ROOT
from routes import OPERATIONS, route, spec_path

from generator import transforms
from generator.corrections import Report, StepError
from generator.diff import diff_files

GA = ROOT / "tests" / "data" / "spec" / "2024-10-21" / "inference.json"
GA_VERSION = json.loads(GA.read_text(encoding="utf-8"))["info"]["version"]
GA_SKIPPED = [
    f"skipped: speech_body_is_json — no /{route('generate_speech_from_text')} in {GA_VERSION}",
    f"skipped: function_tools_need_no_description — no assistantToolsFunction.function.description in {GA_VERSION}",
    f"skipped: runs_take_no_thread_id — no createRunRequest, createThreadAndRunRequest in {GA_VERSION}",
    f"skipped: assistants_results_as_sent — no messageObject.status, vectorStoreObject.expires_after in {GA_VERSION}",
    f"skipped: named_tool_choice_function_may_be_null — no assistantsNamedToolChoice.function in {GA_VERSION}",
    "skipped: name_stream_events — no threadStreamEvent, runStreamEvent, runStepStreamEvent, messageStreamEvent"
    f" in {GA_VERSION}",
    f"skipped: keep_unknown_fields — no additionalProperties: false in {GA_VERSION}",
]


def _generate(spec: Path, out: Path) -> subprocess.CompletedProcess[str]:
    """``python -m generator`` writing the package and the emulator's data under ``out`` (not into the repo)."""
    data = out / "emulator" / "requests.json"
    command = [sys.executable, "-m", "generator", "--spec", str(spec), "--out", str(out), "--emulator-data", str(data)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def ga_package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """The package generated from the GA spec (about 3 s), and what the generator printed."""
    out = tmp_path_factory.mktemp("ga")
    result = _generate(GA, out)
    assert result.returncode == 0, result.stderr
    yield out, result.stdout


def _in_ga(package: Path, script: str) -> subprocess.CompletedProcess[str]:
    """``script`` run by a fresh interpreter that imports the GA-generated package in place of ours."""
    env = {**os.environ, "PYTHONPATH": str(package), "AZOPENAI_SPEC": str(GA)}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        cwd=package,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


# -- the steps report -------------------------------------------------------------------------------


def test_generation_reports_exactly_the_steps_that_do_not_apply(ga_package: tuple[Path, str]) -> None:
    _, printed = ga_package
    lines = printed.splitlines()
    assert lines[0].startswith(f"corrections and transforms on {GA_VERSION}: ") and lines[0].endswith(
        f"{len(GA_SKIPPED)} do not:"
    )
    assert [line.strip() for line in lines[1:]] == GA_SKIPPED


def test_every_step_applies_to_the_pinned_spec(spec: dict[str, Any]) -> None:
    report = Report()
    transforms.apply(spec, report)
    assert report.lines == []
    assert report.applied == len(transforms.TRANSFORMS) + len(transforms.corrections.CORRECTIONS)


def test_a_step_that_changes_nothing_is_reported_stale(spec: dict[str, Any]) -> None:
    fixed = copy.deepcopy(spec)
    content = fixed["paths"][spec_path("generate_speech_from_text")]["post"]["requestBody"]["content"]
    content["application/json"] = content.pop("multipart/form-data")  # as if upstream fixed it
    report = Report()
    transforms.apply(fixed, report)
    version = spec["info"]["version"]
    assert report.lines == [f"stale: speech_body_is_json — changes nothing in {version} (fixed upstream? delete it)"]


def test_a_step_missing_some_of_its_targets_fails_naming_them(spec: dict[str, Any]) -> None:
    renamed = copy.deepcopy(spec)
    schemas = renamed["components"]["schemas"]
    schemas["runStreamEventV2"] = schemas.pop("runStreamEvent")
    with pytest.raises(StepError) as info:
        transforms.apply(renamed)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(
        f"failed: name_stream_events — runStreamEvent missing from {spec['info']['version']} while threadStreamEvent, "
    )
    assert "review the assistants run stream events" in message


def test_a_spec_shaped_otherwise_fails_in_one_line_without_a_traceback(spec: dict[str, Any], tmp_path: Path) -> None:
    changed = copy.deepcopy(spec)
    changed["paths"]["/batches"] = {"get": {"operationId": "List_Batches", "tags": ["Batches"], "responses": {}}}
    legacy = changed["components"]["schemas"]["chatCompletionRequestMessageTool"]
    legacy["allOf"] = [part for part in legacy["allOf"] if "$ref" in part]  # its own part moved elsewhere
    path = tmp_path / "inference.json"
    path.write_text(json.dumps(changed))
    result = _generate(path, tmp_path / "out")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"failed: name_operations — operation List_Batches has tag 'Batches', which names no group in "
        f"{spec['info']['version']}; review OPERATION_NAMES and the groups in name_operations"
    ]
    del changed["paths"]["/batches"]
    with pytest.raises(StepError, match=r"^failed: detach_legacy_message_schemas — the spec .* is shaped otherwise"):
        transforms.apply(changed)
    assert not (tmp_path / "out").exists()


# -- the GA package and the client ------------------------------------------------------------------


def test_client_on_the_ga_package_against_the_emulator(ga_package: tuple[Path, str]) -> None:
    """Chat (and its stream), completions, embeddings, images, transcription and translation work; the
    default api-version is the GA one; speech, absent from GA, raises at once naming the version."""
    package, _ = ga_package
    result = _in_ga(
        package,
        """
        import asyncio, json
        import azopenai, azopenai.aio, azopenai_generated, httpx2
        from azopenai.emulator import Emulator, Settings
        from azopenai.emulator._audio import speech
        from azure.core.credentials import AzureKeyCredential
        from azure.core.exceptions import AzureError

        out = {"package": azopenai_generated.__file__}
        sent = []
        with Emulator(Settings(api_key="k")) as emulator:
            with azopenai.Client(emulator.url, AzureKeyCredential("k")) as c:
                hooks = c.http_client.event_hooks["request"]
                hooks.append(lambda request: sent.append(request.url.params["api-version"]))
                out["api_version"] = c.api_version
                hi = [{"role": "user", "content": "Hi"}]
                out["chat"] = c.get_chat_completions(deployment="gpt-4o", messages=hi).choices[0].message.content
                with c.get_chat_completions_stream(deployment="gpt-4o", messages=hi) as stream:
                    out["stream"] = stream.accumulate().choices[0].message.content
                out["completion"] = c.get_completions(deployment="instruct", prompt=["Hi"]).choices[0].text
                out["embedding"] = len(c.get_embeddings(deployment="ada", input=["Hi"]).data[0].embedding)
                image = c.get_image_generations(deployment="dall-e-3", prompt="a cat").data[0]
                out["image"] = bool(image.url)
                wav = speech("my voice is my passport", "wav")
                out["transcription"] = c.get_audio_transcription(deployment="whisper", file=("a.wav", wav)).text
                out["translation"] = c.get_audio_translation(deployment="whisper", file=("a.wav", wav)).text
                before = len(sent)
                try:
                    c.generate_speech_from_text(deployment="tts-1", input="Hi", voice="alloy")
                except AzureError as exc:
                    out["speech"] = [type(exc).__name__, str(exc), isinstance(exc, NotImplementedError)]
                out["sent_after_speech"] = len(sent) - before

            async def speech_async():
                async with azopenai.aio.Client(emulator.url, AzureKeyCredential("k")) as ac:
                    try:
                        await ac.generate_speech_from_text(deployment="tts-1", input="Hi", voice="alloy")
                    except azopenai.OperationNotAvailableError as exc:
                        return str(exc)

            out["speech_async"] = asyncio.run(speech_async())
            raw = httpx2.post(
                f"{emulator.url}/openai/deployments/tts-1/audio/speech",
                params={"api-version": out["api_version"]},
                headers={"api-key": "k"},
                json={"input": "Hi", "voice": "alloy"},
            )
            out["emulator_speech"] = raw.status_code
        out["sent"] = sorted(set(sent))
        print(json.dumps(out))
        """,
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["package"].startswith(str(package))
    assert out["api_version"] == GA_VERSION and out["sent"] == [GA_VERSION]
    assert out["chat"] and out["stream"] == out["chat"] and out["completion"]
    assert out["embedding"] == 1536 and out["image"] is True
    assert "my voice is my passport" in out["transcription"] and "my voice is my passport" in out["translation"]
    assert out["speech"] == [
        "OperationNotAvailableError",
        f"generate_speech_from_text() is not part of Azure OpenAI API version {GA_VERSION}",
        True,
    ]
    assert out["sent_after_speech"] == 0
    assert out["speech_async"] == out["speech"][1]
    assert out["emulator_speech"] == 404  # the emulator serves the operations of its spec only


def test_models_import_on_the_ga_package(ga_package: tuple[Path, str]) -> None:
    package, _ = ga_package
    result = _in_ga(package, "import azopenai, azopenai.models")
    assert result.returncode == 0, result.stderr.splitlines()[-1:]


# -- the API diff -----------------------------------------------------------------------------------


def test_api_diff_between_preview_and_ga() -> None:
    preview = ROOT / "spec" / "inference.json"
    lines = diff_files(preview, GA)
    old = json.loads(preview.read_text())["info"]["version"]
    assert lines[0].startswith(f"API diff {old} -> {GA_VERSION}: operations -36 +0, schemas -113 +0")
    text = "\n".join(lines)
    assert f"  - POST /{route('generate_speech_from_text')} (Speech_Create)\n" in text
    assert f"  - GET {OPERATIONS['list_assistants'].path} (List_Assistants)\n" in text
    assert 'imageSize  [request]:\n  - enum values: "256x256", "512x512"\n' in text
    assert "createChatCompletionRequest  [request]:\n  + field parallel_tool_calls: ParallelToolCalls | null\n" in text
    assert "onYourDataVectorizationSource  [request]:\n  - union members: integrated -> " in text
    assert "audioVerboseResponse  [response]:\n  - field words: array<audioWord>\n" in text


def test_api_diff_names_changed_types_and_added_members(tmp_path: Path) -> None:
    spec = json.loads(GA.read_text())
    schemas = spec["components"]["schemas"]
    schemas["createChatCompletionRequest"]["allOf"][1]["properties"]["n"]["type"] = "string"
    schemas["imageQuality"]["enum"].append("x-azopenai-test-unknown")
    schemas["chatCompletionRequestMessage"]["oneOf"].append({"$ref": "#/components/schemas/x"})
    del spec["paths"][spec_path("get_embeddings")]
    new = tmp_path / "new.json"
    new.write_text(json.dumps(spec))
    result = subprocess.run(
        [sys.executable, "-m", "generator", "diff", str(GA), str(new)], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert text.startswith(f"API diff {GA_VERSION} -> {GA_VERSION}: operations -1 +0, schemas -2 +0, 3 changes")
    assert f"operations removed (1):\n  - POST /{route('get_embeddings')} (embeddings_create)\n" in text
    assert "schemas removed (2): embeddings_create request (application/json), embeddings_create response\n" in text
    assert "createChatCompletionRequest  [request]:\n  ~ field n: integer | null -> string | null\n" in text
    assert 'imageQuality  [request]:\n  + enum values: "x-azopenai-test-unknown"\n' in text
    assert "chatCompletionRequestMessage  [request]:\n  + union members: x\n" in text


# -- the pin helper ---------------------------------------------------------------------------------


def test_pin_from_a_local_copy(tmp_path: Path) -> None:
    url = (
        "https://raw.githubusercontent.com/Azure/azure-rest-api-specs/132b90d1f06386034a6c2b34e903dbd3b03f9806/"
        "specification/cognitiveservices/data-plane/AzureOpenAI/inference/stable/2024-10-21/inference.json"
    )
    pin = tmp_path / "pin.json"
    command = [sys.executable, "spec/pin.py", "--url", url, "--from-file", str(GA), "--pin", str(pin)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(pin.read_text()) == {
        "api_version": GA_VERSION,
        "repository": "Azure/azure-rest-api-specs",
        "commit": "132b90d1f06386034a6c2b34e903dbd3b03f9806",
        "path": "specification/cognitiveservices/data-plane/AzureOpenAI/inference/stable/2024-10-21/inference.json",
        "url": url,
        "sha256": hashlib.sha256(GA.read_bytes()).hexdigest(),
    }
    assert result.stdout == f"pin.json: (none) -> {GA_VERSION} (sha256 {hashlib.sha256(GA.read_bytes()).hexdigest()})\n"


def test_pin_of_another_url_needs_the_source_named(tmp_path: Path) -> None:
    command = [sys.executable, "spec/pin.py", "--url", "https://example.invalid/inference.json", "--from-file", str(GA)]
    result = subprocess.run([*command, "--pin", str(tmp_path / "pin.json")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr.strip().endswith("names no repository, commit, path: pass --repository --commit --path")
    assert not (tmp_path / "pin.json").exists()
