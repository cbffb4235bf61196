"""User code under the type checkers: mypy --strict and pyright (both pinned dev tools; pyright from
``node_modules``, installed by ``make install``) must flag every line of ``MISTAKES`` marked
``# error`` and nothing else, and find no error in ``IDIOMATIC`` (sync and async, typed models and
dicts, no ``# type: ignore``). Each checker runs once, on both programs, in a subprocess on temp files.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from azopenai_generated import operations

ROOT = Path(__file__).resolve().parent.parent
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"

MISTAKES = """
import azopenai
from azure.core.credentials import AzureKeyCredential

client = azopenai.Client("https://r.openai.azure.com", AzureKeyCredential("k"))
client.get_chat_completions(deployment="d", messages=[{"role": "user", "content": "Hi"}], temprature=0.2)  # error
client.get_chat_completions(deployment="d", messages=[{"role": "user", "content": "Hi"}], max_tokens="x")  # error
client.get_chat_completions(deployment="d")  # error: messages missing
client.get_chat_completions(deployment="d", messages=[{"rol": "user", "content": "Hi"}])  # error
client.get_audio_transcription(deployment="d", file=b"RIFF", response_format="jsn")  # error
client.generate_speech_from_text(deployment="d", input="Hi", voice="alloyy")  # error
client.get_chat_completions(deployment="d", messages=[{"role": "usr", "content": "Hi"}])  # error
client.get_chat_completions(deployment="d", messages=[], tools=[{"type": "function", "function": {"nme": "f"}}])  # error
client.get_embeddings(deployment="d", input=42)  # error
resp = client.get_chat_completions(deployment="d", messages=[{"role": "user", "content": "Hi"}])
print(resp.choicez)  # error
print(resp.choices[0].message.content.upper())  # error: content may be None
client.get_chat_completions_stream(deployment="d", messages=[], stream=True)  # error: streams by itself
client.get_chat_completions(deployment="d", messages=[], stream_options={"include_usage": True})  # error
client.get_chat_completions(deployment="d", messages=[], tool_choice="sometimes")  # error
client.get_chat_completions(deployment="d", messages=[], response_format={"type": "json_schema"})  # error
client.get_image_generations(deployment="d", prompt="a cat", size="1x1")  # error
"""

IDIOMATIC = """
from __future__ import annotations

import asyncio
import json
from pathlib import Path

import azopenai
from azopenai.models import AzureSearchDataSource, AzureSearchParameters, ApiKeyAuthentication
from azopenai.models import SystemMessage, TextContentPart, UserMessage
from azopenai.types import ChatCompletionsParams, ChatMessageParam, DataSourceParam, ResponseFormatParam, ToolParam
from azure.core.credentials import AzureKeyCredential


def history() -> list[ChatMessageParam]:
    messages: list[ChatMessageParam] = [
        {"role": "system", "content": "You are a pirate."},
        {"role": "user", "content": [{"type": "text", "text": "Hi"}, {"type": "image_url", "image_url": {"url": "https://x/p.png", "detail": "low"}}]},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "now", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "c1", "content": "noon"},
    ]
    return messages


