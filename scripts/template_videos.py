"""Render every scene template in both aspects (a look per template, cycling) and measure them.

    python scripts/template_videos.py [--out /tmp/templates] [--quality 720p] [--looks dark,calm]
                                      [--templates hero,stat] [--duration 4.5] [--shift 3]

Prints ink and motion (bench/quality.py) per video, then the medians and mean motion per look.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from quality import measure  # noqa: E402  (bench/ is a folder of scripts, not a package)

from ozor.design import LOOK_NAMES, TEMPLATES, compose, look  # noqa: E402
from ozor.render.assets import local_assets  # noqa: E402
from ozor.render.pipeline import RenderOptions, render  # noqa: E402
from ozor.scene.models import Project  # noqa: E402

ASSETS = ROOT / "examples" / "assets"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/ozor-templates"))
    parser.add_argument("--quality", default="720p")
    parser.add_argument("--duration", type=float, default=4.5)
    parser.add_argument("--looks", default=",".join(LOOK_NAMES))
    parser.add_argument("--templates", default=",".join(TEMPLATES))
    parser.add_argument("--aspects", default="16:9,9:16")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--shift", type=int, default=0, help="start the look cycle this many looks later")
    args = parser.parse_args()
    looks = args.looks.split(",")
    args.out.mkdir(parents=True, exist_ok=True)
    by_look: dict[str, list[tuple[float, float]]] = defaultdict(list)
    results: list[tuple[float, float]] = []
    for k, name in enumerate(args.templates.split(",")):
        chosen = look(looks[(k + args.shift) % len(looks)])
        for aspect in args.aspects.split(","):
            scene = compose(name, TEMPLATES[name].example, chosen, aspect, args.duration, seed=k)
            project = Project(theme=chosen.theme, aspect=aspect, scenes=[scene])
            out = args.out / f"{name}-{chosen.name}-{aspect.replace(':', 'x')}.mp4"
            options = RenderOptions(quality=args.quality, workers=args.workers, preset="ultrafast")
            render(project, local_assets(project, ASSETS), out, options)
            ink, motion = measure(out)
            by_look[chosen.name].append((ink, motion))
            results.append((ink, motion))
            print(f"{out.name:48s} ink {ink:.3f}  motion {motion:.3f}", flush=True)
    print("\nlook         videos  median ink  mean motion")
    for name, values in sorted(by_look.items()):
        inks, motions = zip(*values, strict=True)
        print(
            f"{name:12s} {len(values):6d}  {statistics.median(inks):10.3f}  {statistics.mean(motions):11.3f}"
        )
    inks, motions = zip(*results, strict=True)
    print(f"{'all':12s} {len(results):6d}  {statistics.median(inks):10.3f}  {statistics.mean(motions):11.3f}")


if __name__ == "__main__":
    main()
