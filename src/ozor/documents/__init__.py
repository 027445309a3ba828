"""ozor.documents."""
