"""``python -m azopenai.emulator``: serve the emulator on 127.0.0.1 until Ctrl-C."""

from __future__ import annotations

import argparse
import sys

from ._app import Emulation, Settings
from ._faults import FaultSyntaxError, parse_fault
from ._server import bind, server
from ._spec import SpecNotFoundError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m azopenai.emulator", description=__doc__)
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    parser.add_argument("--api-key", help="the only API key accepted (default: any non-empty key)")
    parser.add_argument("--bearer-token", help="the only Entra ID token accepted (default: any non-empty token)")
    parser.add_argument("--fault", help="a fault for every request, e.g. '429;retry-after-ms=500' or 'slow;delay=1'")
    parser.add_argument(
        "--spec", help="an inference.json to serve (default: $AZOPENAI_SPEC, else the spec azopenai was generated from)"
    )
    parser.add_argument("--quiet", action="store_true", help="do not log each request")
    args = parser.parse_args(argv)
    if args.fault:
        try:
            [parse_fault(part) for part in args.fault.split(",")]
        except FaultSyntaxError as exc:
            parser.error(str(exc))
    settings = Settings(api_key=args.api_key, bearer_token=args.bearer_token, fault=args.fault, spec_path=args.spec)
    try:
        emulation = Emulation(settings)
    except SpecNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    sock = bind(args.port)
    url = "http://{}:{}".format(*sock.getsockname()[:2])
    key = args.api_key or "any non-empty key"
    print(f"Azure OpenAI emulator (API {emulation.spec.api_version}) listening on {url}")
    print(f"  Azure endpoint:  {url}        api-key: {key}")
    print(f"  OpenAI endpoint: {url}/v1     Authorization: Bearer <key>")
    print(f"  e.g. AOAI_ENDPOINT={url} AOAI_API_KEY={args.api_key or 'any-key'} python examples/chat_completions.py")
    print("Press Ctrl-C to stop.", flush=True)
    server(emulation, log_level="info", access_log=not args.quiet).run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
