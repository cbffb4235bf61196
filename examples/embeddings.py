"""get_embeddings: vectors for texts, as lists of floats (also when asking for base64 on the wire)."""

import azopenai
from _env import target
from azure.core.credentials import AzureKeyCredential


def main() -> None:
    aoai = target("EMBEDDINGS")
    with azopenai.Client(aoai.endpoint, AzureKeyCredential(aoai.api_key)) as client:
        resp = client.get_embeddings(deployment=aoai.deployment, input=["The food was delicious and the waiter..."])
    for item in resp.data:
        print(f"Got embeddings for input {item.index}: {len(item.embedding)} dimensions, first {item.embedding[:3]}")
    print(f"Tokens used: {resp.usage.total_tokens}")


if __name__ == "__main__":
    main()
