"""Request dependencies: the app context, the two ways of authenticating, and owned resources."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated, Any, ParamSpec, Protocol, TypeVar

from fastapi import Depends, Header, Request
from starlette.concurrency import run_in_threadpool

from ozor.accounts import api_keys
from ozor.context import AppContext
from ozor.db.models import Plan, Video
from ozor.documents import plans
from ozor.errors import Unauthorized
from ozor.videos import projects
from ozor.webhooks import accounts

P = ParamSpec("P")
T = TypeVar("T")


async def get_ctx(request: Request) -> AppContext:
    """Async on purpose: a plain `def` dependency costs a threadpool round trip per request."""
    return request.app.state.ctx


Ctx = Annotated[AppContext, Depends(get_ctx)]


@dataclass(frozen=True)
class Caller:
    account_id: str
    key_id: str | None = None


async def api_key_caller(request: Request, x_api_key: Annotated[str | None, Header()] = None) -> Caller:
    """`/api/v1/*`: the account behind a valid, active X-API-Key, read afresh on every request.

    The polling path's dependencies take the context from the request rather than `Ctx`: every
    dependency FastAPI solves costs more than the database read itself.
    """
    ctx: AppContext = request.app.state.ctx
    key = await point_read(ctx, api_keys.lookup, ctx.db.points, x_api_key)
    if key.needs_touch:  # at most once a minute per key: a write, so off the event loop
        await run_in_threadpool(_touch, ctx, key.key_id)
    return Caller(key.account_id, key.key_id)


def _touch(ctx: AppContext, key_id: str) -> None:
    with ctx.db.session() as session:
        api_keys.touch(session, key_id)


async def point_read(ctx: AppContext, read: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """A point read (db/points.py) on the polling path. On SQLite it takes tens of microseconds, less
    than a hop to the threadpool and back, so it runs right here; PostgreSQL's go over the network,
    so they run in the threadpool."""
    if ctx.db.is_sqlite:
        return read(*args, **kwargs)
    return await run_in_threadpool(read, *args, **kwargs)


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


def webhook_target(ctx: AppContext, url: str | None) -> str | None:
    """A request's webhookUrl, checked against the safe fetcher's address rules (400 if refused)."""
    return accounts.check_url(url, allow_private=ctx.settings.allow_private_fetch) if url else None


ApiCaller = Annotated[Caller, Depends(api_key_caller)]
TokenCaller = Annotated[Caller, Depends(token_caller)]


class Account(Protocol):
    """Whoever a request acts for: an API key's caller or a signed-in web user."""

    @property
    def account_id(self) -> str: ...


def video_owner(caller: Callable[..., Any]) -> Callable[..., Awaitable[Video]]:
    """A dependency: the path's video if `caller` owns it (its row without the scene graph, so
    polling stays cheap); 404 when it does not exist, 403 when it is another account's."""

    async def owned_video(video_id: str, request: Request, who: Account = Depends(caller)) -> Video:  # noqa: B008
        ctx: AppContext = request.app.state.ctx
        return await point_read(ctx, projects.owned_status, ctx.db.points, video_id, who.account_id)

    return owned_video


def plan_owner(caller: Callable[..., Any]) -> Callable[..., Plan]:
    """A dependency: the path's plan if `caller` owns it; 404 / 403 otherwise."""

    def owned_plan(plan_id: str, ctx: Ctx, who: Account = Depends(caller)) -> Plan:  # noqa: B008
        with ctx.db.reader() as session:
            return plans.owned(session, plan_id, who.account_id)

    return owned_plan


OwnedVideo = Annotated[Video, Depends(video_owner(api_key_caller))]
OwnedPlan = Annotated[Plan, Depends(plan_owner(api_key_caller))]
