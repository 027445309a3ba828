"""The distributed mode end to end: PostgreSQL, a Redis broker, S3 storage and a separate
`ozor worker` process render an export that the API only queued."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time

import av
import httpx
import pytest
import redis

from tests.adapters.test_storage_contract import s3_endpoint  # noqa: F401  (the moto S3 server fixture)
from tests.support import make_settings, new_user, reset_postgres, start_server

REDIS_DB = 11


@pytest.fixture()
def broker_url():
    client = redis.Redis(host="127.0.0.1", port=6379, db=REDIS_DB)
    client.flushdb()
    yield f"redis://127.0.0.1:6379/{REDIS_DB}"
    client.flushdb()


@pytest.fixture()
def aws(monkeypatch):
    env = {"AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test", "AWS_DEFAULT_REGION": "us-east-1"}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return env


def test_export_rendered_by_a_celery_worker_into_s3(tmp_path, pg_url, broker_url, s3_endpoint, aws):  # noqa: F811
    import boto3

    reset_postgres(pg_url)
    boto3.client("s3", endpoint_url=s3_endpoint).create_bucket(Bucket="ozor-dist")
    shared = {
        "database_url": pg_url,
        "broker_url": broker_url,
        "storage_url": "s3://ozor-dist/videos",
        "s3_endpoint_url": s3_endpoint,
    }
    settings = make_settings(tmp_path / "api", **shared)
    env = {
        **os.environ,
        **aws,
        "OZOR_DATA_DIR": str(tmp_path / "worker"),
        "OZOR_SECRET_KEY": settings.secret_key or "",
        **{f"OZOR_{k.upper()}": v for k, v in shared.items()},
    }
    worker = subprocess.Popen(
        [sys.executable, "-m", "ozor", "worker", "--concurrency", "1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        with start_server(settings) as live, httpx.Client(base_url=live.url, timeout=60) as http:
            user = new_user(http)
            project = {
                "title": "Distributed",
                "scenes": [
                    {
                        "id": "a",
                        "duration": 1.0,
                        "elements": [
                            {
                                "type": "text",
                                "id": "t",
                                "role": "heading",
                                "text": "Rendered elsewhere",
                                "box": {"x": 0.1, "y": 0.3, "w": 0.8, "h": 0.3},
                            }
                        ],
                    },
                ],
            }
            video_id = http.post("/api/v1/videos", headers=user.headers, json={"project": project}).json()[
                "videoId"
            ]
            r = http.post(f"/api/v1/videos/{video_id}/export", headers=user.headers, json={"quality": "720p"})
            assert r.status_code == 200, r.text
            deadline = time.monotonic() + 240
            while True:
                body = http.get(f"/api/v1/videos/{video_id}", headers=user.headers).json()
                if body["exportStatus"] in ("complete", "failed") or time.monotonic() > deadline:
                    break
                time.sleep(0.5)
            assert body["exportStatus"] == "complete", body
            assert body["downloadUrl"].startswith(s3_endpoint)  # presigned by the store, not the app
            mp4 = httpx.get(body["downloadUrl"], timeout=60)
            assert mp4.status_code == 200
            with av.open(io.BytesIO(mp4.content)) as container:
                stream = container.streams.video[0]
                assert (stream.codec_context.width, stream.codec_context.height) == (1280, 720)
                assert container.streams.audio
    finally:
        worker.terminate()
        output, _ = worker.communicate(timeout=30)
    assert "ozor.run_job" in output, output[-3000:]
