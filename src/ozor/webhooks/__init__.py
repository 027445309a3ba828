"""Signed webhooks: an account's secret and default URL, and the delivery job with its retries."""