def sync_use(client: azopenai.Client, audio: Path) -> None:
    with client:
        resp = client.get_chat_completions(
            deployment="gpt-4o",
            messages=[{"role": "system", "content": "You are a pirate."}, {"role": "user", "content": "Hi"}],
            temperature=0.2,
            max_tokens=100,
            seed=1,
            stop=["\\n"],
            logit_bias={"50256": -100},
            user="u1",
        )
        content = resp.choices[0].message.content
        if content:
            print(content.upper())
        for prompt in resp.prompt_filter_results or []:
            filters = prompt.content_filter_results
            if filters and filters.hate:
                print(filters.hate.severity)
        if resp.usage:
            print(resp.usage.total_tokens)

        options: ChatCompletionsParams = {"messages": history(), "temperature": 0.5, "n": 1}
        client.get_chat_completions(deployment="gpt-4o", **options)

        typed: list[UserMessage] = [UserMessage(content="Hi")]
        client.get_chat_completions(deployment="gpt-4o", messages=typed)
        client.get_chat_completions(
            deployment="gpt-4o",
            messages=[SystemMessage(content="Be brief."), UserMessage(content=[TextContentPart(text="Hi")]), *history()],
        )

        tools: list[ToolParam] = [
            {
                "type": "function",
                "function": {
                    "name": "get_weather",
                    "description": "The weather in a city",
                    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
                },
            }
        ]
        called = client.get_chat_completions(deployment="gpt-4o", messages=history(), tools=tools, tool_choice="auto")
        for call in called.choices[0].message.tool_calls or []:
            print(call.function.name, json.loads(call.function.arguments))
        client.get_chat_completions(
            deployment="gpt-4o",
            messages=history(),
            tools=tools,
            tool_choice={"type": "function", "function": {"name": "get_weather"}},
        )

        answer_format: ResponseFormatParam = {
            "type": "json_schema",
            "json_schema": {"name": "answer", "strict": True, "schema": {"type": "object", "properties": {}}},
        }
        client.get_chat_completions(deployment="gpt-4o", messages=history(), response_format=answer_format)
        client.get_chat_completions(deployment="gpt-4o", messages=history(), response_format={"type": "json_object"})

        search: DataSourceParam = {
            "type": "azure_search",
            "parameters": {
                "endpoint": "https://search.example",
                "index_name": "docs",
                "authentication": {"type": "api_key", "key": "k"},
                "query_type": "vector_semantic_hybrid",
                "embedding_dependency": {"type": "deployment_name", "deployment_name": "ada"},
                "in_scope": True,
                "top_n_documents": 5,
            },
        }
        typed_search = AzureSearchDataSource(
            parameters=AzureSearchParameters(
                endpoint="https://search.example", index_name="docs", authentication=ApiKeyAuthentication(key="k")
            )
        )
        client.get_chat_completions(deployment="gpt-4o", messages=history(), data_sources=[search, typed_search])

        with client.get_chat_completions_stream(
            deployment="gpt-4o", messages=history(), stream_options={"include_usage": True}
        ) as stream:
            for chunk in stream:
                for choice in chunk.choices:
                    if choice.delta and choice.delta.content:
                        print(choice.delta.content, end="")
        with client.get_completions_stream(deployment="instruct", prompt="Once upon a time", max_tokens=20) as story:
            for piece in story:
                print(piece.choices[0].text)
        print(client.get_completions(deployment="instruct", prompt=["a", "b"], temperature=0).choices[0].text)

        embeddings = client.get_embeddings(deployment="ada", input=["one", "two"], dimensions=256)
        print(sum(embeddings.data[0].embedding))
        client.get_embeddings(deployment="ada", input="one", encoding_format="base64")

        images = client.get_image_generations(
            deployment="dall-e-3", prompt="a cat", size="1024x1024", quality="hd", style="natural", n=1
        )
        if images.data[0].url:
            print(images.data[0].url)

        transcription = client.get_audio_transcription(
            deployment="whisper", file=audio, response_format="verbose_json", timestamp_granularities=["word"]
        )
        print(transcription.text)
        print(client.get_audio_translation(deployment="whisper", file=("a.mp3", b"ID3"), response_format="srt").text)
        with client.generate_speech_from_text(deployment="tts", input="Hi", voice="alloy", response_format="mp3") as speech:
            speech.stream_to_file(audio.with_suffix(".mp3"))

        client.get_chat_completions(
            deployment="gpt-4o",
            messages=history(),
            headers={"x-ms-useragent": "demo"},
            timeout=30.0,
            extra_body={"newer_field": {"on": True}},
            extra_query={"feature": "preview"},
        )


async def async_use(client: azopenai.aio.Client) -> None:
    async with client:
        resp = await client.get_chat_completions(deployment="gpt-4o", messages=[{"role": "user", "content": "Hi"}])
        if resp.choices[0].message.content:
            print(resp.choices[0].message.content.upper())
        stream = await client.get_chat_completions_stream(deployment="gpt-4o", messages=history())
        async with stream:
            async for chunk in stream:
                for choice in chunk.choices:
                    if choice.delta and choice.delta.content:
                        print(choice.delta.content, end="")
        vectors = await client.get_embeddings(deployment="ada", input="one")
        print(len(vectors.data))
        speech = await client.generate_speech_from_text(deployment="tts", input="Hi", voice="nova", speed=1.5)
        async with speech:
            print(len(await speech.read()))


