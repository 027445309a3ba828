"""Wire models: the spec's camelCase JSON shapes, built from snake_case Python."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from pydantic.alias_generators import to_camel

from ozor.documents.plans import PlanScene, VoiceSettings
from ozor.errors import BadRequest


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
    export_version: int | None = None  # additive: the project version the export rendered


# --- exports --------------------------------------------------------------------------------
WebhookUrl = Annotated[str | None, Field(None, max_length=2000)]  # additive: where the outcome is POSTed


class ExportRequest(Wire):
    quality: Literal["720p", "1080p", "4k"] = "1080p"
    is_public: bool = False
    webhook_url: WebhookUrl = None


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
    export_version: int | None = None  # additive


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
    webhook_url: WebhookUrl = None


class MessageRequest(Wire):
    message: str = Field(min_length=1, max_length=2000)
    images: list[ChatImage] = Field(default_factory=list)
    videos: list[ChatVideo] = Field(default_factory=list)
    webhook_url: WebhookUrl = None


class PlanGenerateRequest(Wire):
    """Optional body of POST /plans/{id}/generate (additive)."""

    webhook_url: WebhookUrl = None


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


class PlanSource(Wire):
    """Where narration comes from: a page (PDF), slide (PPTX) or section (DOCX, web), and the quote."""

    page: int | None = None
    slide: int | None = None
    section: str | None = None
    quote: str


class UnsupportedSentence(Wire):
    order: int
    sentence: str


class Faithfulness(Wire):
    """Narration sentences that no part of the document supports (`supported` when there are none)."""

    supported: bool
    unsupported: list[UnsupportedSentence]


class PlanSceneView(Wire):
    order: int
    scene_title: str
    scene_prompt: str
    voiceover_text: str
    image_refs: list[PlanImageRef] = []
    key_points: list[str] = []
    sources: list[PlanSource] = []  # additive


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
    faithfulness: Faithfulness | None = None  # additive; null for plans analysed before it existed


class ImageRefInput(Wire):
    storage_path: str = Field(min_length=1, max_length=500)
    url: str | None = None


class PlanSceneInput(Wire):
    order: int = Field(ge=0, le=10_000)
    scene_title: str = Field(max_length=200)
    scene_prompt: str = Field(max_length=2000)
    voiceover_text: str = Field(max_length=4000)
    image_refs: list[ImageRefInput] = Field(default_factory=list, max_length=8)
    key_points: list[str] = Field(default_factory=list, max_length=8)


class VoiceSettingsInput(Wire):
    voice_id: str | None = None
    speaking_style: str | None = Field(default=None, max_length=200)
    speaking_rate: float = Field(default=1.0, ge=0.5, le=2.0)

    @model_validator(mode="before")
    @classmethod
    def _blank_voice_is_omitted(cls, data: Any) -> Any:
        """`voiceId: ""` (what form-driven clients send for "none") means omitted, as the spec's "omit
        to auto-select" reads; the plan keeps its voice."""
        if isinstance(data, dict):
            return {
                k: v
                for k, v in data.items()
                if not (k in ("voiceId", "voice_id") and isinstance(v, str) and not v.strip())
            }
        return data


class PlanPatch(Wire):
    scenes: list[PlanSceneInput] | None = Field(default=None, min_length=1, max_length=100)
    voice_settings: VoiceSettingsInput | None = None

    def scene_edits(self) -> list[PlanScene] | None:
        if self.scenes is None:
            return None
        return [
            PlanScene(
                order=s.order,
                title=s.scene_title,
                prompt=s.scene_prompt,
                voiceover=s.voiceover_text,
                image_paths=[r.storage_path for r in s.image_refs],
                key_points=s.key_points,
            )
            for s in self.scenes
        ]

    def voice_edit(self) -> VoiceSettings | None:
        if self.voice_settings is None:
            return None
        return VoiceSettings(**self.voice_settings.model_dump(exclude_unset=True))


def parse_plan_patch(body: Any) -> PlanPatch:
    """A PATCH body the route parsed itself: a 400 naming the first bad field."""
    if not isinstance(body, dict):
        raise BadRequest("Request body: expected a JSON object")
    try:
        patch = PlanPatch.model_validate(body)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise BadRequest(f"{where}: {first['msg']}" if where else str(first["msg"])) from None
    if patch.scenes is None and patch.voice_settings is None:
        raise BadRequest("Nothing to update: send scenes and/or voiceSettings")
    return patch


class PlanEnvelope(Wire):
    plan: PlanView


class VoiceView(Wire):
    id: str
    label: str
    gender: str
    character: str


class VoiceList(Wire):
    voices: list[VoiceView]
