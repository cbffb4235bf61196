"""Results as a user's type checker sees them (mypy --strict, pyright strict): optional fields are
``X | None`` and pass with a None check; reading one without it is flagged; each method's result is
its precise class. Uses ``typecheck.py``."""

from __future__ import annotations

from pathlib import Path

import pytest
from routes import OPERATIONS
from typecheck import CHECKERS, check, errors, revealed

PROGRAM = """
import azopenai
import azopenai.aio
from azopenai.models import ChatCompletionChunk, ChatCompletions, UserMessage


def read(client: azopenai.Client) -> None:
    resp = client.get_chat_completions(deployment="gpt-4o", messages=[UserMessage(content="Hi")])
    reveal_type(resp)  # REVEAL __CHAT_RESULT__
    reveal_type(resp.choices[0].message.content)  # REVEAL str | None
    content = resp.choices[0].message.content
    if content is not None:
        print(content.upper())
    if resp.usage is not None:
        total: int = resp.usage.total_tokens
        print(total)
    if resp.prompt_filter_results:
        results = resp.prompt_filter_results[0].content_filter_results
        if results is not None and results.hate is not None:
            print(results.hate.severity, results.hate.filtered)
    kept: ChatCompletions = resp
    print(repr(kept), kept.to_json(indent=2), kept.to_dict())
    with client.get_chat_completions_stream(deployment="gpt-4o", messages=[{"role": "user", "content": "Hi"}]) as stream:
        for chunk in stream:
            reveal_type(chunk)  # REVEAL __CHAT_CHUNK__
            if chunk.choices and chunk.choices[0].delta is not None:
                reveal_type(chunk.choices[0].delta.content)  # REVEAL str | None


async def read_async(client: azopenai.aio.Client) -> None:
    stream = await client.get_chat_completions_stream(deployment="gpt-4o", messages=[{"role": "user", "content": "Hi"}])
    async with stream:
        async for chunk in stream:
            first: ChatCompletionChunk = chunk
            for choice in first.choices:
                if choice.delta is not None and choice.delta.content is not None:
                    print(choice.delta.content.upper())


def mistakes(resp: ChatCompletions, chunk: ChatCompletionChunk) -> None:
    print(resp.choices[0].message.content.upper())  # MISTAKE content may be None
    print(resp.usage.total_tokens)  # MISTAKE usage may be None
    print(resp.prompt_filter_results[0].prompt_index)  # MISTAKE prompt_filter_results may be None
    print(chunk.choices[0].delta.content)  # MISTAKE delta may be None
    print(resp.choices[0].mesage)  # MISTAKE misspelt attribute
"""
# the precise result classes, as the generated table names them
CHAT = OPERATIONS["get_chat_completions"]
PROGRAM = PROGRAM.replace("__CHAT_RESULT__", CHAT.result_models[0]).replace("__CHAT_CHUNK__", CHAT.result_models[-1])


def _marked(tag: str) -> dict[int, str]:
    return {n: line.split(f"# {tag} ")[1] for n, line in enumerate(PROGRAM.splitlines(), 1) if f"# {tag} " in line}


@pytest.mark.parametrize("checker", CHECKERS)
def test_results_type_check(checker: str, tmp_path: Path) -> None:
    diagnostics = check(checker, PROGRAM, tmp_path)
    assert revealed(diagnostics) == _marked("REVEAL")
    flagged = {d.line for d in errors(diagnostics)}
    assert flagged == set(_marked("MISTAKE")), "\n".join(map(str, errors(diagnostics)))
