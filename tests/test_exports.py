"""request_export and the export job on SQLite and PostgreSQL: the cache, statuses, failures."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ozor.accounts import accounts, credits
from ozor.config import load_settings
from ozor.context import HANDLERS
from ozor.db.models import Export, Job, Video
from ozor.errors import BadRequest
from ozor.jobs import runner, service
from ozor.scene.models import Project
from ozor.videos import exports
from ozor.videos.projects import create_video


def project(asset: str | None = None) -> Project:
    elements = (
        [{"type": "image", "id": "i", "asset": asset, "box": {"x": 0.1, "y": 0.1, "w": 0.3, "h": 0.3}}]
        if asset
        else [{"type": "text", "id": "t", "text": "Cached", "box": {"x": 0.1, "y": 0.1, "w": 0.8, "h": 0.3}}]
    )
    return Project.model_validate({"scenes": [{"id": "a", "duration": 1.0, "elements": elements}]})


WORKERS: dict[str, runner.Worker] = {}


@pytest.fixture()
def env(database_url, tmp_path):
    settings = load_settings(data_dir=tmp_path, database_url=database_url, render_workers=1)
    worker = WORKERS[database_url] = runner.Worker(settings, HANDLERS)
    db = worker.db
    db.migrate()
    with db.session() as s:
        account = accounts.create_account(s, email=None, signup_credits=5)
    yield settings, db, account.id
    WORKERS.pop(database_url, None)
    db.dispose()


def _export(
    settings, db, video_id: str, quality: str = "720p", public: bool = False
) -> tuple[str, str | None]:
    with db.session() as s:
        export = exports.request_export(
            s, settings, s.get(Video, video_id), quality=quality, is_public=public
        )
        return export.id, export.job_id


def _run(settings, db, job_id: str) -> str:
    with db.session() as s:
        assert service.claim(s, job_id, lease_sec=60)
    return WORKERS[settings.database_url].execute(job_id, submit=lambda _job_id: None)


def test_cache_statuses_and_share_codes(env):
    settings, db, account_id = env
    with db.session() as s:
        video_id = create_video(s, account_id, project()).id
    first, job_id = _export(settings, db, video_id, public=True)
    with db.reader() as s:
        export, video = s.get(Export, first), s.get(Video, video_id)
        assert (export.status, video.status, video.latest_export_id) == ("queued", "rendering", first)
        assert len(export.share_code) == 7 and export.share_code.isalnum() and export.share_code.islower()
    assert _export(settings, db, video_id, public=True)[0] == first  # the same export while it runs
    assert _run(settings, db, job_id) == "completed"
    with db.reader() as s:
        export, video = s.get(Export, first), s.get(Video, video_id)
        assert (export.status, video.status, export.error) == ("complete", "completed", None)
        assert export.video_path.endswith(f"{first}.mp4") and export.duration_sec == pytest.approx(1.0)
        assert credits.balance(s, account_id) == 5  # exports are free
    again, again_job = _export(settings, db, video_id, public=True)
    assert again == first and again_job == job_id  # complete at once: no new job
    other, other_job = _export(settings, db, video_id, public=False)
    assert other != first and other_job != job_id
    with db.reader() as s:
        assert s.get(Export, other).share_code is None
        assert s.scalars(select(Job).where(Job.kind == "export")).all().__len__() == 2


def test_failure_says_why_and_restores_the_status(env):
    settings, db, account_id = env
    with db.session() as s:
        video_id = create_video(s, account_id, project("asset_missing")).id
    export_id, job_id = _export(settings, db, video_id)
    assert _run(settings, db, job_id) == "failed"
    with db.reader() as s:
        export, video, job = s.get(Export, export_id), s.get(Video, video_id), s.get(Job, job_id)
        assert export.status == "failed" and "asset_missing" in export.error and job.error == export.error
        assert video.status == "draft"


def test_no_project_and_bad_quality(env):
    settings, db, account_id = env
    with db.session() as s:
        empty = create_video(s, account_id, None)
        with pytest.raises(BadRequest, match="no scenes yet"):
            exports.request_export(s, settings, empty, quality="720p", is_public=False)
        full = create_video(s, account_id, project())
        with pytest.raises(BadRequest, match="quality"):
            exports.request_export(s, settings, full, quality="8k", is_public=False)
