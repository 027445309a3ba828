"""ozor.voices."""
