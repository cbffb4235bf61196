"""``make demo``: start the emulator, run every example against it, print each one's output under a
heading, stop the emulator; exit status 1 if any example failed (or skipped for want of a variable).

The environment given to the examples is the one a real Azure resource needs (see README): to run
the same examples for real, export those variables and run ``python examples/<name>.py``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from azopenai.emulator import Emulator, Settings

HERE = Path(__file__).resolve().parent
# in the order of the Go SDK samples; speech runs before transcription, which transcribes its file
EXAMPLES = [
    "client_api_key.py",
    "client_entra_id.py",
    "client_openai.py",
    "chat_completions.py",
    "chat_completions_stream.py",
    "chat_completions_async.py",
    "chat_completions_functions.py",
    "chat_completions_on_your_data.py",
    "completions.py",
    "completions_stream.py",
    "embeddings.py",
    "image_generations.py",
    "speech.py",
    "audio_transcription.py",
    "error_handling.py",
    "http_logging.py",
    "assistants_function_tool.py",
    "vector_store_file_batch.py",
]
DEMO_KEY, DEMO_TOKEN = "emulator-demo-key", "emulator-demo-entra-token"


def environment(emulator: Emulator, scratch: str) -> dict[str, str]:
    """The variables the examples read, pointed at the emulator."""
    models = {
        "CHAT_COMPLETIONS": "gpt-4o",
        "COMPLETIONS": "gpt-35-turbo-instruct",
        "EMBEDDINGS": "text-embedding-ada-002",
        "DALLE": "dall-e-3",
        "WHISPER": "whisper",
        "TTS": "tts-1",
        "ASSISTANTS": "gpt-4o",
    }
    demo = {f"AOAI_{feature}_MODEL": model for feature, model in models.items()}
    demo |= {
        "AOAI_ENDPOINT": emulator.url,
        "AOAI_API_KEY": DEMO_KEY,
        "AOAI_ENTRA_TOKEN": DEMO_TOKEN,
        "OPENAI_ENDPOINT": emulator.openai_url,
        "OPENAI_API_KEY": DEMO_KEY,
        "OPENAI_CHAT_MODEL": "gpt-4o-mini",
        "AOAI_SEARCH_ENDPOINT": "https://search.example.com",
        "AOAI_SEARCH_INDEX": "health-plans",
        "AOAI_SEARCH_API_KEY": "search-key",
        "AOAI_SPEECH_FILE": os.path.join(scratch, "speech.flac"),
        "AOAI_AUDIO_FILE": os.path.join(scratch, "speech.flac"),
        "AOAI_ASSISTANTS_FILE_IDS": "assistant-demo-file-1,assistant-demo-file-2",
    }
    inherited = {k: v for k, v in os.environ.items() if not k.startswith(("AOAI_", "OPENAI_"))}
    return inherited | demo


def main() -> int:
    failed: list[str] = []
    with (
        Emulator(Settings(api_key=DEMO_KEY, bearer_token=DEMO_TOKEN)) as emulator,
        tempfile.TemporaryDirectory() as scratch,
    ):
        print(f"Azure OpenAI emulator on {emulator.url}\n", flush=True)
        env = environment(emulator, scratch)
        for name in EXAMPLES:
            print(f"=== {name} " + "=" * max(3, 70 - len(name)), flush=True)
            started = time.monotonic()
            try:
                run = subprocess.run(
                    [sys.executable, str(HERE / name)],
                    env=env,
                    cwd=scratch,
                    capture_output=True,
                    text=True,
                    timeout=120,
                )
                output, status = run.stdout + run.stderr, run.returncode
            except subprocess.TimeoutExpired:
                output, status = "timed out after 120 s\n", -1
            print(output, end="" if output.endswith("\n") else "\n")
            if status != 0 or "Skipping example" in output:
                failed.append(name)
                print(f"--- FAILED (exit status {status})")
            print(f"--- {time.monotonic() - started:.1f} s\n", flush=True)
    if failed:
        print(f"demo: {len(failed)} of {len(EXAMPLES)} examples failed: {', '.join(failed)}")
        return 1
    print(f"demo: all {len(EXAMPLES)} examples ran against the emulator")
    return 0


if __name__ == "__main__":
    sys.exit(main())
