"""Type-check a user's program with mypy (``--strict``) and pyright (strict mode), as a project that
installed azopenai would: both pinned dev tools (mypy in pyproject.toml, pyright in package.json), the
package found through the test environment's interpreter, nothing of this repository's own settings.

    for diagnostic in check("mypy", source, tmp_path): ...
    for diagnostic in check_files("pyright", {"a.py": source_a, "b.py": source_b}, tmp_path): ...
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"
CHECKERS = ("mypy", "pyright")


@dataclass(frozen=True)
class Diagnostic:
    line: int
    severity: str  # "error", or "note" for mypy's and pyright's reveal_type output
    message: str
    file: str = "user_code.py"


def check(checker: str, source: str, tmp_path: Path) -> list[Diagnostic]:
    """The diagnostics of ``checker`` for ``source`` (a module, written to ``tmp_path/user_code.py``)."""
    return check_files(checker, {"user_code.py": source}, tmp_path)


def check_files(checker: str, sources: dict[str, str], tmp_path: Path) -> list[Diagnostic]:
    """The diagnostics of ``checker`` for a program of several modules (file name -> source, written side
    by side into ``tmp_path``, so that they import each other), checked in one run."""
    programs = []
    for name, source in sources.items():
        programs.append(tmp_path / name)
        programs[-1].write_text(source, encoding="utf-8")
    if checker == "mypy":
        return _mypy(programs, tmp_path)
    if checker == "pyright":
        return _pyright(programs, tmp_path)
    raise ValueError(f"checker: expected one of {CHECKERS}, got {checker!r}")


def errors(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return [d for d in diagnostics if d.severity == "error"]


def revealed(diagnostics: list[Diagnostic]) -> dict[int, str]:
    """Line -> the type ``reveal_type`` showed there, in one spelling for both checkers
    (``str | None``, classes by their bare names)."""
    found = {}
    for d in diagnostics:
        match = re.match(r'(?:Revealed type is|Type of ".*" is) "(.*)"$', d.message)
        if match:
            found[d.line] = re.sub(r"\b(?:[a-z_][\w]*\.)+(?=[A-Za-z_])", "", match.group(1)).replace("*", "")
    return found


def _mypy(programs: list[Path], tmp_path: Path) -> list[Diagnostic]:
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\nstrict = True\n", encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(config),
            "--cache-dir",
            str(tmp_path / ".mypy_cache"),
            "--show-column-numbers",
            "--no-error-summary",
            "--no-pretty",
            *map(str, programs),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    found = []
    for line in result.stdout.splitlines():
        match = re.match(r"(?:.*[/\\])?([\w.]+\.py):(\d+):\d+: (error|note): (.*?)(?:  \[[\w-]+\])?$", line)
        if match:
            found.append(Diagnostic(int(match.group(2)), match.group(3), match.group(4), match.group(1)))
    if result.returncode not in (0, 1) or (result.returncode == 1 and not errors(found)):
        raise RuntimeError(f"mypy failed:\n{result.stdout}\n{result.stderr}")
    return found


def _pyright(programs: list[Path], tmp_path: Path) -> list[Diagnostic]:
    config = {"typeCheckingMode": "strict", "pythonVersion": "3.11", "include": [p.name for p in programs]}
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    result = subprocess.run(
        [str(PYRIGHT), "--outputjson", "--pythonpath", sys.executable, "--project", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    try:
        report = json.loads(result.stdout)
    except ValueError:
        raise RuntimeError(f"pyright failed:\n{result.stdout}\n{result.stderr}") from None
    return [
        Diagnostic(
            d["range"]["start"]["line"] + 1,
            "note" if d["severity"] == "information" else d["severity"],
            d["message"],
            Path(d["file"]).name,
        )
        for d in report["generalDiagnostics"]
        if d["severity"] in ("error", "information")
    ]
