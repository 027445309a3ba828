"""Request dependencies: the app context and the two ways of authenticating."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, Request

from ozor.accounts import api_keys
from ozor.context import AppContext
from ozor.errors import Unauthorized


async def get_ctx(request: Request) -> AppContext:
    """Async on purpose: a plain `def` dependency costs a threadpool round trip per request."""
    return request.app.state.ctx


Ctx = Annotated[AppContext, Depends(get_ctx)]


@dataclass(frozen=True)
class Caller:
    account_id: str
    key_id: str | None = None


def api_key_caller(ctx: Ctx, x_api_key: Annotated[str | None, Header()] = None) -> Caller:
    """`/api/v1/*`: the account behind a valid, active X-API-Key."""
    with ctx.db.reader() as session:
        key = api_keys.lookup(session, x_api_key)
    if key.needs_touch:
        with ctx.db.session() as session:
            api_keys.touch(session, key.key_id)
    return Caller(key.account_id, key.key_id)


def token_caller(ctx: Ctx, authorization: Annotated[str | None, Header()] = None) -> Caller:
    """Key management: the account behind `Authorization: Bearer <ID token>` (ours or Firebase's)."""
    if not authorization:
        raise Unauthorized("Missing ID token: send Authorization: Bearer <id token>")
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("Malformed Authorization header: expected Bearer <id token>")
    with ctx.db.session() as session:  # a first-seen Firebase user gets an account
        account = ctx.identity.account_for_bearer(session, token.strip())
        return Caller(account.id)


ApiCaller = Annotated[Caller, Depends(api_key_caller)]
TokenCaller = Annotated[Caller, Depends(token_caller)]
