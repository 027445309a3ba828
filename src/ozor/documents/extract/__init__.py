"""ozor.documents.extract."""
