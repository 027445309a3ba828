"""Local identity: sign-up, login, refresh (Firebase REST field names)."""

from __future__ import annotations

from fastapi import APIRouter

from ozor.accounts.identity import SignIn
from ozor.api.deps import Ctx
from ozor.api.schemas import Credentials, RefreshRequest, SignInResponse

router = APIRouter(prefix="/api/auth", tags=["auth"])


def _wire(sign_in: SignIn) -> SignInResponse:
    return SignInResponse(
        id_token=sign_in.id_token,
        refresh_token=sign_in.refresh_token,
        expires_in=str(sign_in.expires_in),
        local_id=sign_in.account_id,
        email=sign_in.email,
    )


@router.post("/signup", response_model=SignInResponse, response_model_by_alias=True)
def signup(body: Credentials, ctx: Ctx) -> SignInResponse:
    with ctx.db.session() as session:
        return _wire(ctx.identity.sign_up(session, body.email, body.password))


@router.post("/login", response_model=SignInResponse, response_model_by_alias=True)
def login(body: Credentials, ctx: Ctx) -> SignInResponse:
    with ctx.db.session() as session:
        return _wire(ctx.identity.log_in(session, body.email, body.password))


@router.post("/refresh", response_model=SignInResponse, response_model_by_alias=True)
def refresh(body: RefreshRequest, ctx: Ctx) -> SignInResponse:
    with ctx.db.reader() as session:
        return _wire(ctx.identity.refresh(session, body.refresh_token))
