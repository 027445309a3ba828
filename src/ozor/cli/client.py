"""`ozor generate|edit|export|doc2video|voices|videos|download|credits`: the API from a shell, on ozor-client.

They talk to the server at OZOR_BASE_URL (default https://ozor.ai) with OZOR_API_KEY. Results go to
stdout (`--json` for machines); progress, spinners and errors go to stderr, errors as one line. The exit
code tells the class of failure:

    0 success                 5 402 out of credits         9 server unreachable or too slow to answer
    1 unexpected error        6 403 not yours              10 the job, export or generation failed
    2 bad command-line usage  7 404 not found              11 gave up waiting (--timeout)
    3 400 rejected request    8 5xx server error
    4 401 API key missing, unknown or revoked
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TransferSpeedColumn,
)
from rich.table import Column, Table

if TYPE_CHECKING:
    from ozor_client import Ozor
    from ozor_client.types import Job, Video

F = TypeVar("F", bound=Callable[..., None])
err = Console(stderr=True)
out = Console(highlight=False, soft_wrap=True)

Aspect = Annotated[Literal["16:9", "9:16"] | None, typer.Option(help="Frame shape.")]
Quality = Annotated[Literal["720p", "1080p", "4k"] | None, typer.Option(help="Render size.")]
Public = Annotated[bool, typer.Option("--public", help="Also publish: a permanent shareUrl and shareCode.")]
Out = Annotated[Path | None, typer.Option("--out", "-o", help="Save the MP4 here.", dir_okay=False)]
Json = Annotated[bool, typer.Option("--json", help="Print the result as JSON on stdout.")]
Timeout = Annotated[float, typer.Option(help="Seconds to wait for each step before giving up.")]
WebhookUrl = Annotated[
    str | None, typer.Option("--webhook-url", help="POST the outcome here, signed (see Settings → Webhooks).")
]
IdempotencyKey = Annotated[
    str | None,
    typer.Option(
        "--idempotency-key",
        help="Reuse to make a re-run return the first run's answer (default: a fresh key per run).",
    ),
]
Images = Annotated[
    list[Path] | None,
    typer.Option("--image", help="Attach an image (repeatable).", exists=True, dir_okay=False),
]


def _exit_code(error: Exception) -> int:
    from ozor_client import errors as e

    table: list[tuple[type[Exception], int]] = [
        (e.BadRequestError, 3),
        (e.AuthenticationError, 4),
        (e.InsufficientCreditsError, 5),
        (e.PermissionDeniedError, 6),
        (e.NotFoundError, 7),
        (e.ServerError, 8),
        (e.APIConnectionError, 9),
        (e.WaitTimeoutError, 11),
        (e.OperationFailed, 10),
    ]
    return next((code for cls, code in table if isinstance(error, cls)), 1)


def _handles_errors(command: F) -> F:
    """One red line and the class's exit code instead of a traceback."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> None:
        from ozor_client import OzorError

        try:
            command(*args, **kwargs)
        except OzorError as error:
            err.print(f"[red]error:[/red] {error}", highlight=False, soft_wrap=True)
            raise typer.Exit(_exit_code(error)) from None

    return run  # type: ignore[return-value]


def _client() -> Ozor:
    import os

    from ozor_client import Ozor

    if not os.environ.get("OZOR_API_KEY"):
        err.print("[red]error:[/red] OZOR_API_KEY is not set (create a key with `ozor admin keys create`)")
        raise typer.Exit(4)
    return Ozor()


def _fresh_key() -> str:
    """Every run sends an Idempotency-Key, so the client may retry its POSTs without doing them twice."""
    import uuid

    return f"cli-{uuid.uuid4()}"


def _print_json(value: Any) -> None:
    out.print_json(json.dumps(value))


def _progress(*columns: ProgressColumn) -> Progress:
    """Live on a terminal's stderr, gone when done; silent when stderr is a pipe or a log."""
    return Progress(*columns, console=err, transient=True, disable=not err.is_terminal)


@contextmanager
def _spinner(text: str) -> Iterator[Callable[[str], None]]:
    """A spinner with the elapsed time; the yielded function changes its text."""
    with _progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn()) as bar:
        task = bar.add_task(text, total=None)
        yield lambda description: bar.update(task, description=description)


def _wait_job(client: Ozor, video_id: str, job_id: str, timeout: float) -> Job:
    with _spinner("Agent queued") as update:
        return client.videos.wait_for_job(
            video_id, job_id, timeout=timeout, on_update=lambda job: update(f"Agent {job.status}")
        )


