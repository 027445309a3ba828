"""What the editor shows about one video: scenes, latest export, the chat with its running jobs."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ozor.accounts import credits
from ozor.agent import trace
from ozor.api import presenters
from ozor.api.schemas import VideoDetail
from ozor.context import AppContext
from ozor.db.models import Export, Job, Message, Video
from ozor.db.statuses import ACTIVE_EXPORT, JobStatus
from ozor.db.timefmt import aware
from ozor.jobs.service import FINISHED
from ozor.scene.models import Project, Scene, TextElement
from ozor.scene.timing import total_duration
from ozor.videos import projects, stills

AGENT_KINDS = ("generate", "message")


@dataclass(frozen=True)
class ChatItem:
    role: str  # user | assistant | error
    text: str
    at: datetime


@dataclass(frozen=True)
class SceneCard:
    number: int
    scene: Scene
    headline: str
    narration: str


@dataclass
class Workspace:
    video: Video
    project: Project | None
    detail: VideoDetail
    chat: list[ChatItem] = field(default_factory=list)
    running: Job | None = None  # the agent turn in progress, if any
    export_progress: dict | None = None  # the export job's {"step", "detail", "pct"} while it renders
    stills: dict[str, str | None] = field(default_factory=dict)  # scene id → still URL, None until drawn
    drawing_stills: bool = False
    trace: dict = field(default_factory=dict)  # the spec's tool-trace body
    balance: int = 0  # the account's available credits (turns hold theirs while they run)

    @property
    def stills_missing(self) -> bool:
        return None in self.stills.values()

    @property
    def scenes(self) -> list[SceneCard]:
        if self.project is None:
            return []
        return [
            SceneCard(i + 1, s, _headline(s), s.narration.text if s.narration else "")
            for i, s in enumerate(self.project.scenes)
        ]

    @property
    def duration(self) -> float:
        return total_duration(self.project) if self.project else 0.0

    @property
    def summary(self) -> str:
        made = "made with the API" if self.video.created_via == "api" else "made on the web"
        if self.project is None:
            return f"The agent is building the scenes · {made}"
        n = len(self.project.scenes)
        return f"{n} scene{'' if n == 1 else 's'} · {self.duration:.1f} s · {self.project.aspect} · {made}"

    @property
    def exporting(self) -> bool:
        return self.detail.export_status in ACTIVE_EXPORT

    @property
    def busy(self) -> bool:
        """Something will change without the user doing anything: the page keeps polling."""
        return self.running is not None or self.exporting or self.drawing_stills


def _headline(scene: Scene) -> str:
    texts = [e for e in scene.elements if isinstance(e, TextElement)]
    heading = next((e for e in texts if e.role == "heading"), texts[0] if texts else None)
    return heading.text if heading else ""


def _chat(session: Session, video: Video) -> tuple[list[ChatItem], Job | None]:
    messages = list(
        session.scalars(
            select(Message)
            .where(Message.conversation_id == video.conversation_id)
            .order_by(Message.created_at, Message.id)
        )
    )
    jobs = list(
        session.scalars(
            select(Job).where(Job.video_id == video.id, Job.kind.in_(AGENT_KINDS)).order_by(Job.created_at)
        )
    )
    answered = {m.job_id for m in messages if m.role == "assistant" and m.job_id}
    items = [ChatItem(m.role, m.text, aware(m.created_at)) for m in messages if m.text]
    for job in jobs:
        if job.status == JobStatus.FAILED and job.id not in answered:
            items.append(
                ChatItem(
                    "error",
                    job.error or "The agent could not finish.",
                    aware(job.finished_at or job.created_at),
                )
            )
    items.sort(key=lambda item: item.at)
    running = next((j for j in reversed(jobs) if j.status not in FINISHED), None)
    return items, running


def load(ctx: AppContext, session: Session, video_id: str, account_id: str) -> Workspace:
    video = projects.owned(session, video_id, account_id)
    detail = presenters.video_detail(ctx.settings, ctx.backends.storage, session, video)
    chat, running = _chat(session, video)
    export = session.get(Export, video.latest_export_id) if video.latest_export_id else None
    job = session.get(Job, export.job_id) if export is not None and export.job_id else None
    progress = job.progress if job is not None and job.status not in FINISHED else None
    ws = Workspace(video, projects.load_project(video), detail, chat, running, progress)
    ws.balance = credits.balance(session, account_id)
    if video.conversation_id:
        ws.trace = trace.tool_trace(session, video.id, video.conversation_id)
    if ws.project is not None:
        storage = ctx.backends.storage
        paths = stills.stills(session, storage, video.account_id, ws.project)
        ws.stills = {
            sid: projects.file_url(ctx.settings, storage, p) if p else None for sid, p in paths.items()
        }
        last = stills.latest_job(session, video.id)
        ws.drawing_stills = last is not None and last.status not in FINISHED
    return ws


def draw_missing_stills(ctx: AppContext, ws: Workspace) -> None:
    """Start a background job for scenes without a still (at most one per video at a time)."""
    if ws.project is None or not ws.stills_missing or ws.drawing_stills:
        return
    with ctx.db.session() as session:
        video = session.get(Video, ws.video.id)
        job = stills.request(session, video) if video is not None else None
    if job is not None:
        ctx.queue.submit(job.id)
        ws.drawing_stills = True
