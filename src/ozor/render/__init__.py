"""ozor.render."""
