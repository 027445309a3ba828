"""Settings → Webhooks: the account's default URL, its signing secret (rotate), and the delivery log."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from ozor.dashboard.pages import redirect, render
from ozor.dashboard.session import FormCsrf, SignedIn, WebUser, app_ctx
from ozor.errors import BadRequest
from ozor.webhooks import accounts
from ozor.webhooks.delivery import delivery_log
from ozor.webhooks.signing import PREFIX

router = APIRouter(prefix="/settings/webhooks", include_in_schema=False)
EVENTS = ("job.completed", "job.failed", "export.completed", "export.failed", "plan.generated")


def _page(request: Request, user: WebUser, status: int = 200, **extra: object) -> Response:
    ctx = app_ctx(request)
    with ctx.db.session() as session:  # the secret is made on first view
        row = accounts.settings_of(session, user.account_id)
        grace = row.previous_until if len(accounts.signing_secrets(row)) > 1 else None
        settings = {"url": row.default_url or "", "secret": row.secret, "grace_until": grace}
        deliveries = delivery_log(session, user.account_id)
    return render(
        request,
        "settings_webhooks.html",
        status=status,
        section="webhooks",
        deliveries=deliveries,
        events=EVENTS,
        prefix=PREFIX,
        **settings,
        **extra,
    )


@router.get("")
def webhooks_page(request: Request, user: SignedIn, notice: str | None = None) -> Response:
    notices = {"saved": "Saved.", "rotated": "A new secret is in use; the old one still signs for 24 hours."}
    return _page(request, user, notice=notices.get(notice or ""))


@router.post("", dependencies=[FormCsrf])
def save_url(request: Request, user: SignedIn, url: Annotated[str, Form()] = "") -> Response:
    ctx = app_ctx(request)
    try:
        with ctx.db.session() as session:
            accounts.set_default_url(
                session, user.account_id, url, allow_private=ctx.settings.allow_private_fetch
            )
    except BadRequest as e:
        return _page(request, user, status=400, error=e.detail)
    return redirect(request, "/settings/webhooks?notice=saved")


@router.post("/rotate", dependencies=[FormCsrf])
def rotate_secret(request: Request, user: SignedIn) -> Response:
    with app_ctx(request).db.session() as session:
        accounts.rotate(session, user.account_id)
    return redirect(request, "/settings/webhooks?notice=rotated")
