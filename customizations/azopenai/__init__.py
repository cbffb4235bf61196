"""Azure OpenAI client."""
