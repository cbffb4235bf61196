"""Fetch the pinned spec into ``spec/inference.json``, verifying its sha256.

Source: ``$AZOPENAI_SPEC_MIRROR`` (a folder holding ``inference.json``, or the file itself) when set,
else the pinned upstream URL. Nothing is written unless the bytes match the pinned sha256.
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


def main() -> None:
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
