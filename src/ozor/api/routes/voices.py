"""The narration voices (spec section 7) and a listenable sample of each (additive)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from ozor.api.deps import ApiCaller, Ctx
from ozor.api.schemas import VoiceList
from ozor.voices import catalog
from ozor.voices.samples import sample_wav

router = APIRouter(prefix="/api/v1/documents/voices", tags=["documents"])


@router.get("", response_model=VoiceList)
def list_voices(caller: ApiCaller) -> dict[str, list[dict[str, str]]]:
    return {"voices": [v.wire() for v in catalog.VOICES]}


@router.get("/{voice_id}/sample")
async def voice_sample(
    voice_id: str,
    caller: ApiCaller,
    ctx: Ctx,
    language: Annotated[str, Query(min_length=2, max_length=10, pattern=r"^[a-zA-Z-]+$")] = "en",
    rate: Annotated[float, Query(ge=0.5, le=2.0)] = 1.0,
    style: Annotated[str | None, Query(max_length=60)] = None,
) -> Response:
    """A WAV of the voice reading a short sentence (synthesised once in a child process, then cached)."""
    voice = catalog.get(voice_id)
    data = await run_in_threadpool(
        sample_wav, ctx.settings, ctx.backends.storage, voice, language.lower(), rate, style
    )
    return Response(data, media_type="audio/wav", headers={"Cache-Control": "private, max-age=86400"})
