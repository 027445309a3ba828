"""ozor.dashboard."""
