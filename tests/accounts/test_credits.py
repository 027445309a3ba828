"""The ledger on both databases: holds, idempotency, and no overdraft under concurrency."""

from __future__ import annotations

import threading

import pytest

from ozor.accounts import accounts, credits
from ozor.db import Database
from ozor.errors import InsufficientCredits


@pytest.fixture()
def db(database_url: str):
    database = Database(database_url)
    database.migrate()
    yield database
    database.dispose()


def _account(db: Database, balance: int) -> str:
    with db.session() as s:
        account = accounts.create_account(s, email=None, signup_credits=balance)
        return account.id


def test_reserve_capture_release_are_idempotent(db):
    acc = _account(db, 10)
    with db.session() as s:
        credits.reserve(s, acc, 2, "job_a")
        credits.reserve(s, acc, 2, "job_a")  # a retried acceptance holds once
        credits.reserve(s, acc, 1, "job_b")
    with db.reader() as s:
        assert credits.balance(s, acc) == 7 and credits.held(s, acc) == 3
    with db.session() as s:
        credits.capture(s, "job_a")
        credits.capture(s, "job_a")
        credits.release(s, "job_a")  # captured stays captured
        credits.release(s, "job_b")
        credits.release(s, "job_b")  # released once
        credits.capture(s, "job_b")  # released stays released
    with db.reader() as s:
        assert credits.balance(s, acc) == 8 and credits.held(s, acc) == 0
        kinds = [line.kind for line in credits.history(s, acc)]
    assert sorted(kinds) == ["capture", "grant", "hold", "hold", "release"]


def test_reserve_refuses_short_balance_with_cost_and_balance(db):
    acc = _account(db, 1)
    with db.session() as s, pytest.raises(InsufficientCredits) as e:
        credits.reserve(s, acc, 2, "job_big")
    assert "2 credits" in e.value.detail and "balance is 1" in e.value.detail
    with db.reader() as s:
        assert credits.balance(s, acc) == 1


def test_retry_of_a_held_reservation_at_zero_balance_is_not_a_402(db):
    acc = _account(db, 1)
    with db.session() as s:
        credits.reserve(s, acc, 1, "job_once")
    with db.session() as s:
        credits.reserve(s, acc, 1, "job_once")
    with db.reader() as s:
        assert credits.balance(s, acc) == 0


def test_charge_is_reserve_and_capture_in_one(db):
    acc = _account(db, 3)
    with db.session() as s:
        credits.charge(s, acc, 1, "analyze_1")
        credits.charge(s, acc, 1, "analyze_1")
    with db.reader() as s:
        assert credits.balance(s, acc) == 2 and credits.held(s, acc) == 0


def test_fifty_concurrent_reservations_against_three_credits(db):
    acc = _account(db, 3)
    outcomes: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(50)

    def reserve(i: int) -> None:
        start.wait()
        try:
            with db.session() as s:
                credits.reserve(s, acc, 1, f"job_{i}")
            result = "ok"
        except InsufficientCredits:
            result = "402"
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=reserve, args=(i,)) for i in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcomes.count("ok") == 3 and outcomes.count("402") == 47
    with db.reader() as s:
        assert credits.balance(s, acc) == 0 and credits.held(s, acc) == 3
