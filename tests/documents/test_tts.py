"""The TTS contract, run against every engine: espeak-ng, Kokoro, Piper, and an OpenAI-compatible endpoint
(a real HTTP server on loopback that speaks the protocol, answering with espeak-ng audio)."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np
import pytest

from ozor.adapters.tts.base import SpeechRequest, TTSError
from ozor.adapters.tts.espeak import EspeakTTS
from ozor.adapters.tts.kokoro import KokoroTTS
from ozor.adapters.tts.openai import OpenAITTS
from ozor.adapters.tts.piper import PiperTTS, installed_models
from ozor.voices import catalog

TEXT = "The quarterly report shows steady growth across all regions, with strong demand in Europe."


class _Speech(BaseHTTPRequestHandler):
    requests: list[dict] = []

    def do_POST(self) -> None:  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        _Speech.requests.append({"path": self.path, "auth": self.headers.get("Authorization"), **body})
        if not body.get("input"):
            self.send_response(400)
            self.end_headers()
            return
        voice = {"onyx": "thor", "coral": "aria"}.get(body["voice"], "marcus")
        speech = EspeakTTS().synthesize(
            SpeechRequest(body["input"], catalog.get(voice).traits, rate=body["speed"])
        )
        data = speech.wav_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "audio/wav")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def speech_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Speech)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()


@pytest.fixture(params=["espeak", "kokoro", "piper", "openai"])
def engine(request, speech_server):
    if request.param == "espeak":
        return EspeakTTS()
    if request.param == "kokoro":
        return KokoroTTS()
    if request.param == "piper":
        return PiperTTS(installed_models(), fallback=None)
    return OpenAITTS(speech_server, "tts-1", "sk-test")


def voice_for(engine, language: str = "en"):
    return (
        catalog.get(engine.native_voice(language) or "aria")
        if engine.name == "piper"
        else catalog.get("aria")
    )


def test_contract_speaks_and_rate_changes_length(engine):
    voice = voice_for(engine)
    normal = engine.synthesize(SpeechRequest(TEXT, voice.traits))
    assert normal.sample_rate >= 16000 and 2.5 < normal.duration < 12
    assert np.sqrt(np.mean(normal.samples**2)) > 0.01 and np.abs(normal.samples).max() <= 1.0
    fast = engine.synthesize(SpeechRequest(TEXT, voice.traits, rate=2.0))
    slow = engine.synthesize(SpeechRequest(TEXT, voice.traits, rate=0.5))
    assert fast.duration < 0.7 * normal.duration < normal.duration < 0.7 * slow.duration
    calm = engine.synthesize(SpeechRequest(TEXT, voice.traits, style="calm"))
    energetic = engine.synthesize(SpeechRequest(TEXT, voice.traits, style="energetic"))
    assert calm.duration > 1.08 * energetic.duration
    assert normal.wav_bytes()[:4] == b"RIFF"


def test_piper_is_used_for_its_voice_and_falls_back_for_others():
    models = installed_models()
    assert "marcus" in models and models["marcus"].language == "en"
    tts = PiperTTS(models, fallback=EspeakTTS())
    assert tts.native_voice("en") == "marcus" and tts.native_voice("de") is None
    assert catalog.for_language("en", tts).id == "marcus"
    assert catalog.for_language("de", tts).id == "marcus" and catalog.for_language("fr", tts).id == "nova"
    aria = tts.synthesize(SpeechRequest(TEXT, catalog.get("aria").traits))
    assert aria.sample_rate == 22050 and aria.words  # espeak-ng (word timings) behind the same adapter
    assert not tts.synthesize(SpeechRequest(TEXT, catalog.get("marcus").traits)).words  # the neural model
    with pytest.raises(TTSError):
        PiperTTS(models).synthesize(SpeechRequest(TEXT, catalog.get("aria").traits))


def test_openai_request_and_errors(speech_server):
    _Speech.requests.clear()
    tts = OpenAITTS(speech_server, "gpt-4o-mini-tts", "sk-test")
    tts.synthesize(SpeechRequest(TEXT, catalog.get("thor").traits, rate=1.2, style="formal"))
    sent = _Speech.requests[-1]
    assert sent["path"] == "/v1/audio/speech" and sent["auth"] == "Bearer sk-test"
    assert sent["voice"] == "onyx" and sent["response_format"] == "wav" and sent["model"] == "gpt-4o-mini-tts"
    assert sent["instructions"] == "Speak in a formal style." and 0.9 < sent["speed"] < 1.1
    with pytest.raises(TTSError, match="HTTP 400"):
        tts.synthesize(SpeechRequest("", catalog.get("thor").traits))
    with pytest.raises(TTSError, match="unreachable"):
        OpenAITTS("http://127.0.0.1:9/v1").synthesize(SpeechRequest(TEXT, catalog.get("thor").traits))


def pitch(samples: np.ndarray, rate: int) -> float:
    """Median F0 of voiced 40 ms frames, by autocorrelation."""
    frame = int(0.04 * rate)
    found = []
    for i in range(0, len(samples) - frame, frame // 2):
        w = samples[i : i + frame] - samples[i : i + frame].mean()
        if np.sqrt(np.mean(w**2)) < 0.03:
            continue
        c = np.correlate(w, w, "full")[frame - 1 :]
        lo, hi = int(rate / 400), int(rate / 60)
        k = lo + int(np.argmax(c[lo:hi]))
        if c[k] > 0.3 * c[0]:
            found.append(rate / k)
    return float(np.median(found))


def test_the_eight_espeak_voices_are_distinct():
    tts = EspeakTTS()
    names = {tts.voice_name(SpeechRequest(TEXT, v.traits)) for v in catalog.VOICES}
    assert len(names) == 8
    measured = {}
    for voice in catalog.VOICES:
        speech = tts.synthesize(SpeechRequest(TEXT, voice.traits))
        measured[voice.id] = (pitch(speech.samples, speech.sample_rate), speech.duration)
    for a in catalog.VOICES:
        for b in catalog.VOICES:
            if a.id < b.id:
                (pa, da), (pb, db) = measured[a.id], measured[b.id]
                assert abs(pa - pb) / min(pa, pb) > 0.04 or abs(da - db) / min(da, db) > 0.04, (a.id, b.id)
    assert measured["thor"][0] < measured["marcus"][0] < measured["aria"][0]
    assert all(measured[v.id][0] > 150 for v in catalog.VOICES if v.gender == "female")


def test_style_moves_pitch_and_languages_switch():
    tts = EspeakTTS()
    aria = catalog.get("aria").traits
    calm = tts.synthesize(SpeechRequest(TEXT, aria, style="calm"))
    energetic = tts.synthesize(SpeechRequest(TEXT, aria, style="energetic"))
    assert pitch(energetic.samples, energetic.sample_rate) > 1.15 * pitch(calm.samples, calm.sample_rate)
    assert tts.voice_name(SpeechRequest("Hallo", aria, language="de")) == "de+f3"
    assert tts.voice_name(SpeechRequest("Hallo", aria, language="xx")) == "en-us+f3"
    german = tts.synthesize(SpeechRequest("Guten Tag, wie geht es Ihnen heute?", aria, language="de"))
    assert [w.text for w in german.words][:3] == ["Guten", "Tag,", "wie"] or german.words[0].text == "Guten"


def test_auto_selection_by_language():
    assert catalog.for_language("en").id == "aria"
    assert catalog.for_language("de").id == "marcus"
    assert catalog.for_language("zh-cn").id == "nova"
    assert catalog.for_language("xx").id == "aria"