def main() -> None:
    key = AzureKeyCredential("k")
    sync_use(azopenai.Client("https://r.openai.azure.com", key), Path("a.wav"))
    asyncio.run(async_use(azopenai.aio.Client("https://r.openai.azure.com", key)))
"""


REVEALED = """
import azopenai


def sync_results(client: azopenai.Client) -> None:
    reveal_type(client.get_chat_completions(deployment="d", messages=[]))  # get_chat_completions
    reveal_type(client.get_chat_completions_stream(deployment="d", messages=[]))  # get_chat_completions_stream
    reveal_type(client.get_completions(deployment="d", prompt="x"))  # get_completions
    reveal_type(client.get_completions_stream(deployment="d", prompt="x"))  # get_completions_stream
    reveal_type(client.get_embeddings(deployment="d", input="x"))  # get_embeddings
    reveal_type(client.get_image_generations(deployment="d", prompt="x"))  # get_image_generations
    reveal_type(client.get_audio_transcription(deployment="d", file=b""))  # get_audio_transcription
    reveal_type(client.get_audio_translation(deployment="d", file=b""))  # get_audio_translation
    reveal_type(client.generate_speech_from_text(deployment="d", input="x", voice="alloy"))  # speech


async def async_results(client: azopenai.aio.Client) -> None:
    reveal_type(await client.get_chat_completions(deployment="d", messages=[]))  # get_chat_completions
    reveal_type(await client.get_chat_completions_stream(deployment="d", messages=[]))  # async get_chat_completions_stream
    reveal_type(await client.get_completions_stream(deployment="d", prompt="x"))  # async get_completions_stream
    reveal_type(await client.get_embeddings(deployment="d", input="x"))  # get_embeddings
    reveal_type(await client.get_audio_transcription(deployment="d", file=b""))  # get_audio_transcription
    reveal_type(await client.generate_speech_from_text(deployment="d", input="x", voice="alloy"))  # async speech


def optional_content(client: azopenai.Client) -> None:
    reveal_type(client.get_chat_completions(deployment="d", messages=[]).choices[0].message.content)  # content
    for chunk in client.get_chat_completions_stream(deployment="d", messages=[]):
        delta = chunk.choices[0].delta
        if delta:
            reveal_type(delta.content)  # content
"""


def _expected_types() -> dict[str, str]:
    """What each ``REVEALED`` line must show, from the operation table (no model name written here)."""
    ops = operations.OPERATIONS
    chat, completions = ops["get_chat_completions"], ops["get_completions"]
    expected = {name: op.result_models[0] for name, op in ops.items() if op.result_models}
    expected["get_chat_completions_stream"] = f"Stream[{chat.result_models[1]}]"
    expected["get_completions_stream"] = f"Stream[{completions.result_models[0]}]"
    expected["async get_chat_completions_stream"] = f"AsyncStream[{chat.result_models[1]}]"
    expected["async get_completions_stream"] = f"AsyncStream[{completions.result_models[0]}]"
    expected["speech"], expected["async speech"] = "SpeechResponse", "AsyncSpeechResponse"
    expected["content"] = _short("str | None")
    return expected


def _marked_lines(program: str) -> set[int]:
    return {number for number, line in enumerate(program.splitlines(), 1) if "# error" in line}


@dataclass
class Report:
    """One checker's findings in one file: lines with errors, and revealed types by line."""

    errors: set[int] = field(default_factory=set)
    revealed: dict[int, str] = field(default_factory=dict)


def _short(type_text: str) -> str:
    """``azopenai._streaming.Stream[azopenai_generated.models.x.Model]`` -> ``Stream[Model]``; the
    members of a union in one order (mypy says ``None | str``, pyright ``str | None``)."""
    short = re.sub(r"\b(?:\w+\.)+(\w+)", r"\1", type_text)
    return short if "[" in short else " | ".join(sorted(short.split(" | ")))


