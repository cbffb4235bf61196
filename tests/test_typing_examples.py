"""Idiomatic user code under the type checkers: every script of ``examples/`` and the README's Python
snippets (read from README.md, so the README stays the source) pass mypy --strict and pyright (strict)
with zero errors and without ``# type: ignore``. Uses ``typecheck.py``; each checker runs once, on all
of them as one program.

The README's snippets are checked as one module, in the README's order (a snippet may use what an
earlier one defined, e.g. ``client``), after ``README_PRELUDE``: the values the README leaves to the
reader (``key``, ``weather_tool``).
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from typecheck import CHECKERS, check_files, errors

ROOT = Path(__file__).resolve().parent.parent

README_PRELUDE = """\
from __future__ import annotations

import os

from azopenai.types import AssistantToolParam

key = os.environ["AZURE_OPENAI_API_KEY"]
openai_key = os.environ["OPENAI_API_KEY"]
weather_tool: AssistantToolParam = {"type": "function", "function": {"name": "get_current_weather", "parameters": {}}}
"""


def readme_snippets(readme: str) -> list[str]:
    """The fenced ``python`` blocks of a Markdown text, dedented (a block may sit in a list item)."""
    blocks = re.findall(r"^([ \t]*)```python\n(.*?)^\1```$", readme, flags=re.MULTILINE | re.DOTALL)
    return [textwrap.dedent(body) for _indent, body in blocks]


def program() -> dict[str, str]:
    """File name -> source: the examples (``_env.py`` among them, which they import) and the README."""
    sources = {path.name: path.read_text(encoding="utf-8") for path in sorted((ROOT / "examples").glob("*.py"))}
    snippets = readme_snippets((ROOT / "README.md").read_text(encoding="utf-8"))
    sources["readme_snippets.py"] = "\n".join([README_PRELUDE, *snippets])
    return sources


def test_the_program_holds_every_example_and_readme_snippet() -> None:
    sources = program()
    assert {"chat_completions.py", "assistants_function_tool.py", "client_entra_id.py"} <= set(sources)
    snippets = readme_snippets((ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(snippets) >= 4 and any("raw_response_hook=quota" in s for s in snippets)
    assert "async with azopenai.aio.Client" in sources["chat_completions_async.py"]
    for name, source in sources.items():
        assert "type: ignore" not in source, name


@pytest.mark.parametrize("checker", CHECKERS)
def test_examples_and_readme_type_check_without_errors(checker: str, tmp_path: Path) -> None:
    found = errors(check_files(checker, program(), tmp_path))
    assert found == [], "\n".join(f"{d.file}:{d.line}: {d.message}" for d in found)
