"""Sign-in: the server's own Firebase-shaped ID tokens, refresh tokens, and who a bearer token is.

Local ID tokens are HS256 JWTs signed with the server secret, with Firebase's claims (`sub`,
`user_id`, `email`, `iat`, `exp`, `aud`, `iss`). RS256 tokens are Firebase's own, checked by
`firebase.FirebaseVerifier` when a project id is configured.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

import jwt
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ozor.accounts import accounts, passwords
from ozor.accounts.firebase import FirebaseVerifier
from ozor.config import Settings
from ozor.db.models import Account, RefreshToken
from ozor.db.timefmt import aware, utcnow
from ozor.errors import BadRequest, Unauthorized

LOCAL_AUDIENCE = "ozor"
LOCAL_ISSUER = "https://securetoken.ozor.local/ozor"


@dataclass(frozen=True)
class SignIn:
    """What sign-up, login and refresh answer (Firebase's REST names on the wire)."""

    id_token: str
    refresh_token: str
    expires_in: int
    account_id: str
    email: str | None


class Identity:
    def __init__(self, settings: Settings, firebase: FirebaseVerifier | None = None):
        assert settings.secret_key
        self._secret = settings.secret_key
        self._ttl = settings.id_token_ttl_sec
        self._refresh_ttl = timedelta(days=settings.refresh_token_ttl_days)
        self._signup_credits = settings.signup_credits
        self.firebase = firebase or (
            FirebaseVerifier(settings.firebase_project_id, settings.firebase_certs_url)
            if settings.firebase_project_id
            else None
        )

    # --- issuing -------------------------------------------------------------------------------
    def id_token(self, account: Account) -> str:
        now = int(utcnow().timestamp())
        claims = {
            "iss": LOCAL_ISSUER,
            "aud": LOCAL_AUDIENCE,
            "auth_time": now,
            "user_id": account.id,
            "sub": account.id,
            "iat": now,
            "exp": now + self._ttl,
            "email": account.email,
            "email_verified": False,
            "firebase": {"identities": {"email": [account.email]}, "sign_in_provider": "password"},
        }
        return jwt.encode(claims, self._secret, algorithm="HS256")

    def _sign_in(self, session: Session, account: Account) -> SignIn:
        raw = secrets.token_urlsafe(40)
        session.add(
            RefreshToken(
                token_hash=_sha256(raw), account_id=account.id, expires_at=utcnow() + self._refresh_ttl
            )
        )
        return SignIn(self.id_token(account), raw, self._ttl, account.id, account.email)

    def sign_up(self, session: Session, email: str, password: str) -> SignIn:
        account = accounts.create_account(
            session, email=email, password=password, signup_credits=self._signup_credits
        )
        return self._sign_in(session, account)

    def log_in(self, session: Session, email: str, password: str) -> SignIn:
        account = session.scalar(select(Account).where(Account.email == accounts.normalise_email(email)))
        if not passwords.verify_password(account.password_hash if account else None, password):
            raise BadRequest("INVALID_LOGIN_CREDENTIALS: wrong email or password")
        assert account is not None
        return self._sign_in(session, account)

    def refresh(self, session: Session, refresh_token: str) -> SignIn:
        row = session.get(RefreshToken, _sha256(refresh_token))
        if row is None or aware(row.expires_at) < utcnow():
            raise BadRequest("INVALID_REFRESH_TOKEN: the refresh token is invalid or expired")
        account = session.get(Account, row.account_id)
        assert account is not None
        return SignIn(self.id_token(account), refresh_token, self._ttl, account.id, account.email)

    def log_out(self, session: Session, refresh_token: str) -> None:
        session.execute(delete(RefreshToken).where(RefreshToken.token_hash == _sha256(refresh_token)))

    # --- verifying -----------------------------------------------------------------------------
    def account_for_bearer(self, session: Session, token: str) -> Account:
        """The account an ID token (ours or Firebase's) belongs to; 401 for anything else."""
        try:
            alg = jwt.get_unverified_header(token).get("alg")
        except jwt.PyJWTError:
            raise Unauthorized("Invalid ID token: not a JWT") from None
        if alg == "HS256":
            claims = self._verify_local(token)
            account = session.get(Account, claims["sub"])
            if account is None:
                raise Unauthorized("Invalid ID token: the account no longer exists")
            return account
        if alg == "RS256" and self.firebase is not None:
            claims = self.firebase.verify(token)
            return self._firebase_account(session, claims)
        raise Unauthorized(f"Invalid ID token: unsupported algorithm {alg!r}")

    def _verify_local(self, token: str) -> dict:
        try:
            return jwt.decode(
                token,
                self._secret,
                algorithms=["HS256"],
                audience=LOCAL_AUDIENCE,
                issuer=LOCAL_ISSUER,
                options={"require": ["exp", "iat", "sub", "aud", "iss"]},
            )
        except jwt.ExpiredSignatureError:
            raise Unauthorized("ID token expired: sign in again or refresh it") from None
        except jwt.PyJWTError as e:
            raise Unauthorized(f"Invalid ID token: {e}") from None

    def _firebase_account(self, session: Session, claims: dict) -> Account:
        """A Firebase user gets an account on first sight."""
        uid = claims["sub"]
        account = session.scalar(select(Account).where(Account.firebase_uid == uid))
        if account is not None:
            return account
        email = claims.get("email")
        if email and session.scalar(select(Account).where(Account.email == email.lower())):
            email = None  # the address belongs to a local account; do not merge identities silently
        return accounts.create_account(
            session, email=email, firebase_uid=uid, signup_credits=self._signup_credits
        )


def _sha256(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()
