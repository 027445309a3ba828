"""The Kokoro engine: eight distinct voices of the right gender at espeak-ng's pace, es/fr through
Kokoro, other languages through espeak-ng, word timings, the model joined from its packages."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from ozor.adapters.tts import english, kokoro, kokoro_text
from ozor.adapters.tts.base import Speech, SpeechRequest, TTSError
from ozor.adapters.tts.espeak import EspeakTTS
from ozor.adapters.tts.kokoro import KokoroTTS
from ozor.backends import Backends
from ozor.voices import catalog
from tests.documents.test_tts import pitch
from tests.support import make_settings

SENTENCE = "Good morning. Here is what changed this week."
FEMALE = ("aria", "nova", "luna", "sky")  # the spec calls sky neutral; the issue gives it a female voice


def centroid(samples: np.ndarray, rate: int) -> float:
    """Median spectral centroid of 2048-sample frames: a rough measure of timbre (brightness)."""
    frames = samples[: len(samples) // 2048 * 2048].reshape(-1, 2048) * np.hanning(2048)
    spectrum = np.abs(np.fft.rfft(frames, axis=1))
    freqs = np.fft.rfftfreq(2048, 1 / rate)
    return float(np.median((spectrum * freqs).sum(1) / (spectrum.sum(1) + 1e-9)))


@pytest.fixture(scope="module")
def tts() -> KokoroTTS:
    return KokoroTTS(fallback=EspeakTTS())


@pytest.fixture(scope="module")
def voiced(tts: KokoroTTS) -> dict[str, tuple[Speech, Speech]]:
    """Each catalog voice saying the test sentence in Kokoro and in espeak-ng."""
    return {
        v.id: (
            tts.synthesize(SpeechRequest(SENTENCE, v.traits)),
            EspeakTTS().synthesize(SpeechRequest(SENTENCE, v.traits)),
        )
        for v in catalog.VOICES
    }


def test_eight_distinct_voices_female_above_male_thor_deepest(
    voiced: dict[str, tuple[Speech, Speech]],
) -> None:
    assert len(set(kokoro.VOICES.values())) == 8 and set(kokoro.VOICES) == set(catalog.BY_ID)
    measured = {}
    for voice_id, (speech, _) in voiced.items():
        assert speech.sample_rate == 24000
        peak = np.abs(speech.samples).max()
        assert 0.05 < peak <= 1.0
        samples = speech.samples / peak * 0.5  # the pitch tracker's voicing gate is absolute
        measured[voice_id] = (pitch(samples, 24000), centroid(samples, 24000))
    female = [measured[v][0] for v in FEMALE]
    male = [p for v, (p, _) in measured.items() if v not in FEMALE]
    assert min(female) > 160 and max(male) < 175 and min(female) > 1.1 * max(male), measured
    assert measured["thor"][0] == min(p for p, _ in measured.values()) < 110, measured
    for a in catalog.BY_ID:
        for b in catalog.BY_ID:
            if a < b:
                (pa, ca), (pb, cb) = measured[a], measured[b]
                assert abs(pa - pb) / min(pa, pb) > 0.04 or abs(ca - cb) / min(ca, cb) > 0.08, (
                    a,
                    b,
                    measured,
                )


def test_each_voice_within_30_percent_of_the_espeak_estimate(
    voiced: dict[str, tuple[Speech, Speech]],
) -> None:
    for voice_id, (speech, espeak) in voiced.items():
        assert 0.7 < speech.duration / espeak.duration < 1.3, (voice_id, speech.duration, espeak.duration)


def test_word_timings_follow_the_text(voiced: dict[str, tuple[Speech, Speech]]) -> None:
    speech = voiced["aria"][0]
    assert [w.text for w in speech.words] == SENTENCE.split()
    starts = [w.start for w in speech.words]
    assert starts[0] == 0 and starts == sorted(starts) and starts[-1] < speech.duration - 0.2
    # "Here" starts after the first sentence and its pause, not halfway through "morning".
    first_sentence_end = starts[2]
    assert first_sentence_end - starts[1] > 0.45


def test_rate_and_style_move_the_pace(tts: KokoroTTS) -> None:
    aria = catalog.get("aria").traits
    normal = tts.synthesize(SpeechRequest("Here is what changed.", aria))
    fast = tts.synthesize(SpeechRequest("Here is what changed.", aria, rate=1.6))
    calm = tts.synthesize(SpeechRequest("Here is what changed.", aria, style="calm"))
    assert fast.duration < 0.75 * normal.duration
    assert calm.duration > 1.08 * normal.duration


def test_spanish_and_french_speak_through_kokoro(tts: KokoroTTS) -> None:
    for language, text in (
        ("es", "¡Hola! Así sonará tu documento."),
        ("fr", "Bonjour ! Voici votre document."),
    ):
        voice = {"es": "nova", "fr": "felix"}[language]  # native female; a man with no French voice
        speech = tts.synthesize(SpeechRequest(text, catalog.get(voice).traits, language=language))
        assert speech.sample_rate == 24000 and 1.0 < speech.duration < 5
        assert np.sqrt(np.mean(speech.samples**2)) > 0.01
        assert [w.text for w in speech.words] == text.replace(" !", "!").split()
    assert kokoro_text._kokoro_alphabet("o\u0361ʊ t\u0361ʃ ʒə-") == "O ʧ ʒə"
    spanish = tts.voice_style("nova", "female", "es")
    english = tts.voice_style("nova", "female", "en")
    assert spanish.shape == english.shape and not np.allclose(spanish, english)


def test_other_languages_fall_back_to_espeak(tts: KokoroTTS) -> None:
    german = tts.synthesize(
        SpeechRequest("Guten Tag, wie geht es Ihnen?", catalog.get("aria").traits, language="de")
    )
    assert german.sample_rate == 22050 and german.words[0].text == "Guten"
    with pytest.raises(TTSError, match="does not speak"):
        KokoroTTS().synthesize(SpeechRequest("Guten Tag.", catalog.get("aria").traits, language="de"))


def test_sentences_split_at_ends_not_abbreviations() -> None:
    text = "Dr. Smith arrived at 9:30. Was it late?  Yes!\nNew line … ends here"
    assert kokoro_text.sentences(text) == [
        "Dr. Smith arrived at 9:30.",
        "Was it late?",
        "Yes!",
        "New line … ends here",
    ]
    long = " ".join(["one, two, three, four, five, six, seven, eight, nine, ten,"] * 12)
    pieces = kokoro_text.english_pieces(long)
    assert len(pieces) > 1 and all(len(p.phonemes) <= kokoro_text.MAX_PHONEMES for p in pieces)
    assert all(p.words[-1].text.endswith(",") for p in pieces[:-1])  # cut after a comma
    spanish = " ".join(["palabra"] * 150) + "."  # one clause, far over a piece's phonemes
    pieces = kokoro_text.espeak_pieces(spanish, "es")
    assert len(pieces) > 1 and all(len(p.phonemes) <= kokoro_text.MAX_PHONEMES for p in pieces)
    assert [w.text for p in pieces for w in p.words] == spanish.split()


def test_written_english_is_read_as_a_narrator_would() -> None:
    written = (
        "At 10:00 am and 7:05, it ran 2.5x faster vs. www.example.com/docs, e.g. info@ozor.dev etc.".split()
    )
    assert english.spoken(written) == [
        "At", "10", "A.M.", "and", "7 oh 5,", "it", "ran", "2.5 times", "faster", "versus",
        "W W W dot example dot com slash docs,", "for example", "info at ozor dot dev", "et cetera.",
    ]  # fmt: skip
    pieces = kokoro_text.english_pieces(" ".join(written))
    assert [w.text for p in pieces for w in p.words] == written  # captions keep the written words
    assert "vˈɜɹsəs" in pieces[0].phonemes and "tˈImz" in pieces[0].phonemes


def test_model_is_joined_once_and_checked(tmp_path: Path) -> None:
    path = kokoro.model_path(tmp_path)
    assert path.stat().st_size == kokoro.MODEL_SIZE and path.parent == tmp_path
    path.write_bytes(b"truncated")  # a broken cache file is rebuilt, never loaded
    assert kokoro.model_path(tmp_path).stat().st_size == kokoro.MODEL_SIZE
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_auto_picks_kokoro_with_espeak_behind_it(tmp_path: Path) -> None:
    assert kokoro.available()
    auto = Backends(make_settings(tmp_path)).tts
    assert isinstance(auto, KokoroTTS) and isinstance(auto.fallback, EspeakTTS)
    assert Backends(make_settings(tmp_path, tts_engine="kokoro")).tts.name == "kokoro"
    assert Backends(make_settings(tmp_path, tts_engine="espeak")).tts.name == "espeak"
    with pytest.raises(ValueError, match="kokoro"):
        _ = Backends(make_settings(tmp_path, tts_engine="nope")).tts
