"""`make bench`: azopenai, openai and raw httpx measured on the same canned loopback workload."""
