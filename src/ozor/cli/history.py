"""`ozor events|versions|diff|restore`: a video's live events and its version history, from a shell."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Column, Table

from ozor.cli.client import Json, _client, _handles_errors, _print_json, out

if TYPE_CHECKING:
    from ozor_client.types import VideoEvent

VideoId = Annotated[str, typer.Argument(help="The video.")]
Number = Annotated[int, typer.Argument(help="A version number (see `ozor versions`).")]


@_handles_errors
def events(
    video_id: VideoId,
    after: Annotated[int | None, typer.Option(help="Resume after this event id.")] = None,
    until_done: Annotated[
        bool, typer.Option("--until-done", help="Stop once a job of the video completes or fails.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """Follow a video live: the agent's tool calls, job statuses and export progress (Ctrl-C stops)."""
    stream = _client().videos.events(video_id, after=after)
    try:
        for event in stream:
            out.print(json.dumps(event.to_dict()) if as_json else _line(event))
            if until_done and event.event == "job.status" and event.data["status"] in ("completed", "failed"):
                return
    except KeyboardInterrupt:
        return


def _line(event: VideoEvent) -> str:
    data = event.data
    if event.event == "tool.call":
        outcome = f"  ✗ {data['error']}" if data.get("error") else ""
        return f"tool     {data['name']} {json.dumps(data['args'])}{outcome}"
    if event.event == "job.status":
        return (
            f"job      {data['jobId']} ({data['kind']}) {data['status']} {data.get('error') or ''}".rstrip()
        )
    if event.event == "export.progress":
        return f"export   {data['pct']:>3}% {data['stage']}: {data['detail']}"
    return f"{event.event:8} {json.dumps(data)}"


@_handles_errors
def versions(video_id: VideoId, as_json: Json = False) -> None:
    """A video's saved versions, newest first."""
    listed = _client().videos.versions(video_id)
    if as_json:
        _print_json(listed.to_dict())
        return
    table = Table(
        Column("version", no_wrap=True), "made by", "title", "scenes", Column("created", no_wrap=True)
    )
    for v in listed:
        mark = " (current)" if v.version == listed.current else ""
        made = f"{v.source} of {v.restored_from}" if v.restored_from else v.source
        table.add_row(f"{v.version}{mark}", made, v.title or "", str(v.scenes), v.created_at)
    out.print(table)


@_handles_errors
def diff(
    video_id: VideoId,
    version: Number,
    against: Annotated[
        int | None, typer.Option(help="Compare with this version (default: the one before).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="The changes and the JSON Patch as JSON.")] = False,
) -> None:
    """What changed in a version, in words (--json adds the RFC 6902 JSON Patch)."""
    changes = _client().videos.diff(video_id, version, against=against)
    if as_json:
        _print_json(changes.to_dict())
        return
    for line in changes.changes or ["No changes"]:
        out.print(f"- {line}")


@_handles_errors
def restore(video_id: VideoId, version: Number, as_json: Json = False) -> None:
    """Make an earlier version current again (saved as a new version)."""
    restored = _client().videos.restore(video_id, version)
    if as_json:
        _print_json(restored.to_dict())
    else:
        out.print(f"version {restored.version} now holds version {version}'s project")


COMMANDS = (events, versions, diff, restore)
