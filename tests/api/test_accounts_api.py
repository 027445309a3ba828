"""Sections 2, 3 and 10 over real HTTP, on SQLite and on PostgreSQL."""

from __future__ import annotations

import time

import httpx
import jwt
import pytest

from ozor.accounts import api_keys
from ozor.db.models import ApiKey
from ozor.db.timefmt import utcnow
from ozor.videos.projects import create_video
from tests.support import bearer, create_key, make_settings, new_user, reset_postgres, signup, start_server


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def live(request, tmp_path_factory):
    overrides = {}
    if request.param == "postgres":
        url = request.getfixturevalue("pg_url")
        reset_postgres(url)
        overrides["database_url"] = url
    settings = make_settings(tmp_path_factory.mktemp("data"), **overrides)
    with start_server(settings, run_jobs=False) as server:
        yield server


@pytest.fixture()
def http(live):
    with httpx.Client(base_url=live.url, timeout=30) as c:
        yield c


# --- identity -------------------------------------------------------------------------------
def test_signup_answers_firebase_rest_names_and_a_firebase_shaped_token(http):
    body = signup(http, "Shape@Example.com")
    assert set(body) >= {"idToken", "refreshToken", "expiresIn", "localId"}
    assert body["expiresIn"] == "3600"
    claims = jwt.decode(body["idToken"], options={"verify_signature": False})
    assert claims["sub"] == claims["user_id"] == body["localId"]
    assert claims["email"] == "shape@example.com"
    assert {"iat", "exp", "aud", "iss"} <= set(claims) and claims["exp"] - claims["iat"] == 3600


def test_signup_errors(http):
    signup(http, "dup@example.com")
    assert (
        http.post(
            "/api/auth/signup", json={"email": "dup@example.com", "password": "another password"}
        ).status_code
        == 400
    )
    r = http.post("/api/auth/signup", json={"email": "not-an-email", "password": "long enough"})
    assert r.status_code == 400 and "email" in r.json()["detail"]
    r = http.post("/api/auth/signup", json={"email": "short@example.com", "password": "short"})
    assert r.status_code == 400 and "password" in r.json()["detail"]
    assert http.post("/api/auth/signup", json={"email": "x@example.com"}).status_code == 400


def test_login_and_refresh(http):
    signup(http, "login@example.com", "the right password")
    r = http.post("/api/auth/login", json={"email": "LOGIN@example.com", "password": "the right password"})
    assert r.status_code == 200
    token, refresh = r.json()["idToken"], r.json()["refreshToken"]
    assert http.get("/api/api-keys", headers=bearer(token)).status_code == 200
    r = http.post("/api/auth/login", json={"email": "login@example.com", "password": "wrong password"})
    assert r.status_code == 400 and "INVALID_LOGIN_CREDENTIALS" in r.json()["detail"]
    r = http.post("/api/auth/login", json={"email": "nobody@example.com", "password": "whatever1"})
    assert r.status_code == 400
    r = http.post("/api/auth/refresh", json={"refreshToken": refresh})
    assert (
        r.status_code == 200
        and http.get("/api/api-keys", headers=bearer(r.json()["idToken"])).status_code == 200
    )
    assert http.post("/api/auth/refresh", json={"refreshToken": "nope"}).status_code == 400


def test_new_accounts_get_ten_credits(http):
    user = new_user(http)
    assert http.get("/api/v1/credits", headers=user.headers).json()["balance"] == 10


# --- key management (section 3) ------------------------------------------------------------
def test_create_list_revoke_key(http):
    session = signup(http)
    created = create_key(http, session["idToken"], "Production")
    assert set(created) == {"keyId", "name", "prefix", "rawKey", "createdAt"}
    assert created["prefix"] == created["rawKey"][:12] and created["name"] == "Production"
    assert abs(created["createdAt"] - time.time() * 1000) < 60_000  # epoch milliseconds
    listed = http.get("/api/api-keys", headers=bearer(session["idToken"])).json()
    assert listed == [
        {
            "keyId": created["keyId"],
            "name": "Production",
            "prefix": created["prefix"],
            "status": "active",
            "createdAt": created["createdAt"],
            "lastUsedAt": None,
        }
    ]
    assert "rawKey" not in listed[0]
    r = http.delete(f"/api/api-keys/{created['keyId']}", headers=bearer(session["idToken"]))
    assert r.status_code == 200 and r.json() == {"message": f"API key {created['keyId']} revoked"}
    listed = http.get("/api/api-keys", headers=bearer(session["idToken"])).json()
    assert listed[0]["status"] == "revoked"


