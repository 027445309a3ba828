"""The five-active-key limit holds under concurrent creation, on both databases."""

from __future__ import annotations

import threading

from ozor.accounts import accounts, api_keys
from ozor.db import Database
from ozor.errors import BadRequest


def test_five_key_limit_under_concurrency(database_url):
    db = Database(database_url)
    db.migrate()
    with db.session() as s:
        acc = accounts.create_account(s, email=None).id
    results: list[str] = []
    barrier = threading.Barrier(12)

    def create(i: int) -> None:
        barrier.wait()
        try:
            with db.session() as s:
                api_keys.create_key(s, acc, f"k{i}", max_active=5)
            results.append("ok")
        except BadRequest:
            results.append("400")

    threads = [threading.Thread(target=create, args=(i,)) for i in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results.count("ok") == 5
    with db.reader() as s:
        keys = api_keys.list_keys(s, acc)
    assert len(keys) == 5 and all(k.status == "active" for k in keys)
    db.dispose()


def test_raw_key_is_stored_only_as_sha256(database_url):
    db = Database(database_url)
    db.migrate()
    with db.session() as s:
        acc = accounts.create_account(s, email=None).id
        key, raw = api_keys.create_key(s, acc, "prod", max_active=5)
    assert raw.startswith("sk_live_") and len(raw) == 40 and raw[8:] == raw[8:].lower()
    with db.reader() as s:
        stored = api_keys.list_keys(s, acc)[0]
    assert stored.key_hash == api_keys.hash_key(raw) and stored.prefix == raw[:12]
    assert raw not in (stored.key_hash, stored.prefix, stored.name)
    db.dispose()
