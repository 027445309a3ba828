"""Settings: API keys (create once-shown, list, revoke with confirmation) and the credit ledger."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from ozor.accounts import api_keys, credits
from ozor.dashboard.pages import redirect, render
from ozor.dashboard.session import FormCsrf, SignedIn, WebUser, app_ctx
from ozor.db.models import ApiKey
from ozor.db.statuses import KeyStatus
from ozor.errors import BadRequest, NotFound

router = APIRouter(prefix="/settings", include_in_schema=False)


def _keys_page(request: Request, user: WebUser, status: int = 200, **extra: object) -> Response:
    ctx = app_ctx(request)
    with ctx.db.reader() as session:
        keys = list(reversed(api_keys.list_keys(session, user.account_id)))
    active = sum(1 for k in keys if k.status == KeyStatus.ACTIVE)
    limit = ctx.settings.max_active_keys
    return render(
        request,
        "settings_keys.html",
        status=status,
        keys=keys,
        active=active,
        limit=limit,
        section="keys",
        **extra,
    )


@router.get("")
def settings_home(request: Request, _user: SignedIn) -> Response:
    return redirect(request, "/settings/api-keys")


@router.get("/api-keys")
def keys_page(request: Request, user: SignedIn, revoked: str | None = None) -> Response:
    notice = None
    if revoked:
        key = _own_key(request, user, revoked)
        notice = f"The key “{key.name}” ({key.prefix}…) is revoked: requests using it now get 401."
    return _keys_page(request, user, notice=notice)


@router.post("/api-keys", dependencies=[FormCsrf])
def create_key(request: Request, user: SignedIn, name: Annotated[str, Form()] = "") -> Response:
    """Renders the raw key straight into this response: it exists in the clear only here, once."""
    ctx = app_ctx(request)
    try:
        with ctx.db.session() as session:
            key, raw = api_keys.create_key(
                session, user.account_id, name, max_active=ctx.settings.max_active_keys
            )
            created = (key.id, key.name)
    except BadRequest as e:
        return _keys_page(request, user, status=400, error=e.detail, name=name)
    return _keys_page(request, user, created_id=created[0], created_name=created[1], raw_key=raw)


def _own_key(request: Request, user: WebUser, key_id: str) -> ApiKey:
    with app_ctx(request).db.reader() as session:
        key = session.get(ApiKey, key_id)
    if key is None or key.account_id != user.account_id:
        raise NotFound(f"API key {key_id} not found")
    return key


@router.get("/api-keys/{key_id}/revoke")
def confirm_revoke(request: Request, user: SignedIn, key_id: str) -> Response:
    return render(request, "confirm_revoke.html", key=_own_key(request, user, key_id), section="keys")


@router.post("/api-keys/{key_id}/revoke", dependencies=[FormCsrf])
def revoke_key(request: Request, user: SignedIn, key_id: str) -> Response:
    with app_ctx(request).db.session() as session:
        api_keys.revoke(session, user.account_id, key_id)
    return redirect(request, f"/settings/api-keys?revoked={key_id}")


_KIND = {"grant": "Added", "hold": "Reserved", "capture": "Charged", "release": "Returned"}


@router.get("/credits")
def credits_page(request: Request, user: SignedIn) -> Response:
    with app_ctx(request).db.reader() as session:
        lines = credits.history(session, user.account_id)
        held = credits.held(session, user.account_id)
    return render(request, "settings_credits.html", lines=lines, held=held, kinds=_KIND, section="credits")
