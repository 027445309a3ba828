"""The quick path of the README: sign up, create a key, list videos, revoke, 401."""

from tests.support import bearer, new_user


def test_signup_key_list_revoke(client):
    user = new_user(client)
    r = client.get("/api/v1/videos", headers=user.headers)
    assert r.status_code == 200 and r.json() == {"videos": []}
    r = client.delete(f"/api/api-keys/{user.key_id}", headers=bearer(user.id_token))
    assert r.json() == {"message": f"API key {user.key_id} revoked"}
    assert client.get("/api/v1/videos", headers=user.headers).status_code == 401
