"""The language of a text (langdetect, seeded so the same text always gives the same answer), told
only from enough text; otherwise the language the prompt names or is written in, else English."""

from __future__ import annotations

import re

DEFAULT = "en"
MIN_CHARS = 200  # on less, langdetect guesses ("Foo Bar Baz" comes out Somali)
NAMES = {
    "english": "en", "german": "de", "deutsch": "de", "french": "fr", "français": "fr", "spanish": "es",
    "español": "es", "italian": "it", "italiano": "it", "portuguese": "pt", "português": "pt", "dutch": "nl",
    "japanese": "ja", "日本語": "ja", "chinese": "zh-cn", "中文": "zh-cn", "korean": "ko", "russian": "ru",
    "polish": "pl", "swedish": "sv", "turkish": "tr", "arabic": "ar", "hindi": "hi",
}  # fmt: skip
# Scripts that name their language from a few characters, where langdetect's n-grams need no bulk.
SCRIPTS = (("[\u3040-\u30ff]", "ja"), ("[\uac00-\ud7af]", "ko"), ("[\u4e00-\u9fff]", "zh-cn"))


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


def language_of(text: str, prompt: str | None = None, fallback: str = DEFAULT) -> str:
    """The document's language when it has enough text to tell (or a script that names it); else the
    language the prompt asks for ("… in German") or is written in; else `fallback`."""
    sample = " ".join(text.split())
    for pattern, code in SCRIPTS:
        if len(re.findall(pattern, sample)) >= 4:
            return code if code != "zh-cn" or not re.search(SCRIPTS[0][0], sample) else "ja"
    if len(sample) >= MIN_CHARS:
        return detect_language(sample)
    asked = re.search(rf"\b({'|'.join(NAMES)})\b", prompt or "", re.IGNORECASE)
    if asked:
        return NAMES[asked.group(1).lower()]
    if prompt and len(prompt.strip()) >= MIN_CHARS // 2:
        return detect_language(prompt)
    return fallback
