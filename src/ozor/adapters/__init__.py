"""Adapters: the narrow interfaces (base.py) and one module per engine; only backends.py picks them."""
