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
from pathlib import Path

import pytest

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
from azopenai.types import ChatMessageParam, DataSourceParam, ResponseFormatParam, ToolParam
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


def _marked_lines(program: str) -> set[int]:
    return {number for number, line in enumerate(program.splitlines(), 1) if "# error" in line}


def _mypy(files: list[Path], cache: Path) -> dict[str, set[int]]:
    cmd = [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(cache)]
    result = subprocess.run([*cmd, *map(str, files)], capture_output=True, text=True, cwd=files[0].parent)
    errors: dict[str, set[int]] = {file.name: set() for file in files}
    for line in result.stdout.splitlines():
        match = re.match(r"(?P<file>[^:]+\.py):(?P<line>\d+): error:", line)
        if match:
            errors[Path(match["file"]).name].add(int(match["line"]))
    assert result.returncode in (0, 1), result.stdout + result.stderr
    return errors


def _pyright(files: list[Path]) -> dict[str, set[int]]:
    cmd = [str(PYRIGHT), "--outputjson", "--pythonpath", sys.executable, "--pythonversion", "3.11"]
    result = subprocess.run([*cmd, *map(str, files)], capture_output=True, text=True, cwd=files[0].parent)
    report = json.loads(result.stdout)
    errors: dict[str, set[int]] = {file.name: set() for file in files}
    for diagnostic in report["generalDiagnostics"]:
        if diagnostic["severity"] == "error":
            errors[Path(diagnostic["file"]).name].add(diagnostic["range"]["start"]["line"] + 1)
    return errors


@pytest.fixture(scope="module")
def programs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("user_code")
    files = [folder / "mistakes.py", folder / "idiomatic.py"]
    for file, program in zip(files, (MISTAKES, IDIOMATIC), strict=True):
        file.write_text(program)
    return files


def test_the_programs_are_what_the_test_says() -> None:
    assert len(_marked_lines(MISTAKES)) == 16
    assert _marked_lines(IDIOMATIC) == set() and "type: ignore" not in IDIOMATIC


def test_mypy_strict_flags_each_mistake_and_nothing_else(programs: list[Path], tmp_path: Path) -> None:
    errors = _mypy(programs, tmp_path / "mypy_cache")
    assert errors["mistakes.py"] == _marked_lines(MISTAKES)
    assert errors["idiomatic.py"] == set()


def test_pyright_flags_each_mistake_and_nothing_else(programs: list[Path]) -> None:
    assert PYRIGHT.exists(), "pyright is installed into node_modules by `make install` (package.json)"
    errors = _pyright(programs)
    assert errors["mistakes.py"] == _marked_lines(MISTAKES)
    assert errors["idiomatic.py"] == set()
