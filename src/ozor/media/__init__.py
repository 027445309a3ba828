"""ozor.media."""
