"""Steps the browser tests share: signing up through the form, reading the CSRF token."""

from __future__ import annotations

import secrets

PASSWORD = "correct horse battery"


def sign_up(page, email: str | None = None) -> str:  # type: ignore[no-untyped-def]
    """Create an account through /signup, by keyboard as a person would; returns the email."""
    email = email or f"web-{secrets.token_hex(4)}@example.com"
    from playwright.sync_api import expect

    page.goto("/signup")
    expect(page.get_by_label("Email")).to_be_focused()  # autofocus
    page.keyboard.type(email)
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Your videos")).to_be_visible()
    return email


def account_id(server, email: str) -> str:  # type: ignore[no-untyped-def]
    from ozor.accounts import accounts

    with server.ctx.db.reader() as session:
        return accounts.by_email(session, email).id


def sample_project(title: str = "Desk lamp teaser", aspect: str = "16:9", narrated: bool = True):  # type: ignore[no-untyped-def]
    """A small two-scene graph, as a client would PUT it (the scene graph is public)."""
    from ozor.scene.models import Project

    project = Project.model_validate(
        {
            "title": title,
            "aspect": aspect,
            "scenes": [
                {
                    "id": "s1",
                    "title": "Hook",
                    "duration": 2.5,
                    "narration": {"text": "Meet Lumo, the lamp that thinks."},
                    "elements": [
                        {
                            "id": "h",
                            "type": "text",
                            "role": "heading",
                            "text": "Light, reimagined",
                            "box": {"x": 0.1, "y": 0.3, "w": 0.8, "h": 0.3},
                        }
                    ],
                },
                {
                    "id": "s2",
                    "title": "Call to action",
                    "duration": 2.0,
                    "elements": [
                        {
                            "id": "c",
                            "type": "text",
                            "role": "cta",
                            "text": "Order today",
                            "box": {"x": 0.3, "y": 0.6, "w": 0.4, "h": 0.15},
                        }
                    ],
                },
            ],
        }
    )
    if narrated:
        return project
    return project.model_copy(
        update={"scenes": [s.model_copy(update={"narration": None}) for s in project.scenes]}
    )


def make_video(server, email: str, *, created_via: str = "web", project=None) -> str:  # type: ignore[no-untyped-def]
    """A video owned by the account behind `email`, straight through the domain."""
    from ozor.videos import projects

    owner = account_id(server, email)
    with server.ctx.db.session() as session:
        video = projects.create_video(session, owner, project or sample_project(), created_via=created_via)
        return video.id
