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
  with SMALL, both passed AS an open file object (``file``) or a path (``path``);
- ``streams CLIENT URL N BATCHES``: for each of BATCHES batches of N short chat streams read at once
  on the async client, after one warm-up batch: this process's CPU seconds per chunk;
- ``traced CLIENT URL N ROUNDS``: with the OpenTelemetry SDK set up (a tracer provider whose span
  processor drops every span, a meter provider with an in-memory reader), for each of ROUNDS rounds
  of N chat completions on the sync client, first with azure-core tracing off, then on: CPU seconds
  per request, off and on;
- ``clients CLIENT URL N``: RSS growth (MiB, after a collection) per sync client, over N clients
  each built and used for one chat completion, after one such warm-up client;
- ``connections CLIENT URL N``: RSS growth (MiB, after a collection) of an async client allowed N
  connections after N chat completions gathered at once against the latency server (so N
  connections are opened and pooled), per 1,000 connections, over a warm-up of one completion.

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


def _streams(client: str, url: str, n: str, batches: str) -> list[float]:
    from bench.server import SHORT_STREAM_CHUNKS, stream_text
    from bench.workloads import ASYNC

    expected = (SHORT_STREAM_CHUNKS, stream_text(SHORT_STREAM_CHUNKS))

    async def run() -> list[float]:
        adapter = ASYNC[client](url)
        samples = []
        for _ in range(int(batches) + 1):
            gc.collect()
            cpu = time.process_time()
            results = await asyncio.gather(*(adapter.stream() for _ in range(int(n))))
            samples.append((time.process_time() - cpu) / (int(n) * SHORT_STREAM_CHUNKS))
            if any(result != expected for result in results):
                raise AssertionError("a stream's chunks or text differ from what was sent")
        await adapter.close()
        return samples[1:]  # the first batch opens the connections

    return asyncio.run(run())


def _traced(client: str, url: str, n: str, rounds: str) -> list[float]:
    from azure.core.settings import settings
    from opentelemetry import metrics, trace
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader
    from opentelemetry.sdk.trace import SpanProcessor, TracerProvider

    from bench.workloads import SYNC, Unavailable

    if client == "openai":
        raise Unavailable("openai has no tracing of its own")

    class Drop(SpanProcessor):
        """Spans are made, filled and ended, then dropped: the client's cost without an exporter's."""

    provider = TracerProvider()
    provider.add_span_processor(Drop())
    trace.set_tracer_provider(provider)
    metrics.set_meter_provider(MeterProvider(metric_readers=[InMemoryMetricReader()]))
    adapter = SYNC[client](url)
    samples = []
    for enabled in (False, True):  # warm-up, both ways
        settings.tracing_enabled = enabled
        for _ in range(50):
            adapter.chat()
    for _ in range(int(rounds)):
        for enabled in (False, True):
            settings.tracing_enabled = enabled
            gc.collect()
            cpu = time.process_time()
            for _ in range(int(n)):
                adapter.chat()
            samples.append((time.process_time() - cpu) / int(n))
    adapter.close()
    return samples


def _rss() -> float:
    """This process's resident memory now, in MiB."""
    gc.collect()
    with open("/proc/self/statm") as file:
        pages = int(file.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def _clients(client: str, url: str, n: str) -> float:
    from bench.workloads import SYNC

    kept = [SYNC[client](url)]
    kept[0].chat()
    before = _rss()
    for _ in range(int(n)):
        kept.append(SYNC[client](url))
        kept[-1].chat()
    return (_rss() - before) / int(n)


def _connections(client: str, url: str, n: str) -> float:
    from bench.workloads import ASYNC

    async def run() -> float:
        adapter = ASYNC[client](url, int(n))
        await adapter.chat()
        before = _rss()
        await asyncio.gather(*(adapter.chat() for _ in range(int(n))))
        grown = _rss() - before
        await adapter.close()
        return grown * 1000 / int(n)

    return asyncio.run(run())


def main(argv: list[str]) -> None:
    mode, *args = argv
    modes: dict[str, Any] = {
        "import": _import,
        "first": _first,
        "concurrent": _concurrent,
        "threads": _threads,
        "upload": _upload,
        "streams": _streams,
        "traced": _traced,
        "clients": _clients,
        "connections": _connections,
    }
    try:
        value = modes[mode](*args)
    except Exception as exc:  # noqa: BLE001 - reported by the parent, which keeps going
        print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(3 if type(exc).__name__ == "Unavailable" else 1)
    print(*value if isinstance(value, list) else [value])


if __name__ == "__main__":
    main(sys.argv[1:])
