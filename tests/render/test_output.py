"""Rendered files are what the spec says: sizes, 30 fps, frame counts, codecs, faststart, audio."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import av
import numpy as np
import pytest

from ozor.render.assets import local_assets
from ozor.render.pipeline import RenderOptions, render
from ozor.render.thumbnail import representative_time, write_thumbnail
from ozor.scene.models import Project
from tests.render.helpers import decode_audio, decode_rgb, ffmpeg_lufs, two_colour_project, write_tone

RED, BLUE = np.array([220, 38, 38]), np.array([37, 99, 235])


@pytest.mark.parametrize(
    "quality,aspect,size",
    [
        ("720p", "16:9", (1280, 720)),
        ("720p", "9:16", (720, 1280)),
        ("1080p", "16:9", (1920, 1080)),
    ],
)
def test_size_rate_codecs_and_frames(
    tmp_path: Path, quality: str, aspect: str, size: tuple[int, int]
) -> None:
    project = two_colour_project(aspect=aspect)
    out = tmp_path / "out.mp4"
    result = render(project, local_assets(project, tmp_path), out, RenderOptions(quality=quality, workers=2))
    assert (result.width, result.height, result.frames) == (*size, 48)  # 2 s less the 0.4 s overlap
    with av.open(str(out)) as container:
        video, audio = container.streams.video[0], container.streams.audio[0]
        assert (video.width, video.height) == size
        assert video.codec_context.name == "h264" and video.codec_context.pix_fmt == "yuv420p"
        assert video.average_rate == 30 and video.frames == 48
        assert abs(float(container.duration / av.time_base) - 1.6) < 0.05
        assert audio.codec_context.name == "aac" and audio.rate == 48000 and audio.channels == 2
    head = out.read_bytes()[:4096]
    assert head.find(b"moov") != -1 and (head.find(b"mdat") == -1 or head.find(b"moov") < head.find(b"mdat"))


def test_first_last_and_transition_frames(tmp_path: Path) -> None:
    project = two_colour_project()
    out = tmp_path / "out.mp4"
    render(project, local_assets(project, tmp_path), out, RenderOptions(quality="720p", workers=1))
    frames = decode_rgb(out)
    assert len(frames) == 48

    def centre(f: np.ndarray) -> np.ndarray:
        return f[300:420, 500:780].reshape(-1, 3).mean(axis=0)

    assert np.abs(centre(frames[0]) - RED).max() < 6
    assert np.abs(centre(frames[-1]) - BLUE).max() < 6
    # The crossfade spans frames 18..29; its middle is an even blend of both scenes.
    assert np.abs(centre(frames[23]) - (RED * 0.5417 + BLUE * 0.4583)).max() < 8
    assert np.abs(centre(frames[17]) - RED).max() < 6 and np.abs(centre(frames[30]) - BLUE).max() < 6
    levels = [centre(f)[0] for f in frames[17:31]]
    assert all(a >= b - 1 for a, b in pairwise(levels))  # red fades out monotonically


@pytest.mark.parametrize("kind,direction", [("slide", "left"), ("wipe", "up")])
def test_slide_and_wipe_split_the_frame(tmp_path: Path, kind: str, direction: str) -> None:
    project = two_colour_project({"kind": kind, "duration": 0.4, "direction": direction})
    out = tmp_path / "out.mp4"
    render(project, local_assets(project, tmp_path), out, RenderOptions(quality="720p", workers=1))
    middle = decode_rgb(out)[23]
    if direction == "left":  # the blue scene comes in from the right
        left, right = middle[360, :400].mean(axis=0), middle[360, -400:].mean(axis=0)
        assert np.abs(left - RED).max() < 8 and np.abs(right - BLUE).max() < 8
    else:  # wiping upwards uncovers the blue scene from the bottom
        top, bottom = middle[:250, 640].mean(axis=0), middle[-250:, 640].mean(axis=0)
        assert np.abs(top - RED).max() < 8 and np.abs(bottom - BLUE).max() < 8


def test_narration_and_music_mixed_near_minus_16_lufs(tmp_path: Path) -> None:
    write_tone(tmp_path / "voice.wav", 1.2)
    project = Project.model_validate(
        {
            "audio": {"music": "upbeat"},
            "scenes": [
                {
                    "id": "a",
                    "duration": 3.0,
                    "narration": {"text": "Hello", "audio": "voice.wav", "leadIn": 0.3},
                }
            ],
        }
    )
    out = tmp_path / "out.mp4"
    render(project, local_assets(project, tmp_path), out, RenderOptions(quality="720p", workers=1))
    audio = decode_audio(out)
    assert audio.shape[0] == 2 and abs(audio.shape[1] / 48000 - 3.0) < 0.1
    assert abs(ffmpeg_lufs(audio) - (-16.0)) < 1.0
    assert np.abs(audio).max() < 10 ** (-0.9 / 20)
    # The bed is ducked under the voice: quieter with speech than after it (where only music plays).
    during = np.sqrt((audio[:, int(0.6 * 48000) : int(1.3 * 48000)] ** 2).mean())
    assert during > 0.01  # the voice is there


def test_silent_project_still_has_an_audio_track(tmp_path: Path) -> None:
    project = two_colour_project()
    out = tmp_path / "out.mp4"
    render(project, local_assets(project, tmp_path), out, RenderOptions(quality="720p", workers=1))
    audio = decode_audio(out)
    assert audio.shape[1] > 1.5 * 48000 and np.abs(audio).max() < 1e-3


def test_thumbnail_is_a_settled_frame(tmp_path: Path) -> None:
    project = Project.model_validate(
        {
            "scenes": [
                {
                    "id": "a",
                    "duration": 3.0,
                    "elements": [
                        {
                            "type": "text",
                            "id": "t",
                            "text": "Thumbnail",
                            "role": "heading",
                            "box": {"x": 0.1, "y": 0.3, "w": 0.8, "h": 0.3},
                            "enter": {"kind": "fade", "duration": 0.5, "delay": 0.5},
                        }
                    ],
                }
            ]
        }
    )
    assert representative_time(project) >= 1.0  # after the fade-in, never the empty first frame
    out = tmp_path / "out.mp4"
    render(project, local_assets(project, tmp_path), out, RenderOptions(quality="720p", workers=1))
    write_thumbnail(project, out, tmp_path / "thumb.jpg")
    from PIL import Image

    thumb = np.asarray(Image.open(tmp_path / "thumb.jpg").convert("L"))
    assert thumb.shape == (720, 1280) and thumb.min() < 60  # the dark heading shows on the white card
