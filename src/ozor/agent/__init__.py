"""ozor.agent."""
