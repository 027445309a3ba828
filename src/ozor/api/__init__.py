"""ozor.api."""
