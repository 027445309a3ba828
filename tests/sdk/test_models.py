"""The I/O-free parts: wire models, attachment encoding, polling cadence, SSE decoding."""

from __future__ import annotations

import base64
import io
import zipfile
from pathlib import Path

import httpx
import pytest
from ozor_client import AsyncOzor, Ozor
from ozor_client._core import Request, poll_delay, retry_after_seconds
from ozor_client._files import attachments, document
from ozor_client._sse import SSEDecoder
from ozor_client.types import Plan, PlanScene, ToolTrace, Video

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 24


def test_snake_case_attributes_and_unknown_fields_kept() -> None:
    video = Video(
        {
            "videoId": "abc",
            "title": "T",
            "status": "draft",
            "editorUrl": "u",
            "createdAt": "c",
            "exportStatus": "complete",
            "renderSeconds": 12.5,
        }
    )
    assert (video.video_id, video.export_status, video.share_url) == ("abc", "complete", None)
    assert video.render_seconds == 12.5 and video.unknown_fields() == {"renderSeconds": 12.5}
    assert video.to_dict()["renderSeconds"] == 12.5 and "shareUrl" not in video.to_dict()


def test_nested_models_and_free_form_dicts() -> None:
    trace = ToolTrace(
        {
            "videoId": "v",
            "conversationId": "conv_1",
            "totalAssistantTurns": 1,
            "totalToolCalls": 1,
            "messages": [
                {
                    "messageId": "msg_1",
                    "createdAt": "c",
                    "textPreview": "hi",
                    "toolCalls": [{"name": "create_scene", "args": {"sceneTitle": "Intro"}}],
                }
            ],
        }
    )
    call = trace.messages[0].tool_calls[0]
    assert call.name == "create_scene" and call.args == {"sceneTitle": "Intro"}  # args stay as sent


def test_edited_plan_goes_back_on_the_wire() -> None:
    plan = Plan(
        {
            "planId": "plan_1",
            "scenes": [
                {
                    "order": 1,
                    "sceneTitle": "A",
                    "scenePrompt": "p",
                    "voiceoverText": "Hello",
                    "imageRefs": [],
                    "keyPoints": ["k"],
                }
            ],
        }
    )
    plan.scenes[0].voiceover_text = "Hello there"
    added = PlanScene(order=2, scene_title="B", scene_prompt="q", voiceover_text="Bye")
    wire = [s.to_dict() for s in [*plan.scenes, added]]
    assert wire[0] == {
        "order": 1,
        "sceneTitle": "A",
        "scenePrompt": "p",
        "voiceoverText": "Hello there",
        "imageRefs": [],
        "keyPoints": ["k"],
    }
    assert wire[1] == {"order": 2, "sceneTitle": "B", "scenePrompt": "q", "voiceoverText": "Bye"}


def test_attachments_from_path_bytes_url_and_dict(tmp_path: Path) -> None:
    (tmp_path / "logo.png").write_bytes(PNG)
    (tmp_path / "clip.webm").write_bytes(b"not really a webm")
    encoded = attachments(
        [
            tmp_path / "logo.png",
            str(tmp_path / "clip.webm"),
            PNG,
            "https://example.com/a.jpg",
            {"url": "https://example.com/v.mp4", "durationSec": 3.5},
        ]
    )
    assert encoded is not None
    assert encoded[0] == {"base64": base64.b64encode(PNG).decode(), "mimeType": "image/png"}
    assert encoded[1]["mimeType"] == "video/webm"  # by suffix when the bytes say nothing
    assert encoded[2]["mimeType"] == "image/png"  # sniffed from bytes
    assert encoded[3] == {"url": "https://example.com/a.jpg"}
    assert encoded[4] == {"url": "https://example.com/v.mp4", "durationSec": 3.5}
    assert "mimeType" not in attachments([b"??"])[0]  # type: ignore[index]  # the server decides


def test_document_parts(tmp_path: Path) -> None:
    docx = io.BytesIO()
    with zipfile.ZipFile(docx, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    assert document(docx.getvalue()) == (
        "document.docx",
        docx.getvalue(),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
    (tmp_path / "deck.pdf").write_bytes(b"%PDF-1.4 ...")
    assert document(tmp_path / "deck.pdf") == ("deck.pdf", b"%PDF-1.4 ...", "application/pdf")
    with (tmp_path / "deck.pdf").open("rb") as f:
        assert document(f)[0] == "deck.pdf"
    assert document(b"%PDF-1.4", "q3.pdf")[0] == "q3.pdf"


def test_polling_cadence_of_the_reference() -> None:
    none = httpx.Headers()
    assert 2 <= poll_delay(0, none) <= 3 and 2 <= poll_delay(59, none) <= 3
    assert 5 <= poll_delay(61, none) <= 10 and 5 <= poll_delay(600, none) <= 10
    assert poll_delay(0, httpx.Headers({"Retry-After": "7"})) == 7
    assert retry_after_seconds(httpx.Headers({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})) == 0
    assert retry_after_seconds(httpx.Headers({"Retry-After": "3600"})) == 60  # capped


def test_sse_decoder_joins_multi_line_data() -> None:
    decoder = SSEDecoder()
    assert decoder.feed("event: progress") is None
    assert decoder.feed('data: {"step": "init",') is None
    assert decoder.feed('data:  "pct": 0}') is None
    assert decoder.feed("") == {"step": "init", "pct": 0}
    assert decoder.feed("") is None
    assert decoder.feed('data: {"step": "done"}') is None and decoder.close() == {"step": "done"}


def test_configuration_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OZOR_BASE_URL", raising=False)
    monkeypatch.setenv("OZOR_API_KEY", "sk_live_" + "1" * 32)
    with Ozor() as client:
        assert (client.api_key, str(client.base_url)) == ("sk_live_" + "1" * 32, "https://ozor.ai")
    monkeypatch.setenv("OZOR_BASE_URL", "http://127.0.0.1:8000/")
    with Ozor(api_key="sk_live_given") as client:
        assert (client.api_key, str(client.base_url)) == ("sk_live_given", "http://127.0.0.1:8000")
        args = client._request_args(Request("GET", "/api/v1/videos"))
        assert str(args["url"]) == "http://127.0.0.1:8000/api/v1/videos"
        assert args["headers"]["X-API-Key"] == "sk_live_given"
        elsewhere = client._request_args(Request("GET", "https://storage.example.com/v.mp4?sig=1"))
        assert "X-API-Key" not in elsewhere["headers"]
    with pytest.raises(TypeError, match="httpx.Client"):
        Ozor(http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="httpx.AsyncClient"):
        AsyncOzor(http_client=httpx.Client())  # type: ignore[arg-type]
