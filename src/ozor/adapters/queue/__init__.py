"""ozor.adapters.queue."""
