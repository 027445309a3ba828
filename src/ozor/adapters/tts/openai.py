"""Any OpenAI-compatible `/v1/audio/speech` endpoint (OZOR_TTS_BASE_URL, OZOR_TTS_MODEL, OZOR_TTS_API_KEY)."""

from __future__ import annotations

import httpx

from ozor.adapters.tts.base import Speech, SpeechRequest, TTSError, prosody, read_wav

# The catalog's voices on OpenAI's voice names (closest character).
VOICES = {
    "aria": "coral",
    "nova": "nova",
    "felix": "fable",
    "marcus": "echo",
    "thor": "onyx",
    "luna": "shimmer",
    "owen": "ash",
    "sky": "alloy",
}


class OpenAITTS:
    name = "openai"

    def __init__(
        self, base_url: str, model: str | None = None, api_key: str | None = None, timeout: float = 120
    ):
        base = base_url.rstrip("/")
        self.url = base + ("/audio/speech" if base.endswith("/v1") else "/v1/audio/speech")
        self.model = model or "tts-1"
        self.headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.timeout = timeout

    @property
    def version(self) -> str:
        return f"openai-{self.model}@{self.url}"

    def synthesize(self, request: SpeechRequest) -> Speech:
        body: dict[str, object] = {
            "model": self.model,
            "input": request.text,
            "voice": VOICES.get(request.voice.voice_id, "alloy"),
            "response_format": "wav",
            "speed": round(max(0.25, min(4.0, prosody(request).rate)), 3),
        }
        if request.style:
            body["instructions"] = f"Speak in a {request.style} style."
        try:
            response = httpx.post(self.url, json=body, headers=self.headers, timeout=self.timeout)
        except httpx.HTTPError as e:
            raise TTSError(f"the speech endpoint is unreachable: {type(e).__name__}") from None
        if response.status_code != 200:
            raise TTSError(f"the speech endpoint answered HTTP {response.status_code}: {response.text[:200]}")
        try:
            samples, rate = read_wav(response.content)
        except ValueError as e:
            raise TTSError(f"the speech endpoint did not return a WAV file: {e}") from None
        return Speech(samples, rate)

    def native_voice(self, language: str) -> str | None:
        return None
