"""Background jobs: a table of state, a registry of handlers, a runner shared by every queue."""
