"""``make spec``, the bump step: fetch the pinned spec into ``spec/inference.json``, verifying its sha256.

``spec/inference.json`` is committed; after changing ``spec/pin.json`` (url, commit, sha256,
api_version) this fetches the new file. Source: ``$AZOPENAI_SPEC_MIRROR`` (a folder holding
``inference.json``, or the file itself) when set, else the pinned upstream URL; when neither is given
and the committed file already matches the pin, nothing is fetched. Nothing is written unless the
bytes match the pinned sha256.

``--verify`` (``make generate``, ``make check-generated``): exit 1 unless the committed file matches
the pin.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
PIN = json.loads((HERE / "pin.json").read_text())
TARGET = HERE / "inference.json"


def _read_source() -> tuple[bytes, str]:
    mirror = os.environ.get("AZOPENAI_SPEC_MIRROR")
    if mirror:
        path = Path(mirror)
        if path.is_dir():
            path = path / "inference.json"
        if not path.is_file():
            raise SystemExit(f"make spec: AZOPENAI_SPEC_MIRROR points at {path}, which is not a file")
        return path.read_bytes(), str(path)
    try:
        with urllib.request.urlopen(PIN["url"], timeout=60) as response:
            return response.read(), PIN["url"]
    except OSError as exc:
        raise SystemExit(
            f"make spec: cannot download {PIN['url']} ({exc}); set AZOPENAI_SPEC_MIRROR to a local copy"
        ) from None


def _committed_digest() -> str | None:
    return hashlib.sha256(TARGET.read_bytes()).hexdigest() if TARGET.is_file() else None


def verify() -> None:
    digest = _committed_digest()
    if digest != PIN["sha256"]:
        found = "missing" if digest is None else f"sha256 {digest}"
        raise SystemExit(
            f"spec/inference.json ({found}) does not match the pin in spec/pin.json (sha256 {PIN['sha256']}): "
            "run `make spec` after changing the pin"
        )


def main() -> None:
    if "--verify" in sys.argv[1:]:
        verify()
        return
    if not os.environ.get("AZOPENAI_SPEC_MIRROR") and _committed_digest() == PIN["sha256"]:
        print(f"spec/inference.json: {PIN['api_version']} already matches the pin (sha256 ok)")
        return
    data, source = _read_source()
    digest = hashlib.sha256(data).hexdigest()
    if digest != PIN["sha256"]:
        raise SystemExit(
            f"make spec: refusing {source}: sha256 is {digest}, the pin in spec/pin.json says {PIN['sha256']}"
        )
    tmp = TARGET.with_suffix(".json.tmp")
    tmp.write_bytes(data)
    tmp.replace(TARGET)
    print(f"spec/inference.json: {PIN['api_version']} from {source} (sha256 ok)")


if __name__ == "__main__":
    try:
        main()
    except SystemExit as exc:
        if isinstance(exc.code, str):
            print(exc.code, file=sys.stderr)
            sys.exit(1)
        raise
