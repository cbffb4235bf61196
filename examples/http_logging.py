"""Logging with azure-core: each request and response is logged by azure-core's HttpLoggingPolicy,
with credentials (``api-key``, ``Authorization``) redacted."""

import logging
import sys

import azopenai
from _env import target
from azure.core.credentials import AzureKeyCredential


def main() -> None:
    # azure-core logs requests and responses at INFO on the "azure" logger hierarchy.
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("azure.core.pipeline.policies.http_logging_policy")
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)

    aoai = target("EMBEDDINGS")
    with azopenai.Client(aoai.endpoint, AzureKeyCredential(aoai.api_key)) as client:
        resp = client.get_embeddings(deployment=aoai.deployment, input=["Hello, logs"])
    print(f"Got {len(resp.data)} embedding; the api-key header above is REDACTED")


if __name__ == "__main__":
    main()
