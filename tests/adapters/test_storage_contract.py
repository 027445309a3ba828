"""One contract for every Storage: local disk, and S3 over its real HTTP protocol (moto's server)."""

from __future__ import annotations

import httpx
import pytest

from ozor.adapters.storage.local import LocalStorage
from ozor.adapters.storage.s3 import S3Storage
from ozor.errors import NotFound


@pytest.fixture(scope="module")
def s3_endpoint():
    from moto.server import ThreadedMotoServer

    from tests.support import free_port

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture()
def aws_env(monkeypatch):
    for name, value in {
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
        "AWS_DEFAULT_REGION": "us-east-1",
    }.items():
        monkeypatch.setenv(name, value)


@pytest.fixture(params=["local", "s3"])
def storage(request, tmp_path):
    if request.param == "local":
        return LocalStorage(tmp_path / "files")
    request.getfixturevalue("aws_env")
    endpoint = request.getfixturevalue("s3_endpoint")
    store = S3Storage("s3://ozor-test/prefix", endpoint_url=endpoint)
    store.client.create_bucket(Bucket="ozor-test")
    return store


def test_put_get_size_exists_delete(storage, tmp_path):
    storage.put_bytes("users/u1/a.txt", b"hello", "text/plain")
    assert storage.get_bytes("users/u1/a.txt") == b"hello"
    assert storage.exists("users/u1/a.txt") and storage.size("users/u1/a.txt") == 5
    with storage.open("users/u1/a.txt") as f:
        assert f.read() == b"hello"
    source = tmp_path / "clip.bin"
    source.write_bytes(b"\0" * 70_000)
    storage.put_file("users/u1/clip.bin", source, "application/octet-stream")
    with storage.local_copy("users/u1/clip.bin") as local:
        assert local.read_bytes() == source.read_bytes()
    storage.delete("users/u1/a.txt")
    assert not storage.exists("users/u1/a.txt")
    storage.delete("users/u1/a.txt")  # deleting twice is fine


def test_missing_files_are_not_found(storage):
    assert not storage.exists("nope/x.mp4")
    for call in (storage.get_bytes, storage.size, storage.open):
        with pytest.raises(NotFound):
            call("nope/x.mp4")


def test_paths_cannot_escape(storage):
    with pytest.raises(NotFound):
        storage.get_bytes("../../etc/passwd")


def test_urls(storage):
    storage.put_bytes("v/video.mp4", b"mp4 bytes", "video/mp4")
    url = storage.presigned_url("v/video.mp4", 3600)
    if isinstance(storage, LocalStorage):
        assert url is None  # the app signs and serves local files
        assert storage.local_path("v/video.mp4").read_bytes() == b"mp4 bytes"
    else:
        r = httpx.get(url)
        assert r.status_code == 200 and r.content == b"mp4 bytes"
        assert r.headers["content-type"] == "video/mp4"
