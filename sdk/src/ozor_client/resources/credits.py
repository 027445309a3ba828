"""client.credits: the account's balance (GET /api/v1/credits)."""

from __future__ import annotations

from ozor_client._core import D, Op, Request, Resource, operation
from ozor_client.types import Balance


class Credits(Resource[D]):
    @operation
    def get(self) -> Op[Balance]:
        response = yield from self._call(Request("GET", "/api/v1/credits"))
        return Balance(response.json())