def _run_mypy(files: list[Path], cache: Path) -> dict[str, Report]:
    cmd = [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(cache)]
    result = subprocess.run([*cmd, *map(str, files)], capture_output=True, text=True, cwd=files[0].parent)
    assert result.returncode in (0, 1), result.stdout + result.stderr
    reports = {file.name: Report() for file in files}
    for line in result.stdout.splitlines():
        match = re.match(r"(?P<file>[^:]+\.py):(?P<line>\d+): (?P<kind>error|note): (?P<text>.*)", line)
        if not match:
            continue
        report, number = reports[Path(match["file"]).name], int(match["line"])
        if match["kind"] == "error":
            report.errors.add(number)
        elif revealed := re.match(r'Revealed type is "(.*)"$', match["text"]):
            report.revealed[number] = _short(revealed[1])
    return reports


def _run_pyright(files: list[Path]) -> dict[str, Report]:
    assert PYRIGHT.exists(), "pyright is installed into node_modules by `make install` (package.json)"
    cmd = [str(PYRIGHT), "--outputjson", "--pythonpath", sys.executable, "--pythonversion", "3.11"]
    result = subprocess.run([*cmd, *map(str, files)], capture_output=True, text=True, cwd=files[0].parent)
    reports = {file.name: Report() for file in files}
    for diagnostic in json.loads(result.stdout)["generalDiagnostics"]:
        report, number = reports[Path(diagnostic["file"]).name], diagnostic["range"]["start"]["line"] + 1
        if diagnostic["severity"] == "error":
            report.errors.add(number)
        elif revealed := re.match(r'Type of ".*" is "(.*)"$', diagnostic["message"]):
            report.revealed[number] = _short(revealed[1])
    return reports


@pytest.fixture(scope="module")
def programs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("user_code")
    files = [folder / "mistakes.py", folder / "idiomatic.py", folder / "revealed.py"]
    for file, program in zip(files, (MISTAKES, IDIOMATIC, REVEALED), strict=True):
        file.write_text(program)
    return files


@pytest.fixture(scope="module", params=["mypy", "pyright"])
def checked(
    request: pytest.FixtureRequest, programs: list[Path], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Report]:
    """Each checker run once over the three programs."""
    if request.param == "mypy":
        return _run_mypy(programs, tmp_path_factory.mktemp("mypy_cache"))
    return _run_pyright(programs)


def test_the_programs_are_what_the_test_says() -> None:
    assert len(_marked_lines(MISTAKES)) == 16
    assert _marked_lines(IDIOMATIC) == set() and "type: ignore" not in IDIOMATIC


def test_each_mistake_is_flagged_and_nothing_else(checked: dict[str, Report]) -> None:
    assert checked["mistakes.py"].errors == _marked_lines(MISTAKES)
    assert checked["idiomatic.py"].errors == set()


def _revealed_lines(keep: Callable[[str], bool]) -> dict[int, str]:
    expected = _expected_types()
    lines = {}
    for number, line in enumerate(REVEALED.splitlines(), 1):
        if "reveal_type(" in line:
            label = line.rsplit("# ", 1)[1]
            if keep(label):
                lines[number] = expected[label]
    return lines


def test_each_method_returns_its_precise_result_class(checked: dict[str, Report]) -> None:
    report = checked["revealed.py"]
    expected = _revealed_lines(lambda label: label != "content")
    assert {number: report.revealed.get(number) for number in expected} == expected
    assert report.errors == set()


def test_optional_content_reads_as_str_or_none(checked: dict[str, Report]) -> None:
    report = checked["revealed.py"]
    expected = _revealed_lines(lambda label: label == "content")
    assert {number: report.revealed.get(number) for number in expected} == expected


def test_typing_costs_nothing_at_import() -> None:
    """``azopenai.aio`` is there for the type checkers (the idiomatic program above annotates with
    ``azopenai.aio.Client`` after ``import azopenai``) but imported on first use; the request shapes
    are read on the first request."""
    lazy = (
        "azopenai.aio",
        "azopenai_generated.params",
        "azopenai_generated.request_shapes",
        "azopenai_generated.models",
    )
    code = f"import sys, azopenai; print([m for m in {lazy!r} if m in sys.modules])"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"
