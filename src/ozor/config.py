"""Settings from OZOR_* environment variables: the one place where defaults live."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

GOOGLE_SECURETOKEN_CERTS = (
    "https://www.googleapis.com/robot/v1/metadata/x509/securetoken@system.gserviceaccount.com"
)


class Settings(BaseSettings):
    """Everything configurable; built once by an entry point and passed down."""

    model_config = SettingsConfigDict(env_prefix="OZOR_", extra="ignore", frozen=True)

    data_dir: Path = Path("./ozor-data")
    public_url: str | None = None
    secret_key: str | None = None
    database_url: str | None = None
    broker_url: str | None = None
    storage_url: str | None = None
    s3_endpoint_url: str | None = None

    host: str = "127.0.0.1"
    port: int = 8000

    firebase_project_id: str | None = None
    firebase_certs_url: str = GOOGLE_SECURETOKEN_CERTS

    id_token_ttl_sec: int = 3600
    refresh_token_ttl_days: int = 30
    signup_credits: int = 10
    max_active_keys: int = 5

    workers: int = Field(default_factory=lambda: max(1, os.cpu_count() or 1))
    job_lease_sec: int = 60  # renewed every quarter; a crashed runner's jobs are retried after this
    job_max_attempts: int = 3

    x264_preset: str = "veryfast"
    x264_crf: int = 21
    render_workers: int = Field(
        default_factory=lambda: max(1, os.cpu_count() or 1)
    )  # chunk processes per export
    render_cache_mb: int = 4096  # chunks kept for re-exports after an edit (least recently used go first)
    render_memory_mb: int = 1400  # all render processes of one export together (fewer chunk workers at 4K)

    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_max_steps: int = 16  # model replies per agent turn before the turn fails
    llm_timeout_sec: float = 60.0
    llm_review_rounds: int = 2  # times a turn's changed scenes are checked and problems sent back

    # auto: Kokoro (neural, en/es/fr) with espeak-ng for other languages, Piper where OZOR_PIPER_VOICES
    # names models; or kokoro, espeak, piper, openai.
    tts_engine: str = "auto"
    tts_base_url: str | None = None
    tts_model: str | None = None
    tts_api_key: str | None = None
    piper_voices: str | None = None  # extra Piper models: "marcus=/path/model.onnx,aria=/path/b.onnx"

    document_max_bytes: int = 50 * 2**20
    document_parse_timeout_sec: float = 60.0
    document_parse_memory_mb: int = 2048

    allow_private_fetch: bool = False  # tests only: also lets webhooks reach loopback receivers

    webhook_timeout_sec: float = 15.0
    webhook_retry_base_sec: float = 5.0  # the first retry's delay; each next one doubles (at most 4 h)
    webhook_retry_window_sec: int = 24 * 3600  # retries stop this long after the event

    # Bounds on the work one request can cause (README "Limits").
    max_project_sec: float = 600.0  # a project's total length, checked on save and on export
    max_concurrent_exports: int = 2  # per account; more exports wait in the queue, none is refused
    request_body_timeout_sec: float = 30.0  # a body slower than this is answered 408

    def resolved(self) -> Settings:
        """Fill the derived defaults (absolute data dir, public URL, secret) and return a new Settings."""
        data_dir = self.data_dir.expanduser().resolve()
        data_dir.mkdir(parents=True, exist_ok=True)
        updates: dict[str, object] = {"data_dir": data_dir}
        if not self.public_url:
            updates["public_url"] = f"http://{self.host}:{self.port}"
        else:
            updates["public_url"] = self.public_url.rstrip("/")
        if not self.secret_key:
            updates["secret_key"] = _stored_secret(data_dir)
        if not self.database_url:
            updates["database_url"] = f"sqlite:///{data_dir / 'ozor.db'}"
        return self.model_copy(update=updates)

    @property
    def files_dir(self) -> Path:
        return self.data_dir / "files"


def _stored_secret(data_dir: Path) -> str:
    """A signing secret generated once and kept in the data dir, so tokens survive restarts."""
    path = data_dir / "secret.key"
    if path.exists():
        return path.read_text().strip()
    secret = secrets.token_hex(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(secret)
    return secret


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment, with explicit overrides (CLI flags), resolved."""
    return Settings(**overrides).resolved()  # type: ignore[arg-type]
