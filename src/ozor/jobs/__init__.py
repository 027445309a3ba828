"""Background jobs: typed payloads, the handler of each kind, a runner shared by every queue."""