def test_key_management_statuses(http):
    a, b = signup(http), signup(http)
    key_a = create_key(http, a["idToken"])
    for headers in (
        {},
        {"Authorization": "Basic abc"},
        {"Authorization": "Bearer not.a.jwt"},
        {"Authorization": "Bearer"},
    ):
        r = http.get("/api/api-keys", headers=headers)
        assert r.status_code == 401 and r.json()["detail"]
    expired = jwt.encode(
        {"sub": a["localId"], "exp": 1, "iat": 0, "aud": "ozor", "iss": "x"}, "wrong", "HS256"
    )
    assert http.get("/api/api-keys", headers=bearer(expired)).status_code == 401
    assert http.delete(f"/api/api-keys/{key_a['keyId']}", headers=bearer(b["idToken"])).status_code == 404
    assert http.delete("/api/api-keys/doesnotexist", headers=bearer(a["idToken"])).status_code == 404
    for body in ({}, {"name": ""}, {"name": "x" * 65}, {"name": 5}):
        assert http.post("/api/api-keys", json=body, headers=bearer(a["idToken"])).status_code == 400


def test_five_active_keys_then_400_and_revoking_frees_a_slot(http):
    session = signup(http)
    keys = [create_key(http, session["idToken"], f"k{i}") for i in range(5)]
    r = http.post("/api/api-keys", json={"name": "sixth"}, headers=bearer(session["idToken"]))
    assert r.status_code == 400 and "5 active" in r.json()["detail"]
    http.delete(f"/api/api-keys/{keys[0]['keyId']}", headers=bearer(session["idToken"]))
    create_key(http, session["idToken"], "replacement")
    assert len(http.get("/api/api-keys", headers=bearer(session["idToken"])).json()) == 6


# --- API-key auth (section 2) --------------------------------------------------------------
def test_api_key_statuses(http):
    user = new_user(http)
    assert http.get("/api/v1/videos").status_code == 401
    assert http.get("/api/v1/videos", headers={"X-API-Key": "sk_live_short"}).status_code == 401
    assert http.get("/api/v1/videos", headers={"X-API-Key": "sk_live_" + "A" * 32}).status_code == 401
    assert http.get("/api/v1/videos", headers={"X-API-Key": "sk_live_" + "0" * 32}).status_code == 401
    assert http.get("/api/v1/videos", headers={"Authorization": f"Bearer {user.id_token}"}).status_code == 401
    assert http.get("/api/v1/videos", headers=user.headers).status_code == 200
    http.delete(f"/api/api-keys/{user.key_id}", headers=bearer(user.id_token))
    r = http.get("/api/v1/videos", headers=user.headers)  # the very next request
    assert r.status_code == 401 and "revoked" in r.json()["detail"]


def test_last_used_at_updates_at_most_once_a_minute(http, live):
    user = new_user(http)
    assert http.get("/api/api-keys", headers=bearer(user.id_token)).json()[0]["lastUsedAt"] is None
    http.get("/api/v1/videos", headers=user.headers)
    first = http.get("/api/api-keys", headers=bearer(user.id_token)).json()[0]["lastUsedAt"]
    assert first and abs(first - time.time() * 1000) < 60_000
    http.get("/api/v1/videos", headers=user.headers)
    assert http.get("/api/api-keys", headers=bearer(user.id_token)).json()[0]["lastUsedAt"] == first
    with live.ctx.db.session() as s:  # a minute passes
        s.get(ApiKey, user.key_id).last_used_at = utcnow() - api_keys.LAST_USED_RESOLUTION
    http.get("/api/v1/videos", headers=user.headers)
    assert http.get("/api/api-keys", headers=bearer(user.id_token)).json()[0]["lastUsedAt"] > first - 60_000


def test_resources_belong_to_the_keys_account(http, live):
    owner, other = new_user(http), new_user(http)
    with live.ctx.db.session() as s:
        video_id = create_video(s, owner.account_id, None).id
    assert http.get(f"/api/v1/videos/{video_id}", headers=owner.headers).status_code == 200
    r = http.get(f"/api/v1/videos/{video_id}", headers=other.headers)
    assert r.status_code == 403 and r.json()["detail"]
    r = http.get("/api/v1/videos/nope", headers=owner.headers)
    assert r.status_code == 404 and r.json()["detail"]
    assert [v["videoId"] for v in http.get("/api/v1/videos", headers=owner.headers).json()["videos"]] == [
        video_id
    ]
    assert http.get("/api/v1/videos", headers=other.headers).json() == {"videos": []}


def test_list_limit_validation(http):
    user = new_user(http)
    for bad in ("0", "101", "abc"):
        r = http.get(f"/api/v1/videos?limit={bad}", headers=user.headers)
        assert r.status_code == 400 and "limit" in r.json()["detail"]
    assert http.get("/api/v1/videos?limit=100", headers=user.headers).status_code == 200


# --- errors (section 10) -------------------------------------------------------------------
def test_errors_are_json_detail_with_the_spec_status(http):
    r = http.get("/no/such/route")
    assert r.status_code == 404 and r.json() == {"detail": "Not Found"}
    session = signup(http)
    r = http.post(
        "/api/api-keys",
        content=b"{not json",
        headers={**bearer(session["idToken"]), "Content-Type": "application/json"},
    )
    assert r.status_code == 400 and r.json() == {"detail": "Malformed JSON in the request body"}
    r = http.post("/api/auth/signup", json=["a list"])
    assert r.status_code == 400 and "detail" in r.json()
    r = http.put("/api/auth/signup", json={})
    assert r.status_code == 405 and "detail" in r.json()
