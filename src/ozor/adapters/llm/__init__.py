"""ozor.adapters.llm."""
