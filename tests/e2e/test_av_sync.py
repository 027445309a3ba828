"""Narration stays in sync with its scenes: a document video and a prompt video, narrated by the
default engine (Kokoro), exported over real HTTP; every scene's speech starts inside its own window,
after its lead-in, and ends before the scene does."""

from __future__ import annotations

from pathlib import Path

import httpx
import numpy as np

from ozor.scene.models import Project
from ozor.scene.timing import scene_starts
from tests.api.test_documents_api import analyze, sse
from tests.api.test_exports import relative, wait_export
from tests.render.helpers import decode_audio
from tests.support import LiveServer, new_user

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "documents"
RATE = 48_000
WINDOW = 0.02  # seconds per loudness reading
ONSET_EARLY, ONSET_LATE = 0.15, 0.45  # around the scene's lead-in: the voice's own breath at the start


def speech(audio: np.ndarray) -> list[tuple[float, float]]:
    """Voiced stretches (start, end) in seconds: 20 ms loudness above a tenth of the loudest,
    pauses under 0.3 s bridged (between words and sentences), blips under 0.1 s dropped."""
    mono = audio.mean(axis=0)
    step = int(RATE * WINDOW)
    frames = mono[: len(mono) // step * step].reshape(-1, step)
    rms = np.sqrt((frames**2).mean(axis=1))
    voiced = rms > 0.1 * rms.max()
    stretches: list[list[float]] = []
    for i in np.flatnonzero(voiced):
        t = float(i) * WINDOW
        if stretches and t - stretches[-1][1] < 0.3:
            stretches[-1][1] = t + WINDOW
        else:
            stretches.append([t, t + WINDOW])
    return [(a, b) for a, b in stretches if b - a >= 0.1]


def assert_in_sync(project: Project, audio: np.ndarray) -> int:
    """Every narrated scene's speech begins just after its lead-in and ends inside the scene (a
    stretch belongs to the scene it starts in, before the next scene takes over)."""
    stretches = speech(audio)
    windows = [
        (s.id, round(t, 2), round(t + s.duration, 2))
        for s, t in zip(project.scenes, scene_starts(project), strict=True)
    ]
    context = f"speech {[(round(a, 2), round(b, 2)) for a, b in stretches]}, scenes {windows}"
    checked = 0
    starts = scene_starts(project)
    for i, (scene, start) in enumerate(zip(project.scenes, starts, strict=True)):
        if scene.narration is None or not scene.narration.audio:
            continue
        onset = start + scene.narration.lead_in
        end = start + scene.duration
        handover = starts[i + 1] if i + 1 < len(starts) else end  # the next scene's voice starts after
        inside = [s for s in stretches if start - 0.05 <= s[0] < handover]
        assert inside, f"scene {scene.id}: no speech between {start:.2f} s and {end:.2f} s ({stretches})"
        first = inside[0][0]
        assert onset - ONSET_EARLY <= first <= onset + ONSET_LATE, (
            f"scene {scene.id}: speech starts at {first:.2f} s, the lead-in ends at {onset:.2f} s"
        )
        assert inside[-1][1] <= end + 0.05, (
            f"scene {scene.id}: speech runs to {inside[-1][1]:.2f} s, past {end:.2f} s; {context}"
        )
        checked += 1
    return checked


def export_audio(
    client: httpx.Client, server: LiveServer, headers: dict, video_id: str
) -> tuple[Project, np.ndarray]:
    """The voiced project without music (so silence is silence), exported at 720p; its soundtrack."""
    graph = client.get(f"/api/v1/videos/{video_id}/project", headers=headers).json()
    graph["audio"] = {**graph.get("audio", {}), "music": "none"}
    assert client.put(f"/api/v1/videos/{video_id}/project", headers=headers, json=graph).status_code == 200
    r = client.post(f"/api/v1/videos/{video_id}/export", headers=headers, json={"quality": "720p"})
    assert r.status_code == 200, r.text
    body = wait_export(client, server, headers, video_id)
    assert body["exportStatus"] == "complete", body
    path = server.settings.data_dir / f"{video_id}.mp4"
    path.write_bytes(client.get(relative(body["downloadUrl"])).content)
    voiced = Project.model_validate(client.get(f"/api/v1/videos/{video_id}/project", headers=headers).json())
    return voiced, decode_audio(path)


def test_a_document_video_speaks_each_scene_in_its_own_window(
    client: httpx.Client, server: LiveServer
) -> None:
    assert server.ctx.backends.tts.name == "kokoro"  # the default engine on a fresh install
    user = new_user(client)
    plan = analyze(client, user, (FIXTURES / "example.pdf").read_bytes(), name="example.pdf").json()["plan"]
    events = sse(client, user, plan["planId"])
    assert events[-1]["step"] == "done", events[-1]
    project, audio = export_audio(client, server, user.headers, events[-1]["projectId"])
    assert assert_in_sync(project, audio) >= 2


def test_a_prompt_video_speaks_each_scene_in_its_own_window(client: httpx.Client, server: LiveServer) -> None:
    user = new_user(client)
    started = client.post(
        "/api/v1/videos/generate",
        headers=user.headers,
        json={"prompt": "A 15-second ad for a minimalist desk lamp with a calm voice-over"},
    ).json()
    server.wait_for_jobs(timeout=300)
    job = client.get(
        f"/api/v1/videos/{started['videoId']}/jobs/{started['jobId']}", headers=user.headers
    ).json()
    assert job["status"] == "completed", job
    project, audio = export_audio(client, server, user.headers, started["videoId"])
    assert assert_in_sync(project, audio) >= 2
