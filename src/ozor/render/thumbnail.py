"""A thumbnail from a representative frame: the first scene once its entrances have settled."""

from __future__ import annotations

from pathlib import Path

import av
from PIL import Image

from ozor.render.encode import TIME_BASE
from ozor.render.timeline import FPS, spans
from ozor.scene.models import (
    BarChartElement,
    ComparisonElement,
    CounterElement,
    DonutElement,
    Element,
    LineChartElement,
    ListElement,
    LowerThirdElement,
    MotifElement,
    Project,
    StingElement,
    TextElement,
)

MAX_SIDE = 1280


def settled_at(el: Element) -> float:
    """Scene-local seconds by which the element has finished coming in (entrance, reveal, count, growth)."""
    done = el.start
    if el.enter is not None and el.enter.kind != "none":
        done = el.start + el.enter.delay + el.enter.duration
    if isinstance(el, TextElement) and el.reveal is not None:
        units = len(el.text) if el.reveal.by == "character" else len(el.text.split())
        done = max(done, el.start + el.reveal.delay + el.reveal.stagger * units + el.reveal.duration)
    if isinstance(el, BarChartElement):
        done = max(done, el.start + el.delay + el.stagger * (len(el.data) - 1) + el.duration)
    elif isinstance(el, ListElement):
        done = max(done, el.start + el.delay + el.stagger * (len(el.items) - 1) + el.duration)
    elif isinstance(el, CounterElement | LineChartElement | DonutElement | ComparisonElement):
        done = max(done, el.start + el.delay + el.duration)
    elif isinstance(el, LowerThirdElement | StingElement):
        done = max(done, el.start + 0.9)
    return done


def representative_time(project: Project) -> float:
    """Seconds into the video where the first scene shows everything it has (never a fade frame)."""
    scene = project.scenes[0]
    span = spans(project)[0]
    settled = max([0.0, *(settled_at(el) for el in scene.elements if not isinstance(el, MotifElement))])
    end = (span.frames - span.overlap_out) / FPS  # before the transition into the next scene
    exits = [
        (el.end or scene.duration) - (el.exit.duration + el.exit.delay if el.exit else 0)
        for el in scene.elements
    ]
    latest = min([end - 1 / FPS, *exits]) if exits else end - 1 / FPS
    return max(0.0, min(max(settled + 0.3, scene.duration * 0.4), latest))


def write_thumbnail(project: Project, video: Path, out: Path) -> None:
    """Decode the frame at the representative time from the finished MP4 and save it as JPEG."""
    at = representative_time(project)
    with av.open(str(video)) as container:
        stream = container.streams.video[0]
        container.seek(int(at / (stream.time_base or TIME_BASE)), stream=stream, backward=True)
        chosen = None
        for frame in container.decode(stream):
            chosen = frame
            if frame.time is not None and frame.time >= at - 0.5 / FPS:
                break
    if chosen is None:
        raise ValueError("the video has no frames")
    image: Image.Image = chosen.to_image()  # type: ignore[no-untyped-call]  # PyAV ships no annotation for it
    image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    image.save(out, "JPEG", quality=88, optimize=True)
