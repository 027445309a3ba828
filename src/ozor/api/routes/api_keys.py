"""Key management, authenticated by an ID token: create, list, revoke."""

from __future__ import annotations

from fastapi import APIRouter

from ozor.accounts import api_keys
from ozor.api.deps import Ctx, TokenCaller
from ozor.api.schemas import CreatedKey, CreateKeyRequest, KeyInfo, Message
from ozor.db.models import ApiKey
from ozor.db.timefmt import epoch_ms

router = APIRouter(prefix="/api/api-keys", tags=["api-keys"])


def key_info(key: ApiKey) -> KeyInfo:
    return KeyInfo(
        key_id=key.id,
        name=key.name,
        prefix=key.prefix,
        status=key.status,
        created_at=epoch_ms(key.created_at) or 0,
        last_used_at=epoch_ms(key.last_used_at),
    )


@router.post("", response_model=CreatedKey, response_model_by_alias=True)
def create_key(body: CreateKeyRequest, caller: TokenCaller, ctx: Ctx) -> CreatedKey:
    with ctx.db.session() as session:
        key, raw = api_keys.create_key(
            session, caller.account_id, body.name, max_active=ctx.settings.max_active_keys
        )
        return CreatedKey(
            key_id=key.id,
            name=key.name,
            prefix=key.prefix,
            raw_key=raw,
            created_at=epoch_ms(key.created_at) or 0,
        )


@router.get("", response_model=list[KeyInfo], response_model_by_alias=True)
def list_keys(caller: TokenCaller, ctx: Ctx) -> list[KeyInfo]:
    with ctx.db.reader() as session:
        return [key_info(k) for k in api_keys.list_keys(session, caller.account_id)]


@router.delete("/{key_id}", response_model=Message)
def revoke_key(key_id: str, caller: TokenCaller, ctx: Ctx) -> Message:
    with ctx.db.session() as session:
        api_keys.revoke(session, caller.account_id, key_id)
    return Message(message=f"API key {key_id} revoked")
