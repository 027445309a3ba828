"""ozor.adapters.storage."""
