"""Version history over HTTP: agent turns and PUTs make versions; list, read, diff, restore; exports
name the version they rendered."""

from __future__ import annotations

import copy

import httpx
import jsonpatch

from tests.api.test_agent_api import wait
from tests.api.test_exports import small_project, wait_export
from tests.support import LiveServer, new_user


def test_turns_and_puts_make_versions_that_diff_and_restore(client: httpx.Client) -> None:
    user = new_user(client)
    started = client.post(
        "/api/v1/videos/generate", json={"prompt": "A 15-second ad for a desk lamp"}, headers=user.headers
    ).json()
    assert wait(client, user, started)["status"] == "completed"
    video = started["videoId"]
    turn = client.post(
        f"/api/v1/videos/{video}/message",
        json={"message": "Change the headline of scene 1 to “Light that follows you”"},
        headers=user.headers,
    ).json()
    assert wait(client, user, {**turn, "videoId": video})["status"] == "completed"
    graph = client.get(f"/api/v1/videos/{video}/project", headers=user.headers).json()
    edited = copy.deepcopy(graph)
    edited["title"] = "Lamp, final cut"
    edited["scenes"] = edited["scenes"][:-1]
    assert client.put(f"/api/v1/videos/{video}/project", json=edited, headers=user.headers).status_code == 200

    listing = client.get(f"/api/v1/videos/{video}/versions", headers=user.headers).json()
    assert listing["current"] == 3
    assert [(v["version"], v["source"]) for v in listing["versions"]] == [
        (3, "put"),
        (2, "agent"),
        (1, "agent"),
    ]
    assert listing["versions"][1]["jobId"] == turn["jobId"]

    one = client.get(f"/api/v1/videos/{video}/versions/1", headers=user.headers).json()
    two = client.get(f"/api/v1/videos/{video}/versions/2", headers=user.headers).json()
    diff = client.get(f"/api/v1/videos/{video}/versions/2/diff", headers=user.headers).json()
    assert diff["against"] == 1 and diff["version"] == 2
    assert any("Light that follows you" in line for line in diff["changes"]), diff["changes"]
    assert jsonpatch.apply_patch(one["project"], diff["patch"]) == two["project"]

    whole = client.get(f"/api/v1/videos/{video}/versions/3/diff?against=1", headers=user.headers).json()
    assert any(line.startswith("Project title changed") for line in whole["changes"]), whole["changes"]
    assert any(line.startswith("Removed scene") for line in whole["changes"]), whole["changes"]
    assert jsonpatch.apply_patch(one["project"], whole["patch"]) == edited | {"title": "Lamp, final cut"}

    restored = client.post(f"/api/v1/videos/{video}/versions/1/restore", headers=user.headers).json()
    assert restored["version"] == 4 and restored["restoredFrom"] == 1 and restored["source"] == "restore"
    assert client.get(f"/api/v1/videos/{video}/project", headers=user.headers).json() == one["project"]
    assert client.post(f"/api/v1/videos/{video}/versions/4/restore", headers=user.headers).status_code == 400
    assert client.get(f"/api/v1/videos/{video}/versions/9", headers=user.headers).status_code == 404
    assert client.get(f"/api/v1/videos/{video}/versions/{2**70}", headers=user.headers).status_code == 400
    stranger = new_user(client)
    assert client.get(f"/api/v1/videos/{video}/versions", headers=stranger.headers).status_code == 403


def test_an_export_names_the_version_it_rendered(client: httpx.Client, server: LiveServer) -> None:
    user = new_user(client)
    created = client.post(
        "/api/v1/videos", json={"project": small_project(None)}, headers=user.headers
    ).json()
    video = created["videoId"]
    graph = client.get(f"/api/v1/videos/{video}/project", headers=user.headers).json()
    graph["scenes"][0]["elements"][0]["text"] = "Second version"
    client.put(f"/api/v1/videos/{video}/project", json=graph, headers=user.headers)
    accepted = client.post(f"/api/v1/videos/{video}/export", json={"quality": "720p"}, headers=user.headers)
    assert accepted.json()["exportVersion"] == 2
    done = wait_export(client, server, user.headers, video)
    assert done["exportStatus"] == "complete" and done["exportVersion"] == 2


def test_a_version_number_past_the_column_is_a_400_not_a_500(client: httpx.Client) -> None:
    user = new_user(client)
    video = client.post("/api/v1/videos", json={"project": small_project(None)}, headers=user.headers).json()
    huge = 22504060163534082289958912  # found by schemathesis: it overflowed SQLite's INTEGER
    for method, path in [
        ("GET", f"{huge}"),
        ("GET", f"{huge}/diff"),
        ("GET", f"1/diff?against={huge}"),
        ("POST", f"{huge}/restore"),
    ]:
        r = client.request(method, f"/api/v1/videos/{video['videoId']}/versions/{path}", headers=user.headers)
        assert r.status_code == 400 and "detail" in r.json(), (path, r.text)
