"""Pin a spec version: ``python spec/pin.py --url URL [--from-file PATH]`` writes ``spec/pin.json``.

The bytes come from ``PATH`` when given (a local copy of what ``URL`` serves), else are downloaded from
``URL``. The pin gets their sha256, the spec's ``info.version`` as ``api_version``, the URL, and the
repository, commit and path the URL names (a ``raw.githubusercontent.com/<owner>/<repo>/<commit>/<path>``
URL; otherwise pass ``--repository``, ``--commit`` and ``--path``). Then ``make spec`` fetches and
verifies the new spec (README, "Bumping the API version").
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PIN = HERE / "pin.json"
_RAW_HOST = "raw.githubusercontent.com"


def read_bytes(url: str, from_file: Path | None) -> bytes:
    if from_file is not None:
        if not from_file.is_file():
            raise SystemExit(f"spec/pin.py: --from-file {from_file} is not a file")
        return from_file.read_bytes()
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            data: bytes = response.read()
            return data
    except OSError as exc:
        raise SystemExit(f"spec/pin.py: cannot download {url} ({exc}); pass --from-file with a local copy") from None


def source_of(url: str) -> dict[str, str]:
    """The repository, commit and path a raw GitHub URL names (empty for other URLs)."""
    parsed = urllib.parse.urlparse(url)
    parts = parsed.path.strip("/").split("/", 3)
    if parsed.hostname != _RAW_HOST or len(parts) < 4:
        return {}
    owner, repo, commit, path = parts
    return {"repository": f"{owner}/{repo}", "commit": commit, "path": path}


def pin(data: bytes, url: str, overrides: dict[str, str | None]) -> dict[str, Any]:
    """The pin for the spec ``data`` served at ``url``; ``overrides`` (repository, commit, path) win."""
    try:
        version = json.loads(data)["info"]["version"]
    except (ValueError, KeyError, TypeError):
        raise SystemExit("spec/pin.py: not an OpenAPI spec with info.version") from None
    source = {**source_of(url), **{key: value for key, value in overrides.items() if value}}
    missing = [key for key in ("repository", "commit", "path") if key not in source]
    if missing:
        raise SystemExit(f"spec/pin.py: {url} names no {', '.join(missing)}: pass --{' --'.join(missing)}")
    return {
        "api_version": str(version),
        "repository": source["repository"],
        "commit": source["commit"],
        "path": source["path"],
        "url": url,
        "sha256": hashlib.sha256(data).hexdigest(),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="spec/pin.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", required=True, help="where `make spec` downloads the spec from")
    parser.add_argument("--from-file", type=Path, help="a local copy of what --url serves (not downloaded)")
    parser.add_argument("--repository", help="owner/name, when the URL does not say")
    parser.add_argument("--commit", help="the commit, when the URL does not say")
    parser.add_argument("--path", help="the spec's path in the repository, when the URL does not say")
    parser.add_argument("--pin", type=Path, default=PIN, help="the file to write (default spec/pin.json)")
    args = parser.parse_args(argv)
    data = read_bytes(args.url, args.from_file)
    overrides = {"repository": args.repository, "commit": args.commit, "path": args.path}
    new = pin(data, args.url, overrides)
    old = json.loads(args.pin.read_text(encoding="utf-8")) if args.pin.is_file() else {}
    args.pin.write_text(json.dumps(new, indent=2) + "\n", encoding="utf-8")
    print(f"{args.pin.name}: {old.get('api_version', '(none)')} -> {new['api_version']} (sha256 {new['sha256']})")


if __name__ == "__main__":
    try:
        main()
    except SystemExit as exc:
        if isinstance(exc.code, str):
            print(exc.code, file=sys.stderr)
            sys.exit(1)
        raise
