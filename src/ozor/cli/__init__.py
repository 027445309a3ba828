"""The `ozor` command: serve, admin (users, credits, keys); more subcommands join as they are built."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ozor.cli import client as client_cli
from ozor.cli import history
from ozor.config import Settings, load_settings
from ozor.scene.quality import Quality

app = typer.Typer(help="ozor: a self-hostable video API.", no_args_is_help=True, add_completion=False)
admin = typer.Typer(help="Operator commands on the server's own database.", no_args_is_help=True)
users = typer.Typer(help="Accounts.", no_args_is_help=True)
credits_cli = typer.Typer(help="Credits.", no_args_is_help=True)
keys = typer.Typer(help="API keys.", no_args_is_help=True)
admin.add_typer(users, name="users")
admin.add_typer(credits_cli, name="credits")
admin.add_typer(keys, name="keys")
app.add_typer(admin, name="admin")
client_cli.register(app, *history.COMMANDS)  # generate, edit, …, events, versions, diff, restore


def _fail(message: str, code: int = 1) -> None:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Interface to listen on (OZOR_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on (OZOR_PORT).")] = None,
    access_log: Annotated[
        bool, typer.Option(help="Log every request (costs a few % of throughput).")
    ] = False,
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            help="Server processes sharing the port and the database; each runs its share of OZOR_WORKERS jobs.",
        ),
    ] = 1,
) -> None:
    """Run the API server with the embedded defaults (SQLite, local files, in-process workers)."""
    import logging
    import os

    import uvicorn

    from ozor.app import create_app
    from ozor.db import Database

    overrides = {k: v for k, v in {"host": host, "port": port}.items() if v is not None}
    settings = load_settings(**overrides)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    url = settings.public_url
    typer.echo(f"ozor listening on http://{settings.host}:{settings.port} (public URL {url})")
    typer.echo(f"data in {settings.data_dir}; database {_redacted(settings.database_url or '')}")
    typer.echo(
        "sign up:  curl -s -X POST "
        f"{url}/api/auth/signup -H 'Content-Type: application/json' "
        '-d \'{"email": "you@example.com", "password": "a long password"}\''
    )
    if workers == 1:
        application = create_app(settings)
        uvicorn.run(
            application, host=settings.host, port=settings.port, log_level="info", access_log=access_log
        )
        return
    # Several processes: each builds the app from the environment (job claims are lease-safe across them).
    Database(settings.database_url or "").migrate()  # once, before the processes race to it
    os.environ.update(
        OZOR_HOST=settings.host,
        OZOR_PORT=str(settings.port),
        OZOR_WORKERS=str(max(1, settings.workers // workers)),
    )
    uvicorn.run(
        "ozor.app:app_from_env",
        factory=True,
        workers=workers,
        host=settings.host,
        port=settings.port,
        log_level="info",
        access_log=access_log,
    )


@app.command()
def worker(
    concurrency: Annotated[int | None, typer.Option(help="Jobs run at once (default OZOR_WORKERS).")] = None,
) -> None:
    """Run jobs from the broker (distributed mode: OZOR_BROKER_URL, a shared database and storage)."""
    import logging

    from ozor.context import HANDLERS
    from ozor.db import Database
    from ozor.jobs.queues.celery import celery_app  # celery is an optional extra
    from ozor.logs import mask_secrets_in_logs

    settings = load_settings()
    if not settings.broker_url:
        _fail("OZOR_BROKER_URL is not set: `ozor serve` runs jobs itself unless a broker is configured")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    mask_secrets_in_logs()
    Database(settings.database_url or "").migrate()
    typer.echo(
        f"ozor worker: broker {_redacted(settings.broker_url or '')}, database {_redacted(settings.database_url or '')}"
    )
    # Threads, not prefork: CPU-heavy steps (rendering chunks, parsing) start their own processes.
    celery_app(settings, HANDLERS).worker_main(
        ["worker", "--loglevel=INFO", "--pool=threads", f"--concurrency={concurrency or settings.workers}"]
    )


def _redacted(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://…@{rest.split('@', 1)[1]}"
    return url


def _settings() -> Settings:
    return load_settings()


@users.command("create")
def users_create(
    email: str,
    password: Annotated[
        str | None, typer.Option(help="Password for web and /api/auth/login sign-in.")
    ] = None,
) -> None:
    """Create an account (with the sign-up credits)."""
    from ozor.accounts import accounts
    from ozor.db import Database
    from ozor.errors import OzorError

    settings = _settings()
    db = Database(settings.database_url or "")
    db.migrate()
    try:
        with db.session() as session:
            account = accounts.create_account(
                session, email=email, password=password, signup_credits=settings.signup_credits
            )
            typer.echo(
                f"created account {account.id} <{account.email}> with {settings.signup_credits} credits"
            )
    except OzorError as e:
        _fail(e.detail)


@credits_cli.command("grant")
def credits_grant(email: str, amount: int) -> None:
    """Add AMOUNT credits to the account of EMAIL."""
    from ozor.accounts import accounts, credits
    from ozor.db import Database
    from ozor.errors import OzorError

    if amount <= 0:
        _fail("AMOUNT must be a positive number of credits")
    db = Database(_settings().database_url or "")
    db.migrate()
    try:
        with db.session() as session:
            account = accounts.by_email(session, email)
            credits.grant(session, account.id, amount, note="Granted by an operator")
            typer.echo(
                f"granted {amount}; balance of {account.email} is now {credits.balance(session, account.id)}"
            )
    except OzorError as e:
        _fail(e.detail)


@keys.command("create")
def keys_create(
    email: str, name: Annotated[str, typer.Option(help="A name for the key (1-64 characters).")]
) -> None:
    """Create an API key for EMAIL and print the raw key (shown this once)."""
    from ozor.accounts import accounts, api_keys
    from ozor.db import Database
    from ozor.errors import OzorError

    settings = _settings()
    db = Database(settings.database_url or "")
    db.migrate()
    try:
        with db.session() as session:
            account = accounts.by_email(session, email)
            key, raw = api_keys.create_key(session, account.id, name, max_active=settings.max_active_keys)
    except OzorError as e:
        _fail(e.detail)
    typer.echo(raw)
    typer.secho(f"key {key.id} ({key.name}); store it now, it is not shown again", err=True)


@app.command()
def render(
    project: Annotated[Path, typer.Argument(help="A scene-graph JSON file; asset paths are relative to it.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Where to write the MP4.")] = Path("out.mp4"),
    quality: Annotated[Quality, typer.Option(help="720p, 1080p or 4k.")] = "1080p",
    workers: Annotated[int | None, typer.Option(help="Chunk processes (default: one per core).")] = None,
    thumbnail: Annotated[Path | None, typer.Option(help="Also write a JPEG thumbnail here.")] = None,
) -> None:
    """Render a project file to an MP4 on this machine (no server needed)."""
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    from ozor.errors import OzorError
    from ozor.render.local import render_file

    settings = Settings()
    columns = (
        TextColumn("[bold]rendering"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total} frames"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    try:
        with Progress(*columns) as bar:
            task = bar.add_task("render", total=None)
            result = render_file(
                project,
                output,
                quality=quality,
                preset=settings.x264_preset,
                crf=settings.x264_crf,
                workers=workers or settings.render_workers,
                thumbnail=thumbnail,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
            )
    except (OzorError, ValueError, OSError) as e:
        _fail(getattr(e, "detail", None) or str(e))
    typer.echo(f"{output}: {result.width}x{result.height}, {result.frames} frames, {result.duration:.2f} s")


def main() -> None:
    app(prog_name="ozor")


if __name__ == "__main__":
    main()