def _wait_export(client: Ozor, video_id: str, timeout: float) -> Video:
    with _spinner("Export queued") as update:
        return client.videos.wait_for_export(
            video_id, timeout=timeout, on_update=lambda v: update(f"Export {v.export_status or 'starting'}")
        )


def _download(client: Ozor, video_id: str, path: Path) -> Path:
    columns = (TextColumn("Downloading"), BarColumn(), DownloadColumn(), TransferSpeedColumn())
    with _progress(*columns) as bar:
        task = bar.add_task("download", total=None)
        return client.videos.download(
            video_id, path, on_progress=lambda done, total: bar.update(task, completed=done, total=total)
        )


def _deliver(
    client: Ozor,
    video_id: str,
    out_file: Path | None,
    as_json: bool,
    timeout: float,
    extra: dict[str, Any] | None = None,
) -> None:
    """The common ending: wait for the export, save it when asked, say where the video is."""
    video = _wait_export(client, video_id, timeout)
    saved = _download(client, video_id, out_file) if out_file else None
    _report(video, saved, as_json, extra)


def _report(video: Video, saved: Path | None, as_json: bool, extra: dict[str, Any] | None = None) -> None:
    """Where the video is, as JSON or as labelled lines."""
    if as_json:
        _print_json({**(extra or {}), "video": video.to_dict(), "file": str(saved) if saved else None})
        return
    for label, value in [
        ("video", video.video_id),
        ("title", video.title),
        ("editor", video.editor_url),
        ("export", video.export_status),
        ("download", video.download_url),
        ("share", video.share_url),
        ("saved", saved),
    ]:
        if value:
            out.print(f"{label + ':':10}{value}")


@_handles_errors
def generate(
    prompt: Annotated[str, typer.Argument(help="What the video is about (1-2000 characters).")],
    aspect: Aspect = None,
    quality: Quality = None,
    public: Public = False,
    image: Images = None,
    out_file: Out = None,
    as_json: Json = False,
    timeout: Timeout = 1800,
    webhook_url: WebhookUrl = None,
    idempotency_key: IdempotencyKey = None,
) -> None:
    """Generate a video from a prompt; with --out, --quality or --public also render and export it."""
    client = _client()
    export = bool(out_file or quality or public)
    started = client.videos.generate(
        prompt,
        aspect=aspect,
        export=export or None,
        export_quality=quality,
        export_is_public=public or None,
        images=image,
        webhook_url=webhook_url,
        idempotency_key=idempotency_key or _fresh_key(),
    )
    err.print(f"video {started.video_id}, job {started.job_id}")
    job = _wait_job(client, started.video_id, started.job_id, timeout)
    if not as_json and job.response:
        out.print(job.response)
    if export:
        _deliver(client, started.video_id, out_file, as_json, timeout, extra={"job": job.to_dict()})
    else:
        _report(client.videos.get(started.video_id), None, as_json, extra={"job": job.to_dict()})


@_handles_errors
def edit(
    video_id: Annotated[str, typer.Argument(help="The video to change.")],
    message: Annotated[str, typer.Argument(help="The change, in words (1-2000 characters).")],
    image: Images = None,
    as_json: Json = False,
    timeout: Timeout = 1800,
    webhook_url: WebhookUrl = None,
    idempotency_key: IdempotencyKey = None,
) -> None:
    """Ask the agent for a change to a video, and wait for it."""
    client = _client()
    started = client.videos.message(
        video_id,
        message,
        images=image,
        webhook_url=webhook_url,
        idempotency_key=idempotency_key or _fresh_key(),
    )
    job = _wait_job(client, video_id, started.job_id, timeout)
    if as_json:
        _print_json(job.to_dict())
    else:
        out.print(job.response or "done")


@_handles_errors
def export(
    video_id: Annotated[str, typer.Argument(help="The video to render.")],
    quality: Quality = None,
    public: Public = False,
    out_file: Out = None,
    as_json: Json = False,
    timeout: Timeout = 1800,
    webhook_url: WebhookUrl = None,
    idempotency_key: IdempotencyKey = None,
) -> None:
    """Render a video to MP4 (default 1080p) and wait; --out saves it."""
    client = _client()
    client.videos.export(
        video_id,
        quality=quality,
        is_public=public or None,
        webhook_url=webhook_url,
        idempotency_key=idempotency_key or _fresh_key(),
    )
    _deliver(client, video_id, out_file, as_json, timeout)


