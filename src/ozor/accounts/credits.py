"""The credit ledger: append-only entries with holds, idempotent by reference.

The available balance lives on the account row and changes only in the same transaction as a
ledger entry, through a conditional UPDATE, so it can never go below zero under concurrency.
A (kind, ref) unique constraint makes reserve, capture and release idempotent: a retried job never
charges twice and a failed one never charges.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ozor.db import affected
from ozor.db.models import Account, CreditEntry
from ozor.errors import InsufficientCredits

# What each action costs; the spec's section 4.
COST_GENERATE = 1
COST_MESSAGE = 1
COST_ANALYZE = 1


def plan_generation_cost(voiceover_scenes: int) -> int:
    return voiceover_scenes // 2


def credits_word(n: int) -> str:
    return f"{n} credit" if n == 1 else f"{n} credits"


def balance(session: Session, account_id: str) -> int:
    return session.scalar(select(Account.balance).where(Account.id == account_id)) or 0


def _entry(session: Session, entry: CreditEntry) -> bool:
    """Insert a ledger entry; False when one with the same (kind, ref) exists already."""
    try:
        with session.begin_nested():
            session.add(entry)
        return True
    except IntegrityError:
        return False


def _find(session: Session, kind: str, ref: str) -> CreditEntry | None:
    return session.scalar(select(CreditEntry).where(CreditEntry.kind == kind, CreditEntry.ref == ref))


def grant(session: Session, account_id: str, amount: int, *, note: str, ref: str | None = None) -> None:
    """Add credits (sign-up, operator grant)."""
    if amount <= 0:
        raise ValueError("a grant must be positive")
    if _entry(session, CreditEntry(account_id=account_id, kind="grant", amount=amount, ref=ref, note=note)):
        session.execute(
            update(Account).where(Account.id == account_id).values(balance=Account.balance + amount)
        )


def reserve(session: Session, account_id: str, cost: int, ref: str, *, note: str | None = None) -> None:
    """Hold `cost` credits for `ref`; 402 naming the cost and balance when short. Idempotent."""
    if cost <= 0:
        return
    taken = affected(
        session,
        update(Account)
        .where(Account.id == account_id, Account.balance >= cost)
        .values(balance=Account.balance - cost),
    )
    if not taken:
        if _find(session, "hold", ref) is not None:
            return  # a retry of a reservation that already holds its credits
        have = balance(session, account_id)
        raise InsufficientCredits(
            f"Insufficient credits: this costs {credits_word(cost)} and your balance is {have}. "
            "Please add more to continue."
        )
    if not _entry(session, CreditEntry(account_id=account_id, kind="hold", amount=-cost, ref=ref, note=note)):
        # Already held for this ref: give back what this call took.
        session.execute(
            update(Account).where(Account.id == account_id).values(balance=Account.balance + cost)
        )


def capture(session: Session, ref: str) -> None:
    """Make the hold for `ref` final. Idempotent; a released hold stays released."""
    hold = _find(session, "hold", ref)
    if hold is None or _find(session, "release", ref) is not None:
        return
    _entry(
        session, CreditEntry(account_id=hold.account_id, kind="capture", amount=0, ref=ref, note=hold.note)
    )


def release(session: Session, ref: str) -> None:
    """Return the hold for `ref` to the balance. Idempotent; a captured hold stays captured."""
    hold = _find(session, "hold", ref)
    if hold is None or _find(session, "capture", ref) is not None:
        return
    if _entry(session, CreditEntry(account_id=hold.account_id, kind="release", amount=-hold.amount, ref=ref)):
        session.execute(
            update(Account).where(Account.id == hold.account_id).values(balance=Account.balance - hold.amount)
        )


def charge(session: Session, account_id: str, cost: int, ref: str, *, note: str | None = None) -> None:
    """An immediate charge: reserve and capture in one transaction."""
    reserve(session, account_id, cost, ref, note=note)
    capture(session, ref)


@dataclass(frozen=True)
class LedgerLine:
    kind: str
    amount: int
    ref: str | None
    note: str | None
    created_at: object


def history(session: Session, account_id: str, limit: int = 100) -> list[LedgerLine]:
    rows = session.scalars(
        select(CreditEntry)
        .where(CreditEntry.account_id == account_id)
        .order_by(CreditEntry.id.desc())
        .limit(limit)
    )
    return [LedgerLine(r.kind, r.amount, r.ref, r.note, r.created_at) for r in rows]


def held(session: Session, account_id: str) -> int:
    """Credits currently on hold (reserved by running jobs, neither captured nor released)."""
    holds = session.scalars(
        select(CreditEntry).where(CreditEntry.account_id == account_id, CreditEntry.kind == "hold")
    ).all()
    settled = set(
        session.scalars(
            select(CreditEntry.ref).where(
                CreditEntry.account_id == account_id, CreditEntry.kind.in_(("capture", "release"))
            )
        )
    )
    return sum(-h.amount for h in holds if h.ref not in settled)
