"""Errors: every failure is an azure-core exception; Azure's content filter has its own.

- a wrong key gives ``ClientAuthenticationError`` (an ``HttpResponseError`` with status 401);
- a prompt refused by the content filter gives ``azopenai.ContentFilterError`` (status 400, code
  ``content_filter``) carrying the per-category results.
"""

import azopenai
from _env import target
from azopenai.types import ChatMessageParam
from azure.core.credentials import AzureKeyCredential


def main() -> None:
    aoai = target("CHAT_COMPLETIONS")

    with azopenai.Client(aoai.endpoint, AzureKeyCredential("not-a-valid-key")) as client:
        try:
            client.get_chat_completions(deployment=aoai.deployment, messages=[{"role": "user", "content": "Hi"}])
        except azopenai.HttpResponseError as err:
            print(f"{type(err).__name__}: status {err.status_code}, code {err.error.code if err.error else None}")

    with azopenai.Client(aoai.endpoint, AzureKeyCredential(aoai.api_key)) as client:
        messages: list[ChatMessageParam] = [
            {"role": "system", "content": "You are a helpful assistant."},
            {"role": "user", "content": "How do I rob a bank with violence?"},
        ]
        try:
            resp = client.get_chat_completions(deployment=aoai.deployment, messages=messages, temperature=0.0)
            print(f"Not filtered this time: {resp.choices[0].message.content}")
        except azopenai.ContentFilterError as err:
            print(f"ContentFilterError: status {err.status_code}, code {err.error.code if err.error else None}")
            results = err.content_filter_results
            for category in ("hate", "self_harm", "sexual", "violence"):
                result = getattr(results, category, None) if results else None
                if result:
                    print(f"  {category}: filtered={result.filtered} severity={result.severity}")


if __name__ == "__main__":
    main()
