"""``python -m generator --spec S (--out DIR | --check DIR) [--emulator-data FILE]``;
``python -m generator diff OLD NEW``.

spec -> ``transforms.apply`` -> openapi-python-client (``--meta none --fail-on-warning``, our config and
templates) + the operation table (``operations.py``), the request shapes (``params.py``,
``request_shapes.py``) and the assistants methods (``methods.py``) -> ruff format -> DIR. ``--check`` generates into a
temporary folder and exits 1 when it differs from DIR, printing which files differ. Both print the
steps that did not apply to the spec (skipped or stale), one line each; a step that fails stops
generation with one line naming it.

Both also cover the emulator's package data (``emulator_data.py``): ``--out`` writes it, ``--check``
compares it (default ``customizations/azopenai/emulator/_data/requests.json``).

``diff`` prints the API difference between two spec files (``diff.py``).
"""

from __future__ import annotations

import argparse
import filecmp
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from . import emulator_data, methods, operations, params, transforms
from .corrections import Report, StepError

HERE = Path(__file__).resolve().parent
PACKAGE = "azopenai_generated"


def report_steps(report: Report) -> None:
    """Print what the corrections and transforms did not apply to the spec, one line per step."""
    if not report.lines:
        print(f"corrections and transforms on {report.api_version}: all {report.applied} apply")
        return
    print(f"corrections and transforms on {report.api_version}: {report.applied} apply, {len(report.lines)} do not:")
    print("".join(f"  {line}\n" for line in report.lines), end="")


def generate(spec_path: Path, out: Path) -> None:
    """Write the generated package to ``out/azopenai_generated`` (replacing what was there). Prints the
    steps report (``report_steps``); exits with one line when a step fails."""
    report = Report()
    try:
        spec = transforms.apply(json.loads(spec_path.read_text(encoding="utf-8")), report)
    except StepError as exc:
        sys.exit(str(exc))
    report_steps(report)
    bin_dir = Path(sys.executable).parent
    with tempfile.TemporaryDirectory() as tmp:
        transformed = Path(tmp) / "spec.json"
        transformed.write_text(json.dumps(spec, indent=1, sort_keys=True), encoding="utf-8")
        raw = Path(tmp) / PACKAGE
        cmd = [
            str(bin_dir / "openapi-python-client"),
            "generate",
            "--path",
            str(transformed),
            "--meta",
            "none",
            "--config",
            str(HERE / "config.yaml"),
            "--custom-template-path",
            str(HERE / "templates"),
            "--output-path",
            str(raw),
            "--fail-on-warning",
        ]
        result = subprocess.run(cmd, capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"openapi-python-client failed:\n{result.stdout}\n{result.stderr}")
        operations.write(spec, HERE / "config.yaml", api_version(spec_path, spec), raw)
        methods.write(spec, HERE / "config.yaml", raw)
        params.write(spec, HERE / "config.yaml", raw)
        ruff = str(bin_dir / "ruff")
        subprocess.run(
            [ruff, "check", "--quiet", "--fix-only", "--select", "F401,I", "--isolated", str(raw)], check=True
        )
        subprocess.run([ruff, "format", "--quiet", "--isolated", "--line-length", "120", str(raw)], check=True)
        target = out / PACKAGE
        if target.exists():
            shutil.rmtree(target)
        out.mkdir(parents=True, exist_ok=True)
        shutil.copytree(raw, target)
        (target / "py.typed").write_text("")  # PEP 561: the models and API functions are typed


def api_version(spec_path: Path, spec: dict[str, object]) -> str:
    """The pin's ``api_version`` (``pin.json`` beside the spec), else the spec's ``info.version``."""
    pin = spec_path.parent / "pin.json"
    if pin.is_file():
        return str(json.loads(pin.read_text(encoding="utf-8"))["api_version"])
    info = spec["info"]
    assert isinstance(info, dict)
    return str(info["version"])


def differences(left: Path, right: Path) -> list[str]:
    """Relative paths that differ between two trees (missing on one side included)."""
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(prefix + name for name in cmp.left_only + cmp.right_only + cmp.funny_files)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        found.extend(prefix + name for name in mismatch + errors)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    return sorted(found)


def main() -> None:
    if sys.argv[1:2] == ["diff"]:
        from .diff import main as api_diff

        api_diff(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(prog="python -m generator")
    parser.add_argument("--spec", type=Path, required=True)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--out", type=Path, help="write the package under this folder")
    group.add_argument("--check", type=Path, help="regenerate and compare with this folder")
    parser.add_argument(
        "--emulator-data", type=Path, default=emulator_data.TARGET, help="the emulator's package data file"
    )
    args = parser.parse_args()
    if args.out:
        generate(args.spec, args.out)
        emulator_data.write(args.spec, args.emulator_data)
        return
    with tempfile.TemporaryDirectory() as tmp:
        generate(args.spec, Path(tmp))
        diff = differences(Path(tmp) / PACKAGE, args.check / PACKAGE)
    if not emulator_data.is_current(args.spec, args.emulator_data):
        diff.append(str(args.emulator_data))
    if diff:
        print(f"generated/ differs from what generator/ produces ({len(diff)} files); run `make generate`:")
        print("\n".join(f"  {name}" for name in diff[:50]))
        sys.exit(1)
    print("generated/ is up to date")


if __name__ == "__main__":
    main()
