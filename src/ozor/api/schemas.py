"""Wire models: the spec's camelCase JSON shapes, built from snake_case Python."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel


class Wire(BaseModel):
    """Accepts and emits the spec's camelCase names; unknown request fields are ignored."""

    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="ignore")


# --- auth (Firebase REST names) -------------------------------------------------------------
class Credentials(Wire):
    email: str = Field(min_length=3, max_length=320)
    password: str = Field(min_length=1, max_length=1024)


class RefreshRequest(Wire):
    refresh_token: str = Field(min_length=1, max_length=1024)


class SignInResponse(Wire):
    id_token: str
    refresh_token: str
    expires_in: str  # Firebase sends seconds as a string
    local_id: str
    email: str | None = None


# --- API keys -------------------------------------------------------------------------------
class CreateKeyRequest(Wire):
    name: str = Field(min_length=1, max_length=64)


class CreatedKey(Wire):
    key_id: str
    name: str
    prefix: str
    raw_key: str
    created_at: int


class KeyInfo(Wire):
    key_id: str
    name: str
    prefix: str
    status: str
    created_at: int
    last_used_at: int | None


class Message(Wire):
    message: str


# --- credits --------------------------------------------------------------------------------
class Balance(Wire):
    balance: int
    held: int = 0


# --- videos ---------------------------------------------------------------------------------
class VideoSummary(Wire):
    video_id: str
    title: str
    status: str
    editor_url: str
    created_at: str


class VideoList(Wire):
    videos: list[VideoSummary]


class VideoDetail(VideoSummary):
    """Export fields appear only once an export was triggered (dumped with exclude_unset)."""

    conversation_id: str | None = None
    export_id: str | None = None
    export_status: str | None = None
    download_url: str | None = None
    share_url: str | None = None
    share_code: str | None = None
    thumbnail_url: str | None = None
    export_error: str | None = None


# --- exports --------------------------------------------------------------------------------
class ExportRequest(Wire):
    quality: Literal["720p", "1080p", "4k"] = "1080p"
    is_public: bool = False


class ExportResponse(Wire):
    """The spec's four fields; a cached (complete) export also carries its URLs. A request never
    returns a failed export (it starts a new one), so exportError is declared but not sent."""

    video_id: str
    export_id: str
    export_status: str
    share_code: str | None = None
    download_url: str | None = None
    share_url: str | None = None
    thumbnail_url: str | None = None
    export_error: str | None = None


# --- agent (generate, message, jobs, tool trace) --------------------------------------------
class ChatImage(Wire):
    url: str | None = Field(None, max_length=4000)
    base64: str | None = None
    mime_type: str | None = Field(None, max_length=100)


class ChatVideo(ChatImage):
    duration_sec: float | None = Field(None, ge=0)
    thumbnail_url: str | None = Field(None, max_length=4000)


class GenerateRequest(Wire):
    prompt: str = Field(min_length=1, max_length=2000)
    aspect: Literal["16:9", "9:16"] | None = None  # None: 16:9 unless the prompt asks for vertical
    export: bool = False
    export_quality: Literal["720p", "1080p", "4k"] = "720p"
    export_is_public: bool = False
    images: list[ChatImage] = Field(default_factory=list)
    videos: list[ChatVideo] = Field(default_factory=list)


class MessageRequest(Wire):
    message: str = Field(min_length=1, max_length=2000)
    images: list[ChatImage] = Field(default_factory=list)
    videos: list[ChatVideo] = Field(default_factory=list)


class JobAccepted(Wire):
    video_id: str
    job_id: str
    status: str
    conversation_id: str | None = None


class JobStatus(Wire):
    """`response` only once completed, `error` only once failed (dumped with exclude_unset)."""

    video_id: str
    job_id: str
    status: str
    response: str | None = None
    error: str | None = None
    created_at: str
    conversation_id: str | None = None


class TraceCall(Wire):
    """A tool the agent called; `result` or `error` (additive) says what came of it."""

    name: str
    args: dict[str, Any]
    result: str | None = None
    error: str | None = None


class TraceMessage(Wire):
    message_id: str
    created_at: str
    text_preview: str
    tool_calls: list[TraceCall]


class ToolTrace(Wire):
    video_id: str
    conversation_id: str
    total_assistant_turns: int
    total_tool_calls: int
    messages: list[TraceMessage]


# --- documents (spec section 7) -------------------------------------------------------------
class PlanImageRef(Wire):
    storage_path: str
    url: str


class PlanSceneView(Wire):
    order: int
    scene_title: str
    scene_prompt: str
    voiceover_text: str
    image_refs: list[PlanImageRef] = []
    key_points: list[str] = []


class PlanStyle(Wire):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="allow")

    colors: list[str] = []
    fonts: list[str] = []
    tone: str | None = None
    layout: str | None = None


class PlanVoiceSettings(Wire):
    voice_id: str | None = None
    speaking_style: str | None = None
    speaking_rate: float = 1.0


class PlanView(Wire):
    plan_id: str
    file_name: str | None
    file_type: str
    source_url: str | None
    aspect_ratio: str
    status: str
    language: str
    style: PlanStyle
    scenes: list[PlanSceneView]
    project_id: str | None
    error: str | None
    created_at: int  # epoch seconds, as the spec's plans use
    updated_at: int
    created_via: str
    credits_cost: int
    voice_settings: PlanVoiceSettings = PlanVoiceSettings()  # additive


class PlanEnvelope(Wire):
    plan: PlanView


class VoiceView(Wire):
    id: str
    label: str
    gender: str
    character: str


class VoiceList(Wire):
    voices: list[VoiceView]
