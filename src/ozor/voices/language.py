"""The language of a text (langdetect, seeded so the same text always gives the same answer)."""

from __future__ import annotations

DEFAULT = "en"


def detect_language(text: str) -> str:
    """An ISO 639-1 code ("en", "de", "zh-cn", …); English when the text is too short to tell."""
    from langdetect import DetectorFactory, LangDetectException, detect

    DetectorFactory.seed = 0
    sample = " ".join(text.split())[:5000]
    if len(sample) < 20:
        return DEFAULT
    try:
        return detect(sample)
    except LangDetectException:
        return DEFAULT