@_handles_errors
def doc2video(
    source: Annotated[
        str, typer.Argument(metavar="FILE_OR_URL", help="A PDF, PPTX or DOCX file, or a web page.")
    ],
    duration: Annotated[int | None, typer.Option(help="Target length in seconds (default 30).")] = None,
    voice: Annotated[str | None, typer.Option(help="A voice id (see `ozor voices`).")] = None,
    prompt: Annotated[str | None, typer.Option(help="Guidance: tone, focus, audience, language.")] = None,
    aspect: Aspect = None,
    quality: Quality = None,
    public: Public = False,
    out_file: Out = None,
    as_json: Json = False,
    timeout: Timeout = 1800,
) -> None:
    """Turn a document or web page into a narrated video: analyze, generate, export."""
    is_url = source.startswith(("http://", "https://"))
    if not is_url and not Path(source).is_file():
        raise typer.BadParameter(f"{source} is neither a file nor an http(s) URL", param_hint="FILE_OR_URL")
    client = _client()
    with _spinner("Analyzing the document"):
        plan = client.documents.analyze(
            file=None if is_url else Path(source),
            url=source if is_url else None,
            target_duration_sec=duration,
            prompt=prompt,
            aspect_ratio=aspect,
        )
    cost = f"{plan.credits_cost} credit{'' if plan.credits_cost == 1 else 's'}"
    err.print(f"plan {plan.plan_id}: {len(plan.scenes)} scenes; generating them costs {cost}")
    if voice:
        plan = client.documents.update_plan(plan.plan_id, voice_settings={"voiceId": voice})
    project_id = None
    with _progress(TextColumn("{task.description}"), BarColumn(), TaskProgressColumn()) as bar:
        task = bar.add_task("Generating", total=100)
        for event in client.documents.generate(plan.plan_id):
            bar.update(task, completed=max(0.0, event.pct), description=event.detail)
            project_id = event.project_id or project_id
    if not project_id:
        err.print("[red]error:[/red] generation finished without a project id")
        raise typer.Exit(1)
    client.videos.export(project_id, quality=quality, is_public=public or None)
    _deliver(client, project_id, out_file, as_json, timeout, extra={"planId": plan.plan_id})


@_handles_errors
def voices(as_json: Json = False) -> None:
    """The narration voices for doc2video."""
    listed = _client().documents.voices()
    if as_json:
        _print_json(listed.to_dict())
        return
    table = Table("id", "label", "gender", "character")
    for v in listed:
        table.add_row(v.id, v.label, v.gender, v.character)
    out.print(table)


@_handles_errors
def videos(
    limit: Annotated[int, typer.Option(min=1, max=100, help="How many, newest first.")] = 20,
    as_json: Json = False,
) -> None:
    """Your API-made videos, newest first."""
    listed = _client().videos.list(limit=limit)
    if as_json:
        _print_json(listed.to_dict())
        return
    table = Table(
        Column("video", no_wrap=True),
        "title",
        Column("status", no_wrap=True),
        Column("created", no_wrap=True),
    )
    for v in listed:
        table.add_row(v.video_id, v.title, v.status, v.created_at)
    out.print(table)


@_handles_errors
def download(
    video_id: Annotated[str, typer.Argument(help="The video whose latest export to fetch.")],
    file: Annotated[Path, typer.Argument(help="Where to save the MP4.", dir_okay=False)],
    as_json: Json = False,
) -> None:
    """Save the latest complete export of a video."""
    saved = _download(_client(), video_id, file)
    if as_json:
        _print_json({"videoId": video_id, "file": str(saved), "bytes": saved.stat().st_size})
    else:
        out.print(f"saved {saved} ({saved.stat().st_size:,} bytes)")


@_handles_errors
def credits(as_json: Json = False) -> None:
    """Your credit balance."""
    balance = _client().credits.get()
    if as_json:
        _print_json(balance.to_dict())
    else:
        out.print(
            f"{balance.balance} credits" + (f" ({balance.held} held by running jobs)" if balance.held else "")
        )


PANEL = "API client (OZOR_API_KEY, OZOR_BASE_URL)"


def register(app: typer.Typer, *more: Callable[..., None]) -> None:
    for command in (generate, edit, export, doc2video, voices, videos, download, credits, *more):
        app.command(rich_help_panel=PANEL)(command)
