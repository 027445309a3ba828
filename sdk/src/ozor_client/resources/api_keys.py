"""client.api_keys: create, list and revoke API keys; authenticated with `client.id_token`."""

from __future__ import annotations

from urllib.parse import quote

from ozor_client._core import D, Op, Request, Resource, operation
from ozor_client.types import ApiKey, CreatedApiKey, Message

BASE = "/api/api-keys"


class ApiKeys(Resource[D]):
    @operation
    def create(self, name: str) -> Op[CreatedApiKey]:
        """A new key; its `raw_key` is shown in this answer only (at most 5 active keys)."""
        response = yield from self._call(Request("POST", BASE, json={"name": name}, auth="id_token"))
        return CreatedApiKey(response.json())

    @operation
    def list(self) -> Op[list[ApiKey]]:
        """Every key of the account, active and revoked (prefixes only)."""
        response = yield from self._call(Request("GET", BASE, auth="id_token"))
        return [ApiKey(item) for item in response.json()]

    @operation
    def revoke(self, key_id: str) -> Op[Message]:
        """Takes effect at once: the next request with that key gets 401."""
        response = yield from self._call(
            Request("DELETE", f"{BASE}/{quote(key_id, safe='')}", auth="id_token")
        )
        return Message(response.json())
