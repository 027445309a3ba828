"""The response objects of the Ozor API, field for field as the reference names them (in snake_case)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ozor_client._models import Model

__all__ = [
    "ApiKey",
    "Balance",
    "CreatedApiKey",
    "ExportStarted",
    "ImageRef",
    "Job",
    "JobStarted",
    "Message",
    "Model",
    "Faithfulness",
    "Plan",
    "PlanEvent",
    "PlanScene",
    "PlanStyle",
    "SignIn",
    "ToolCall",
    "Source",
    "ToolTrace",
    "UnsupportedSentence",
    "TraceMessage",
    "Version",
    "VersionDetail",
    "VersionDiff",
    "VersionList",
    "Video",
    "VideoEvent",
    "VideoList",
    "VideoSummary",
    "Voice",
    "VoiceList",
    "VoiceSettings",
]


# --- identity and keys (key timestamps are epoch milliseconds) ------------------------------
class SignIn(Model):
    """POST /api/auth/signup|login|refresh (Firebase REST field names)."""

    id_token: str
    refresh_token: str
    expires_in: str
    local_id: str
    email: str | None


class ApiKey(Model):
    key_id: str
    name: str
    prefix: str
    status: str
    created_at: int
    last_used_at: int | None


class CreatedApiKey(Model):
    """The only answer that carries `raw_key`: store it now."""

    key_id: str
    name: str
    prefix: str
    raw_key: str
    created_at: int


class Message(Model):
    message: str


class Balance(Model):
    """GET /api/v1/credits: spendable credits, plus what running jobs hold."""

    balance: int
    held: int


# --- videos and jobs (ISO-8601 UTC timestamps) ---------------------------------------------
class VideoSummary(Model):
    video_id: str
    title: str
    status: str
    editor_url: str
    created_at: str


class VideoList(Model):
    videos: list[VideoSummary]

    def __iter__(self) -> Iterator[VideoSummary]:
        return iter(self.videos)

    def __len__(self) -> int:
        return len(self.videos)


class Video(VideoSummary):
    """GET /api/v1/videos/{id}; the export fields stay None until an export was triggered."""

    conversation_id: str | None
    export_id: str | None
    export_status: str | None
    download_url: str | None
    share_url: str | None
    share_code: str | None
    thumbnail_url: str | None
    export_error: str | None
    export_version: int | None  # the project version the export rendered


class JobStarted(Model):
    """The answer of generate and message: poll the job with `wait_for_job`."""

    video_id: str
    job_id: str
    status: str
    conversation_id: str | None


class Job(Model):
    video_id: str
    job_id: str
    status: str
    created_at: str
    response: str | None
    error: str | None
    conversation_id: str | None


class ExportStarted(Model):
    """A cache hit comes back `complete` with its URLs set."""

    video_id: str
    export_id: str
    export_status: str
    share_code: str | None
    download_url: str | None
    share_url: str | None
    thumbnail_url: str | None
    export_error: str | None
    export_version: int | None


class VideoEvent(Model):
    """One live event of `videos.events`: `video` (the status now, first), `tool.call`, `job.status`
    or `export.progress`; `id` resumes a stream (`after=`)."""

    event: str
    id: int | None
    data: dict[str, Any]


class Version(Model):
    """One saved state of a video's project (agent turn, PUT, restore, narration)."""

    version: int
    source: str
    job_id: str | None
    restored_from: int | None
    title: str | None
    scenes: int
    created_at: str


class VersionList(Model):
    video_id: str
    current: int
    versions: list[Version]

    def __iter__(self) -> Iterator[Version]:
        return iter(self.versions)

    def __len__(self) -> int:
        return len(self.versions)


class VersionDetail(Version):
    video_id: str
    project: dict[str, Any]


class VersionDiff(Model):
    """What changed from `against` to `version`: `changes` in words, `patch` as RFC 6902 JSON Patch."""

    video_id: str
    version: int
    against: int | None
    changes: list[str]
    patch: list[dict[str, Any]]


class ToolCall(Model):
    """One tool the agent ran; `result` (what it did) or `error` (why it was refused) is additive."""

    name: str
    args: dict[str, Any]
    result: str | None
    error: str | None


class TraceMessage(Model):
    message_id: str
    created_at: str
    text_preview: str
    tool_calls: list[ToolCall]


class ToolTrace(Model):
    video_id: str
    conversation_id: str
    total_assistant_turns: int
    total_tool_calls: int
    messages: list[TraceMessage]


# --- documents (plan timestamps are epoch seconds) -----------------------------------------
class Voice(Model):
    id: str
    label: str
    gender: str
    character: str


class VoiceList(Model):
    voices: list[Voice]

    def __iter__(self) -> Iterator[Voice]:
        return iter(self.voices)

    def __len__(self) -> int:
        return len(self.voices)


class ImageRef(Model):
    storage_path: str
    url: str | None


class Source(Model):
    """Where narration comes from: `page`, `slide` or `section`, and the `quote` of the document."""

    page: int | None
    slide: int | None
    section: str | None
    quote: str


class UnsupportedSentence(Model):
    order: int
    sentence: str


class Faithfulness(Model):
    supported: bool
    unsupported: list[UnsupportedSentence]


class PlanScene(Model):
    """Build one with keyword arguments to replace a plan's scenes: PlanScene(order=1, scene_title=…)."""

    order: int
    scene_title: str
    scene_prompt: str
    voiceover_text: str
    image_refs: list[ImageRef] | None
    key_points: list[str] | None
    sources: list[Source] | None  # read-only: worked out by the server


class PlanStyle(Model):
    colors: list[str]
    fonts: list[str]
    tone: str
    layout: str


class VoiceSettings(Model):
    voice_id: str | None
    speaking_style: str | None
    speaking_rate: float | None


class Plan(Model):
    plan_id: str
    file_name: str | None
    file_type: str | None
    source_url: str | None
    aspect_ratio: str
    status: str
    language: str | None
    style: PlanStyle | None
    scenes: list[PlanScene]
    project_id: str | None
    error: str | None
    created_at: int
    updated_at: int
    created_via: str
    credits_cost: int
    voice_settings: VoiceSettings | None
    faithfulness: Faithfulness | None  # narration sentences with no source in the document


class PlanEvent(Model):
    """One server-sent progress event of plan generation; the last is `done` with `project_id`."""

    step: str
    detail: str
    pct: float
    project_id: str | None
