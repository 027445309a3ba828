"""The public share page: unknown and private codes are 404 pages, with no sign-in needed."""

from __future__ import annotations

import pytest

from tests.dashboard.helpers import make_video, sign_up

pytestmark = pytest.mark.browser


def test_unknown_share_code_is_a_404_page(page, shoot) -> None:  # type: ignore[no-untyped-def]
    response = page.goto("/s/zzzzzzz")
    assert response.status == 404
    assert "no shared video at this address" in page.content()
    shoot(page, "share-404")
    assert page.request.get("/s/zzzzzzz/thumbnail.jpg").status == 404


def test_private_exports_are_not_shared(page, server) -> None:  # type: ignore[no-untyped-def]
    from ozor.db.models import Export

    email = sign_up(page)
    video_id = make_video(server, email)
    with server.ctx.db.session() as session:
        from ozor.db.models import Video

        video = session.get(Video, video_id)
        assert video is not None
        session.add(
            Export(
                id="exp_private1",
                video_id=video_id,
                account_id=video.account_id,
                quality="720p",
                is_public=False,
                cache_key="k",
                status="complete",
                share_code="priv001",
                video_path="users/x/exports/exp_private1.mp4",
            )
        )
    page.context.clear_cookies()
    assert page.goto("/s/priv001").status == 404
