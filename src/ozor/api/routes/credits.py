"""GET /api/v1/credits: the available balance (plus what running jobs hold)."""

from __future__ import annotations

from fastapi import APIRouter

from ozor.accounts import credits
from ozor.api.deps import ApiCaller, Ctx
from ozor.api.schemas import Balance

router = APIRouter(prefix="/api/v1/credits", tags=["credits"])


@router.get("", response_model=Balance, response_model_by_alias=True)
def get_credits(caller: ApiCaller, ctx: Ctx) -> Balance:
    with ctx.db.reader() as session:
        return Balance(
            balance=credits.balance(session, caller.account_id), held=credits.held(session, caller.account_id)
        )
