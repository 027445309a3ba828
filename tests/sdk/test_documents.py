"""client.documents against the live server: voices, analyze (file, bytes, URL), plans, streamed generation."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import av
import pytest
from ozor_client import errors
from ozor_client.types import PlanScene

from tests.sdk.conftest import unknown_anywhere
from tests.sdk.scripted import Reply, Script, scripted_server

TEXT = [
    "Acme Lamps: light that follows you",
    "Our desk lamp dims itself as daylight fades, so your eyes never strain at the end of a long day.",
    "It charges your phone through the base and folds flat into a laptop bag.",
    "Pre-orders open in May at a launch price of 89 dollars.",
]
HTML = (
    "<html><head><title>Acme Lamps</title></head><body><article>"
    + "".join(f"<h1>{escape(TEXT[0])}</h1>" if i == 0 else f"<p>{escape(t)}</p>" for i, t in enumerate(TEXT))
    + "</article></body></html>"
)


def make_docx(paragraphs: list[str]) -> bytes:
    """The smallest Word document the OOXML spec allows: content types, one relationship, the body."""
    body = "".join(f"<w:p><w:r><w:t>{escape(p)}</w:t></w:r></w:p>" for p in paragraphs)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
            'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.'
            'main+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        z.writestr(
            "word/document.xml",
            '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
            f'wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>',
        )
    return buffer.getvalue()


@pytest.fixture()
def web_page() -> Iterator[Script]:
    with scripted_server() as page:
        page.on("GET", "/launch", Reply(200, HTML.encode(), {"Content-Type": "text/html; charset=utf-8"}))
        yield page


def test_voices(sdk: Any) -> None:
    voices = sdk.documents.voices()
    assert [v.id for v in voices] == ["aria", "nova", "felix", "marcus", "thor", "luna", "owen", "sky"]
    assert voices.voices[4].character == "Deep, authoritative" and voices.voices[7].gender == "neutral"
    assert unknown_anywhere(voices) == {}


def test_voice_sample_is_audio(sdk: Any) -> None:
    audio = sdk.documents.voice_sample("aria")
    with av.open(io.BytesIO(audio)) as container:
        assert container.streams.audio and container.duration and container.duration > 0
    assert sdk.documents.voice_sample("thor", rate=1.5, style="calm")[:4] == b"RIFF"
    with pytest.raises(errors.BadRequestError, match="Unknown voice"):
        sdk.documents.voice_sample("nobody")


def test_analyze_a_url_bytes_and_a_path(sdk: Any, web_page: Script, tmp_path: Path) -> None:
    from_url = sdk.documents.analyze(url=f"{web_page.url}/launch", target_duration_sec=20, prompt="upbeat")
    assert from_url.plan_id.startswith("plan_") and from_url.status == "draft" and from_url.scenes
    assert from_url.source_url == f"{web_page.url}/launch" and from_url.aspect_ratio == "16:9"
    assert from_url.credits_cost == sum(1 for s in from_url.scenes if s.voiceover_text) // 2
    assert unknown_anywhere(from_url) == {}

    docx = make_docx(TEXT)
    from_bytes = sdk.documents.analyze(file=docx, aspect_ratio="9:16")
    assert (from_bytes.file_type, from_bytes.aspect_ratio) == ("docx", "9:16")
    (tmp_path / "launch.docx").write_bytes(docx)
    from_path = sdk.documents.analyze(file=tmp_path / "launch.docx")
    assert from_path.file_name == "launch.docx"
    assert sdk.credits.get().balance == 7  # 1 credit per analysis, at once

    with pytest.raises(errors.BadRequestError):
        sdk.documents.analyze()
    with pytest.raises(errors.BadRequestError):
        sdk.documents.analyze(file=docx, url=f"{web_page.url}/launch")
    with pytest.raises(errors.BadRequestError):
        sdk.documents.analyze(file=b"plain text is not a document", file_name="notes.txt")


def test_plan_edit_generate_export(sdk: Any, tmp_path: Path) -> None:
    plan = sdk.documents.analyze(file=make_docx(TEXT), target_duration_sec=15)
    assert sdk.documents.get_plan(plan.plan_id).plan_id == plan.plan_id
    scenes = plan.scenes[:2]
    scenes[0].voiceover_text = "Meet the Acme lamp."
    scenes.append(PlanScene(order=3, scene_title="Pre-order", scene_prompt="A bold call to action",
                            voiceover_text="Pre-order in May."))  # fmt: skip
    for order, scene in enumerate(scenes, 1):
        scene.order = order
    updated = sdk.documents.update_plan(plan.plan_id, scenes=scenes, voice_settings={"voiceId": "thor"})
    assert [s.voiceover_text for s in updated.scenes][0::2] == ["Meet the Acme lamp.", "Pre-order in May."]
    assert updated.credits_cost == 1 and updated.voice_settings.voice_id == "thor"

    assert unknown_anywhere(updated) == {}
    events = list(sdk.documents.generate(plan.plan_id))
    assert [unknown_anywhere(e) for e in events] == [{}] * len(events)
    assert events[0].step == "init" and events[-1].step == "done" and events[-1].pct == 100
    assert [e.pct for e in events] == sorted(e.pct for e in events)
    project_id = events[-1].project_id
    assert sdk.documents.get_plan(plan.plan_id).project_id == project_id
    with pytest.raises(errors.BadRequestError):
        list(sdk.documents.generate(plan.plan_id))  # generated already

    sdk.videos.export(project_id, quality="720p")
    sdk.videos.wait_for_export(project_id)
    out = sdk.videos.download(project_id, tmp_path / "doc.mp4")
    with av.open(str(out)) as container:
        assert container.streams.video and container.streams.audio
