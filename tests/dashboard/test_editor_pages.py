"""The home list and the editor's read side, on videos made through the domain."""

from __future__ import annotations

import httpx
import pytest
from playwright.sync_api import expect

from tests.dashboard.helpers import make_video, sample_project, sign_up

pytestmark = pytest.mark.browser


def test_home_lists_api_and_web_videos_newest_first(page, server, shoot) -> None:  # type: ignore[no-untyped-def]
    email = sign_up(page)
    make_video(server, email, created_via="api", project=sample_project("Made with the API"))
    make_video(server, email, created_via="web", project=sample_project("Made on the web", aspect="9:16"))
    page.goto("/")
    cards = page.locator(".video-card")
    expect(cards).to_have_count(2)
    assert "Made on the web" in cards.nth(0).inner_text() and "Web" in cards.nth(0).inner_text()
    assert "Made with the API" in cards.nth(1).inner_text() and "API" in cards.nth(1).inner_text()
    expect(cards.nth(0).locator(".badge").first).to_have_text("draft")
    shoot(page, "home-videos")
    cards.nth(1).get_by_role("link").click()
    page.wait_for_url("**/editor?projectId=*")
    expect(page.get_by_role("heading", level=1)).to_have_text("Made with the API")


def test_editor_shows_scenes_and_an_empty_preview(page, server, shoot) -> None:  # type: ignore[no-untyped-def]
    email = sign_up(page)
    video_id = make_video(server, email)
    page.goto(f"/editor?projectId={video_id}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Desk lamp teaser")
    scenes = page.locator(".scene-card")
    expect(scenes).to_have_count(2)
    assert "Hook" in scenes.nth(0).inner_text() and "Meet Lumo" in scenes.nth(0).inner_text()
    assert "Order today" in scenes.nth(1).inner_text()
    expect(page.get_by_text("No render yet.")).to_be_visible()
    expect(page.get_by_text("Not exported yet.")).to_be_visible()
    assert page.get_by_text("2 scenes · 4.5 s · 16:9").is_visible()
    shoot(page, "editor-new")


def test_editor_refuses_missing_and_foreign_videos(page, server) -> None:  # type: ignore[no-untyped-def]
    other = sign_up(page)
    foreign = make_video(server, other)
    page.context.clear_cookies()
    sign_up(page)
    response = page.goto(f"/editor?projectId={foreign}")
    assert response.status == 403 and "belongs to another account" in page.content()
    response = page.goto("/editor?projectId=nope")
    assert response.status == 404 and "Video nope not found" in page.content()
    response = page.goto("/editor")
    assert response.status == 400 and "projectId" in page.content()
    with httpx.Client(base_url=server.url) as web:  # the panels endpoint speaks JSON to scripts
        assert web.get(f"/editor/panels?projectId={foreign}").status_code == 401


def test_editor_draws_stills_exports_and_shares(page, server, shoot) -> None:  # type: ignore[no-untyped-def]
    from ozor.scene.timing import total_duration

    email = sign_up(page)
    project = sample_project(narrated=False)
    video_id = make_video(server, email, project=project)
    page.goto(f"/editor?projectId={video_id}")
    stills = page.locator(".scene-card img")
    expect(stills).to_have_count(2, timeout=60_000)  # drawn by a background job, shown without a reload
    for i in range(2):
        page.wait_for_function(f"document.querySelectorAll('.scene-card img')[{i}].naturalWidth === 384")

    page.get_by_label("Quality").select_option("720p")
    page.get_by_label("Public (get a share link)").check()
    page.get_by_role("button", name="Export MP4").click()
    expect(
        page.get_by_text("Rendering…").or_(page.get_by_role("link", name="Open share page"))
    ).to_be_visible()
    share = page.get_by_role("link", name="Open share page")
    expect(share).to_be_visible(timeout=180_000)
    preview = page.locator("[data-panel=preview] video")
    page.wait_for_function(
        "document.querySelector('[data-panel=preview] video').readyState >= 1", timeout=30_000
    )
    assert abs(preview.evaluate("v => v.duration") - total_duration(project)) < 0.1
    shoot(page, "editor-exported-local")

    page.get_by_role("button", name="Export MP4").click()  # the identical export comes from the cache
    expect(page.get_by_role("link", name="Open share page")).to_have_attribute(
        "href", share.get_attribute("href")
    )

    share_path = share.get_attribute("href")
    visitor = page.context.browser.new_context(base_url=server.url)
    try:
        public = visitor.new_page()
        public.goto(share_path)
        public.wait_for_function("document.querySelector('video').readyState >= 1", timeout=30_000)
        assert abs(public.locator("video").evaluate("v => v.duration") - total_duration(project)) < 0.1
        assert public.get_by_role("heading", level=1).inner_text() == "Desk lamp teaser"
        shoot(public, "share-local")
    finally:
        visitor.close()


def test_chat_reply_and_trace_appear_without_reloading(page, server, shoot) -> None:  # type: ignore[no-untyped-def]
    email = sign_up(page)
    video_id = make_video(server, email)
    page.goto(f"/editor?projectId={video_id}")
    page.evaluate("window.__sameDocument = true")  # gone if the page reloads
    page.get_by_label("Message to the agent").fill("Make scene 2 5 seconds.")
    page.get_by_role("button", name="Send").click()
    expect(page.locator(".bubble-user")).to_have_text("You: Make scene 2 5 seconds.")
    expect(page.get_by_label("Message to the agent")).to_have_value("")
    reply = page.locator(".bubble-assistant:not(.bubble-working)")
    expect(reply).to_have_count(1, timeout=120_000)
    expect(page.locator(".bubble-working")).to_have_count(0)
    expect(page.locator(".scene-card").nth(1)).to_contain_text("5.0 s")
    expect(page.locator("[data-panel=trace]")).to_contain_text("tool call")
    expect(page.locator("[data-summary]")).to_contain_text("2 scenes · 7.5 s")
    assert page.evaluate("window.__sameDocument") is True
    expect(page.locator(".credits-pill")).to_have_text("9 credits")
    shoot(page, "editor-chat")
