"""The two whole flows of issue 6, as a person would click through them in Chromium.

1. sign up → create a key (raw key shown once, then only the prefix) → new video → export → the
   share page's <video> loads metadata with the right duration → revoke the key.
2. upload a document → edit a scene → generate with visible progress → the editor opens.
"""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.sync_api import expect

from tests.dashboard.helpers import sign_up

pytestmark = pytest.mark.browser
KEY = re.compile(r"^sk_live_[0-9a-f]{32}$")
SLOW = 180_000  # ms: an agent turn plus a render on two shared cores


def test_signup_key_video_export_share_revoke(page, server, shoot) -> None:  # type: ignore[no-untyped-def]
    sign_up(page)

    page.goto("/settings/api-keys")
    page.get_by_label("Key name").fill("Flow")
    page.get_by_role("button", name="Create key").click()
    raw = page.get_by_label("Your new API key").input_value()
    assert KEY.match(raw)
    page.reload()  # a GET: the key is gone for good, only the prefix stays
    assert raw not in page.content() and f"{raw[:12]}…" in page.content()

    page.get_by_role("link", name="New video").click()
    shoot(page, "new-video")
    page.get_by_label("What should the video be about?").fill(
        "A short teaser for Lumo, a minimalist desk lamp: calm, warm light, ends with Order today"
    )
    page.get_by_label("16:9 landscape").check()
    page.get_by_role("button", name="Create video").click()
    page.wait_for_url("**/editor?projectId=*")
    video_id = page.url.split("projectId=")[1]
    shoot(page, "editor-generating")
    expect(page.locator(".scene-card").first).to_be_visible(timeout=SLOW)  # appears without a reload
    expect(page.get_by_role("button", name="Send")).to_be_enabled()

    page.get_by_label("Quality").select_option("720p")
    page.get_by_label("Public (get a share link)").check()
    page.get_by_role("button", name="Export MP4").click()
    share_link = page.get_by_role("link", name="Open share page")
    expect(share_link).to_be_visible(timeout=SLOW)
    expect(page.locator("[data-panel=preview] video")).to_be_visible()
    shoot(page, "editor-exported")
    share_path = share_link.get_attribute("href")
    assert share_path and re.fullmatch(r"/s/[a-z0-9]{7}", share_path)

    from ozor.db.models import Export, Video

    with server.ctx.db.reader() as session:
        video = session.get(Video, video_id)
        assert video is not None and video.created_via == "web"
        export = session.get(Export, video.latest_export_id)
        assert export is not None and export.duration_sec
        expected = export.duration_sec
    with httpx.Client(base_url=server.url) as api:  # web videos stay out of the API list
        listed = api.get("/api/v1/videos", headers={"X-API-Key": raw}).json()["videos"]
        assert video_id not in {v["videoId"] for v in listed}

    visitor = page.context.browser.new_context(base_url=server.url)  # the share page needs no login
    try:
        public = visitor.new_page()
        assert public.goto(share_path).status == 200
        player = public.locator("video")
        public.wait_for_function("document.querySelector('video').readyState >= 1", timeout=60_000)
        duration = player.evaluate("v => v.duration")
        assert abs(duration - expected) < 0.1, (duration, expected)
        og_video = public.locator('meta[property="og:video"]').get_attribute("content")
        assert og_video and og_video.endswith(f"{share_path[3:]}.mp4")
        og_image = public.locator('meta[property="og:image"]').get_attribute("content")
        assert og_image
        thumb = public.request.get(og_image)
        assert thumb.status == 200 and thumb.headers["content-type"] == "image/jpeg"
        shoot(public, "share")
    finally:
        visitor.close()

    page.goto("/settings/api-keys")
    page.locator("tr", has_text="Flow").get_by_role("link", name="Revoke").click()
    page.get_by_role("button", name="Yes, revoke this key").click()
    expect(page.locator("tr", has_text="Flow").get_by_text("revoked")).to_be_visible()
    with httpx.Client(base_url=server.url) as api:
        assert api.get("/api/v1/credits", headers={"X-API-Key": raw}).status_code == 401


def test_document_plan_edit_generate_editor(page, server, shoot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.documents.makers import make_pdf

    pdf = tmp_path / "solar.pdf"
    pdf.write_bytes(make_pdf())
    sign_up(page)
    page.get_by_role("link", name="Documents").click()
    shoot(page, "documents")
    page.get_by_label("A file").set_input_files(str(pdf))
    page.get_by_role("button", name="Analyse").click()
    page.wait_for_url("**/documents/plan_*")
    shoot(page, "plan-review")
    first = page.locator(".plan-scene").first
    first.get_by_label("Narration").fill("Welcome to the edited narration of this document.")
    first.get_by_label("Title").fill("Edited opening")
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_role("status")).to_contain_text("Saved")
    assert page.locator(".plan-scene").first.get_by_label("Title").input_value() == "Edited opening"

    page.get_by_role("button", name="Generate video").click()
    bar = page.get_by_role("progressbar")
    expect(bar).to_be_visible()
    page.wait_for_function(
        "Number(document.querySelector('[role=progressbar]').getAttribute('aria-valuenow')) > 0", timeout=SLOW
    )
    shoot(page, "plan-generating")
    page.wait_for_url("**/editor?projectId=*", timeout=SLOW)
    expect(page.locator(".scene-card").first).to_contain_text("Edited opening")
    shoot(page, "editor-from-document")
    from ozor.db.models import Video

    with server.ctx.db.reader() as session:
        video = session.get(Video, page.url.split("projectId=")[1])
        assert video is not None and video.created_via == "web"
        assert video.project and "edited narration" in video.project["scenes"][0]["narration"]["text"]
