"""`make bench`: azopenai, openai and raw httpx2 measured on the same canned loopback workload."""
