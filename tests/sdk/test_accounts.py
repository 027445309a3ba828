"""Sign-in, API-key management and credits through the SDK, against the live server (both clients)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import Any

import pytest
from ozor_client import errors

from tests.sdk.conftest import make_sdk
from tests.support import LiveServer


@pytest.fixture()
def anon(mode: str, server: LiveServer) -> Iterator[Any]:
    yield from make_sdk(mode, server, None)


def test_sign_in_create_use_and_revoke_a_key(anon: Any) -> None:
    email, password = f"sdk-{secrets.token_hex(4)}@example.com", "correct horse battery"
    signed = anon.auth.signup(email, password)
    assert signed.id_token and signed.refresh_token and signed.email == email
    anon.id_token = anon.auth.refresh(anon.auth.login(email, password).refresh_token).id_token

    created = anon.api_keys.create("Production")
    assert created.raw_key.startswith("sk_live_") and len(created.raw_key) == 40
    assert created.prefix == created.raw_key[:12] and created.created_at > 1_600_000_000_000  # epoch ms
    assert created.unknown_fields() == {}

    anon.api_key = created.raw_key
    balance = anon.credits.get()
    assert (balance.balance, balance.held) == (10, 0)

    (listed,) = anon.api_keys.list()
    assert (listed.key_id, listed.status, listed.prefix) == (created.key_id, "active", created.prefix)
    assert listed.last_used_at is not None  # the credits call used it
    assert anon.api_keys.revoke(created.key_id).message == f"API key {created.key_id} revoked"
    assert [k.status for k in anon.api_keys.list()] == ["revoked"]

    with pytest.raises(errors.AuthenticationError) as e:
        anon.credits.get()
    assert e.value.status == 401 and e.value.detail


def test_key_management_errors(anon: Any) -> None:
    with pytest.raises(errors.AuthenticationError):
        anon.api_keys.list()  # no ID token
    anon.id_token = anon.auth.signup(f"sdk-{secrets.token_hex(4)}@example.com", "pw pw pw pw").id_token
    with pytest.raises(errors.BadRequestError):
        anon.api_keys.create("x" * 65)
    with pytest.raises(errors.NotFoundError):
        anon.api_keys.revoke("no-such-key")
    for n in range(5):
        anon.api_keys.create(f"k{n}")
    with pytest.raises(errors.BadRequestError, match="5"):
        anon.api_keys.create("sixth")
    with pytest.raises(errors.BadRequestError, match="INVALID_LOGIN_CREDENTIALS"):  # Firebase's answer
        anon.auth.login("nobody@example.com", "wrong")


def test_a_missing_api_key_is_a_401(anon: Any) -> None:
    with pytest.raises(errors.AuthenticationError):
        anon.videos.list()
