"""client.auth: the server's own sign-in (Firebase REST field names), for an ID token to manage keys."""

from __future__ import annotations

from ozor_client._core import D, Op, Request, Resource, operation
from ozor_client.types import SignIn


class Auth(Resource[D]):
    @operation
    def signup(self, email: str, password: str) -> Op[SignIn]:
        return (yield from self._sign_in("signup", {"email": email, "password": password}))

    @operation
    def login(self, email: str, password: str) -> Op[SignIn]:
        return (yield from self._sign_in("login", {"email": email, "password": password}))

    @operation
    def refresh(self, refresh_token: str) -> Op[SignIn]:
        return (yield from self._sign_in("refresh", {"refreshToken": refresh_token}))

    def _sign_in(self, action: str, body: dict[str, str]) -> Op[SignIn]:
        response = yield from self._call(Request("POST", f"/api/auth/{action}", json=body, auth=None))
        return SignIn(response.json())
