"""Accounts, identity, API keys and the credit ledger."""
