"""Version history (additive): list a video's versions, read one, compare two, restore one."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from ozor.api.deps import Ctx, OwnedVideo
from ozor.videos import projects, versions

MAX_VERSION = 2**31 - 1  # the column's range: a larger number is a 400, not a database error
Number = Annotated[int, Path(ge=1, le=MAX_VERSION)]

router = APIRouter(prefix="/api/v1/videos/{video_id}/versions", tags=["versions"])


@router.get("")
def list_versions(video: OwnedVideo, ctx: Ctx) -> dict[str, Any]:
    """Newest first; `current` is the version the video holds now."""
    with ctx.db.reader() as session:
        rows = versions.history(session, video.id)
    return {"videoId": video.id, "current": video.version, "versions": [versions.summary(v) for v in rows]}


@router.get("/{number}")
def get_version(number: Number, video: OwnedVideo, ctx: Ctx) -> dict[str, Any]:
    """One version with its whole scene graph."""
    with ctx.db.reader() as session:
        row = versions.get(session, video.id, number)
    return {"videoId": video.id, **versions.summary(row), "project": row.project}


@router.get("/{number}/diff")
def diff_version(
    number: Number,
    video: OwnedVideo,
    ctx: Ctx,
    against: Annotated[int | None, Query(ge=1, le=MAX_VERSION)] = None,
) -> dict[str, Any]:
    """What changed from `against` (default: the version before) to `number`: `changes` in words,
    `patch` as RFC 6902 JSON Patch."""
    with ctx.db.reader() as session:
        return versions.diff(session, video.id, number, against)


@router.post("/{number}/restore")
def restore_version(number: Number, video: OwnedVideo, ctx: Ctx) -> dict[str, Any]:
    """The version's project becomes a new, current version; nothing in the history is lost."""
    with ctx.db.session() as session:
        row = versions.restore(session, projects.reloaded(session, video.id, for_update=True), number)
        return {"videoId": video.id, **versions.summary(row)}
