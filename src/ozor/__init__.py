"""ozor: a self-hostable implementation of the Ozor video API."""

__version__ = "0.1.0"
