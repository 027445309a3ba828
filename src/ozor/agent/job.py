"""The "generate" and "message" jobs: one agent turn on one video, all or nothing.

The director works on a copy of the project; only a turn that changed something is saved, with its
trace, in the same transaction that completes the job (capturing its credit). A turn that fails,
or changes nothing, leaves the project, the trace and the balance as they were.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ozor.agent import trace
from ozor.agent.director import Call, Director, Turn, Workbench
from ozor.agent.llm import LLMDirector
from ozor.agent.rules.director import RulesDirector
from ozor.agent.tools import Attachment, Env
from ozor.config import Settings
from ozor.db.models import Asset, Job, Video
from ozor.db.statuses import ExportStatus
from ozor.errors import BadRequest, OzorError
from ozor.jobs.context import JobContext
from ozor.jobs.payloads import GeneratePayload, LinkedAttachment, MessagePayload, StoredAttachment
from ozor.media import intake
from ozor.render.assets import refs_of
from ozor.scene.hashing import content_hash
from ozor.scene.models import Project
from ozor.videos import exports, live, projects

UNCHANGED = (
    "That instruction would not change the video, so I left it as it was (no credit was used). "
    "Say what to change, for example: “change the headline of scene 2 to …”, “make it faster”, "
    "“use #FF5500 as the accent”."
)


def director_for(settings: Settings) -> Director:
    """The LLM director when an endpoint is configured, else the offline rules."""
    if settings.llm_base_url:
        return LLMDirector(settings)
    return RulesDirector()


class TurnJob:
    """Generate and message jobs: a failed turn leaves the project and the trace as they were, so
    there is nothing to undo. A generate payload is a message payload with aspect and export."""

    payload_type: type[MessagePayload]

    def __init__(self, payload_type: type[MessagePayload]):
        self.payload_type = payload_type

    def run(self, ctx: JobContext[MessagePayload]) -> str | None:
        return _turn(ctx)

    def on_failure(self, session: Session, job: Job, payload: MessagePayload, error: str) -> None:
        return None


GENERATE = TurnJob(GeneratePayload)
MESSAGE = TurnJob(MessagePayload)


def _turn(ctx: JobContext[MessagePayload]) -> str:
    payload = ctx.payload
    with ctx.db.reader() as session:
        video = _video(session, ctx.job.video_id)
        project, version = projects.load_project(video), video.version
        known = _known_assets(session, video.account_id, project)
    attachments = _attachments(ctx, payload.attachments)
    assets = {**known, **{a.ref: a for a in attachments}}
    aspect = payload.aspect if isinstance(payload, GeneratePayload) else None
    env = Env(aspect=aspect or (project.aspect if project else "16:9"), assets=assets)
    turn = Turn(payload.text, project, aspect=aspect, attachments=tuple(attachments))
    bench = Workbench(project, env, observe=lambda c: _announce_call(ctx, c))
    try:
        reply = director_for(ctx.settings).run(turn, bench)
        if bench.project is None or (
            project is not None and content_hash(bench.project) == content_hash(project)
        ):
            raise BadRequest(UNCHANGED)
    except OzorError as e:
        _keep_attempt(ctx, bench, e.detail)
        raise
    export = None
    with ctx.db.session() as session:
        video = _video(session, ctx.job.video_id)
        if video.version != version:
            raise BadRequest(
                "The video was changed by someone else while I worked on it; nothing was applied. "
                "Send the message again."
            )
        projects.save_project(session, video, bench.project, "agent", job_id=ctx.job.id)
        assert video.conversation_id is not None
        trace.record(session, video.conversation_id, ctx.job.id, bench.steps, reply)
        wanted = payload.export if isinstance(payload, GeneratePayload) else None
        if wanted is not None:
            export = exports.request_export(
                session,
                ctx.settings,
                video,
                quality=wanted.quality,
                is_public=wanted.is_public,
                webhook_url=ctx.job.webhook_url,  # the generate call's webhook also hears of its export
            )
        ctx.complete(session, reply)
    if export is not None and export.job_id and export.status != ExportStatus.COMPLETE:
        ctx.submit(export.job_id)
    return reply


def _keep_attempt(ctx: JobContext[MessagePayload], bench: Workbench, error: str) -> None:
    """A failed turn's tool calls stay in the trace (the project does not change), so anyone can see
    what the director tried and why each call failed."""
    if not bench.calls:
        return
    with ctx.db.session() as session:
        video = _video(session, ctx.job.video_id)
        if video.conversation_id is not None:
            trace.record(session, video.conversation_id, ctx.job.id, bench.steps, error)


def _announce_call(ctx: JobContext[MessagePayload], call: Call) -> None:
    """A tool call on the video's live stream as it happens (the trace is saved with the turn)."""
    data = {"jobId": ctx.job.id, "name": call.name, "args": call.args}
    data |= {"error": call.error} if call.error is not None else {"result": call.result}
    assert ctx.job.video_id is not None
    with ctx.db.session() as session:
        live.publish(session, ctx.job.video_id, "tool.call", data)


def _video(session: Session, video_id: str | None) -> Video:
    video = session.get(Video, video_id) if video_id else None
    if video is None:
        raise BadRequest("The video of this job no longer exists")
    return video


def _known_assets(session: Session, account_id: str, project: Project | None) -> dict[str, Attachment]:
    """Stored images and clips the project already uses (a logo can be moved without re-attaching it)."""
    refs = [r for r in refs_of(project) if r.startswith("asset_")] if project else []
    if not refs:
        return {}
    rows = session.scalars(select(Asset).where(Asset.id.in_(refs), Asset.account_id == account_id))
    return {a.id: _attachment(a) for a in rows if a.kind in ("image", "video")}


def _attachment(asset: Asset) -> Attachment:
    return Attachment(asset.id, asset.kind, asset.width, asset.height, asset.duration_sec)  # type: ignore[arg-type]


def _attachments(
    ctx: JobContext[MessagePayload], sent: list[StoredAttachment | LinkedAttachment]
) -> list[Attachment]:
    """This turn's attachments in the order sent: stored ones looked up, URL ones fetched and stored."""
    out = []
    for item in sent:
        if isinstance(item, StoredAttachment):
            with ctx.db.reader() as session:
                asset = session.get(Asset, item.asset)
            if asset is None:
                raise BadRequest(f"Attachment {item.asset} is no longer stored")
            out.append(_attachment(asset))
            continue
        incoming = intake.Incoming(kind=item.kind, label=item.label, url=item.url, mime_type=item.mime_type)
        media = intake.download(incoming, ctx.settings)
        with ctx.db.session() as session:
            asset = intake.store(session, ctx.backends.storage, ctx.job.account_id, media, source=item.url)
            out.append(_attachment(asset))
    return out
