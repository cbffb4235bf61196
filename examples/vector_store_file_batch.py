"""A vector store with a file batch, polled: create the store, add files (uploaded beforehand with
purpose ``assistants``; their ids in ``AOAI_ASSISTANTS_FILE_IDS``, comma-separated) as one batch, wait
for the batch with its poller, then list the store's files."""

import azopenai
from _env import require, target
from azure.core.credentials import AzureKeyCredential


def main() -> None:
    aoai = target("ASSISTANTS")
    file_ids = require("AOAI_ASSISTANTS_FILE_IDS")["AOAI_ASSISTANTS_FILE_IDS"].split(",")
    with azopenai.Client(aoai.endpoint, AzureKeyCredential(aoai.api_key)) as client:
        store = client.create_vector_store(name="product-docs", expires_after={"anchor": "last_active_at", "days": 1})
        try:
            poller = client.begin_create_vector_store_file_batch(
                vector_store_id=store.id, file_ids=file_ids, polling_interval=0.5
            )
            print(f"batch status: {poller.status()}")
            batch = poller.result(timeout=300)
            counts = batch.file_counts
            print(f"batch {poller.status()}: {counts.completed} completed, {counts.failed} failed of {counts.total}")
            for file in client.list_vector_store_files(vector_store_id=store.id, order="asc"):
                print(f"file {file.id}: {file.status}")
            print(f"vector store usage: {client.get_vector_store(vector_store_id=store.id).usage_bytes} bytes")
        finally:
            client.delete_vector_store(vector_store_id=store.id)


if __name__ == "__main__":
    main()
