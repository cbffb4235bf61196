"""get_chat_completions with On Your Data: answers grounded in an Azure AI Search index, with citations.

Needs ``AOAI_SEARCH_ENDPOINT``, ``AOAI_SEARCH_INDEX`` and ``AOAI_SEARCH_API_KEY`` besides the chat variables.
"""

import azopenai
from _env import require, target
from azopenai.types import DataSourceParam
from azure.core.credentials import AzureKeyCredential


def main() -> None:
    aoai = target("CHAT_COMPLETIONS")
    search = require("AOAI_SEARCH_ENDPOINT", "AOAI_SEARCH_INDEX", "AOAI_SEARCH_API_KEY")
    data_source: DataSourceParam = {
        "type": "azure_search",
        "parameters": {
            "endpoint": search["AOAI_SEARCH_ENDPOINT"],
            "index_name": search["AOAI_SEARCH_INDEX"],
            "authentication": {"type": "api_key", "key": search["AOAI_SEARCH_API_KEY"]},
        },
    }
    with azopenai.Client(aoai.endpoint, AzureKeyCredential(aoai.api_key)) as client:
        resp = client.get_chat_completions(
            deployment=aoai.deployment,
            messages=[{"role": "user", "content": "What are my available health plans?"}],
            data_sources=[data_source],
            max_tokens=512,
        )
    message = resp.choices[0].message
    print(f"Content: {message.content}")
    # The documents the answer is based on are in the message's context.
    citations = (message.context.citations if message.context else None) or []
    for number, citation in enumerate(citations, start=1):
        print(f"  [doc{number}] {citation.content[:100]}")


if __name__ == "__main__":
    main()
