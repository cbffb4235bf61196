"""Measurements that need a fresh process; each prints its numbers, space-separated.

``python -m bench.child MODE ARGS``, MODE being one of:

- ``import MODULE``: seconds to import MODULE;
- ``first CLIENT URL``: seconds to import, build the client and get one chat completion;
- ``concurrent CLIENT URL N BATCHES``: for each of BATCHES batches of N chat completions gathered at
  once on the async client, after two warm-up batches: its wall seconds and this process's CPU seconds
  per request;
- ``threads CLIENT URL N BATCHES THREADS``: the same with the sync client shared by THREADS threads,
  after one warm-up batch;
- ``upload CLIENT URL BIG SMALL AS``: peak RSS growth (MiB) while transcribing BIG after a warm-up
  with SMALL, both passed AS an open file object (``file``) or a path (``path``).

Exit status 3: the client has no such call (``Unavailable``).
"""

from __future__ import annotations

import asyncio
import gc
import importlib
import resource
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any


def _import(module: str) -> float:
    start = time.perf_counter()
    importlib.import_module(module)
    return time.perf_counter() - start


def _first(client: str, url: str) -> float:
    from bench.workloads import SYNC

    start = time.perf_counter()
    SYNC[client](url).chat()
    return time.perf_counter() - start


def _concurrent(client: str, url: str, n: str, batches: str) -> list[float]:
    from bench.workloads import ASYNC

    async def run() -> list[float]:
        adapter = ASYNC[client](url)
        samples = []
        for _ in range(int(batches) + 2):
            gc.collect()
            start, cpu = time.perf_counter(), time.process_time()
            await asyncio.gather(*(adapter.chat() for _ in range(int(n))))
            samples += [time.perf_counter() - start, (time.process_time() - cpu) / int(n)]
        await adapter.close()
        # Warm-up: the first batch opens the connections, the second finds the pool settled
        return samples[4:]

    return asyncio.run(run())


def _threads(client: str, url: str, n: str, batches: str, threads: str) -> list[float]:
    from bench.workloads import SYNC

    adapter = SYNC[client](url)
    samples = []
    with ThreadPoolExecutor(int(threads)) as pool:
        for _ in range(int(batches) + 1):
            gc.collect()
            start, cpu = time.perf_counter(), time.process_time()
            for _ in pool.map(lambda _: adapter.chat(), range(int(n))):
                pass
            samples += [time.perf_counter() - start, (time.process_time() - cpu) / int(n)]
    adapter.close()
    return samples[2:]  # the first batch opens the connections


def _upload(client: str, url: str, big: str, small: str, kind: str) -> float:
    from bench.workloads import SYNC

    adapter = SYNC[client](url)
    transcribe = adapter.transcribe if kind == "file" else adapter.transcribe_path
    transcribe(small)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    transcribe(big)
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return (after - before) / 1024  # ru_maxrss is in KiB on Linux


def main(argv: list[str]) -> None:
    mode, *args = argv
    modes: dict[str, Any] = {
        "import": _import,
        "first": _first,
        "concurrent": _concurrent,
        "threads": _threads,
        "upload": _upload,
    }
    try:
        value = modes[mode](*args)
    except Exception as exc:  # noqa: BLE001 - reported by the parent, which keeps going
        print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(3 if type(exc).__name__ == "Unavailable" else 1)
    print(*value if isinstance(value, list) else [value])


if __name__ == "__main__":
    main(sys.argv[1:])
