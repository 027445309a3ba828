"""Creating, finding and locking accounts."""

from __future__ import annotations

import re

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ozor.accounts import credits, passwords
from ozor.db import ids
from ozor.db.models import Account
from ozor.errors import BadRequest, NotFound

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MIN_PASSWORD = 8


def normalise_email(email: str) -> str:
    email = email.strip().lower()
    if not _EMAIL.match(email) or len(email) > 320:
        raise BadRequest("email: not a valid email address")
    return email


def create_account(
    session: Session,
    *,
    email: str | None,
    password: str | None = None,
    firebase_uid: str | None = None,
    signup_credits: int = 0,
) -> Account:
    """A new account with its sign-up grant; 400 if the email is taken."""
    if password is not None and len(password) < MIN_PASSWORD:
        raise BadRequest(f"password: must be at least {MIN_PASSWORD} characters")
    account = Account(
        id=ids.new_id(length=28),
        email=normalise_email(email) if email else None,
        password_hash=passwords.hash_password(password) if password else None,
        firebase_uid=firebase_uid,
    )
    session.add(account)
    try:
        session.flush()
    except IntegrityError:
        session.rollback()
        raise BadRequest("EMAIL_EXISTS: an account with this email already exists") from None
    if signup_credits:
        credits.grant(session, account.id, signup_credits, note="Sign-up credits")
    return account


def by_email(session: Session, email: str) -> Account:
    account = session.scalar(select(Account).where(Account.email == normalise_email(email)))
    if account is None:
        raise NotFound(f"no account with email {email}")
    return account


def lock(session: Session, account_id: str) -> None:
    """Take the account's write lock for the rest of the transaction, portably.

    An UPDATE takes a row lock on PostgreSQL and the write lock on SQLite, so check-then-insert
    sequences (the five-key limit) cannot interleave.
    """
    session.execute(
        update(Account).where(Account.id == account_id).values(lock_version=Account.lock_version + 1)
    )
