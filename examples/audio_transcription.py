"""get_audio_transcription: the text spoken in an audio file.

Transcribes ``AOAI_AUDIO_FILE`` (any format Whisper reads: mp3, m4a, wav, flac, ...). Without it, a
one-second 440 Hz tone is written to a temporary WAV file with the standard library and sent instead
(a real Whisper deployment will find no words in it).
"""

import math
import os
import struct
import tempfile
import wave

import azopenai
from _env import target
from azure.core.credentials import AzureKeyCredential


def tone(path: str) -> None:
    with wave.open(path, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16_000)
        out.writeframes(
            b"".join(struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * i / 16_000))) for i in range(16_000))
        )


def main() -> None:
    aoai = target("WHISPER")
    path = os.environ.get("AOAI_AUDIO_FILE", "")
    if not os.path.exists(path):
        path = os.path.join(tempfile.mkdtemp(), "tone.wav")
        tone(path)
    with azopenai.Client(aoai.endpoint, AzureKeyCredential(aoai.api_key)) as client:
        # `text` returns just the text; json, srt, vtt and verbose_json (with segments) work the same way.
        resp = client.get_audio_transcription(deployment=aoai.deployment, file=path, response_format="text")
    print(f"Transcribed text of {os.path.basename(path)}: {resp.text.strip()}")


if __name__ == "__main__":
    main()
