"""`ozor admin …` acts on the same database the server uses."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx

from tests.support import make_settings, start_server


def ozor(data_dir, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "OZOR_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "ozor", *args], env=env, capture_output=True, text=True, timeout=120
    )


def test_admin_users_credits_and_keys(tmp_path):
    made = ozor(tmp_path, "admin", "users", "create", "ops@example.com", "--password", "a long password")
    assert made.returncode == 0, made.stderr
    assert "with 10 credits" in made.stdout
    assert ozor(tmp_path, "admin", "users", "create", "ops@example.com").returncode == 1
    granted = ozor(tmp_path, "admin", "credits", "grant", "ops@example.com", "15")
    assert granted.returncode == 0 and "balance of ops@example.com is now 25" in granted.stdout
    assert ozor(tmp_path, "admin", "credits", "grant", "nobody@example.com", "1").returncode == 1
    assert ozor(tmp_path, "admin", "credits", "grant", "ops@example.com", "0").returncode == 1
    key = ozor(tmp_path, "admin", "keys", "create", "ops@example.com", "--name", "ci")
    assert key.returncode == 0, key.stderr
    raw = key.stdout.strip()
    assert raw.startswith("sk_live_") and len(raw) == 40

    with start_server(make_settings(tmp_path), run_jobs=False) as live:
        with httpx.Client(base_url=live.url) as http:
            assert http.get("/api/v1/credits", headers={"X-API-Key": raw}).json()["balance"] == 25
            r = http.post("/api/auth/login", json={"email": "ops@example.com", "password": "a long password"})
            assert r.status_code == 200
