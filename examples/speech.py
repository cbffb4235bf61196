"""generate_speech_from_text: text to speech, saved to a file.

Writes ``AOAI_SPEECH_FILE`` (default ``speech.flac`` in the current directory).
"""

import os

import azopenai
from _env import target
from azure.core.credentials import AzureKeyCredential


def main() -> None:
    aoai = target("TTS")
    path = os.environ.get("AOAI_SPEECH_FILE", "speech.flac")
    with azopenai.Client(aoai.endpoint, AzureKeyCredential(aoai.api_key)) as client:
        # The audio is streamed from the open connection; the `with` block releases it.
        with client.generate_speech_from_text(
            deployment=aoai.deployment, input="i am a computer", voice="alloy", response_format="flac"
        ) as audio:
            audio.stream_to_file(path)
    print(f"Got {os.path.getsize(path)} bytes of FLAC audio, saved to {path}")


if __name__ == "__main__":
    main()
