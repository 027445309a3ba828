"""The motion composition: the reference's timing (3 scenes, 0.5 s crossfades, 15 s) built from the
version-2 vocabulary — kinetic text, a counter, an icon grid, animated backgrounds and motifs."""

from __future__ import annotations

from typing import Any

from ozor.scene.models import Project

PALETTE = {
    "background": "#0A0F1C",
    "surface": "#131B2E",
    "text": "#E6EDF7",
    "accent": "#3B82F6",
    "muted": "#94A3B8",
}


def box(x: float, y: float, w: float, h: float) -> dict[str, float]:
    return {"x": x, "y": y, "w": w, "h": h}


def scenes(portrait: bool) -> list[dict[str, Any]]:
    full = box(0, 0, 1, 1)
    head = box(0.06, 0.16, 0.76, 0.3) if portrait else box(0.08, 0.2, 0.84, 0.36)
    sub = box(0.06, 0.5, 0.76, 0.1) if portrait else box(0.08, 0.62, 0.7, 0.12)
    icons = [
        box(0.08 + 0.25 * k, 0.5, 0.2, 0.12) if portrait else box(0.12 + 0.28 * k, 0.52, 0.14, 0.25)
        for k in range(3)
    ]
    return [
        {
            "id": "hook",
            "duration": 5.25,
            "grain": 0.03,
            "background": {
                "type": "gradient",
                "kind": "radial",
                "colors": ["#16213A", "#0A0F1C"],
                "drift": 0.02,
            },
            "elements": [
                {"type": "motif", "id": "glow", "motif": "glow", "box": full, "opacity": 0.35},
                {
                    "type": "motif",
                    "id": "grid",
                    "motif": "grid",
                    "box": full,
                    "opacity": 0.12,
                    "speed": 0.015,
                },
                {
                    "type": "text",
                    "id": "claim",
                    "role": "heading",
                    "align": "left",
                    "size": 0.09,
                    "box": head,
                    "text": "Your team loses 9 hours a week to status meetings",
                    "emphasis": ["9 hours"],
                    "emphasisStyle": "marker",
                    "reveal": {"by": "word", "style": "rise", "stagger": 0.06},
                },
                {
                    "type": "text",
                    "id": "sub",
                    "role": "body",
                    "align": "left",
                    "box": sub,
                    "color": "#94A3B8",
                    "text": "Fieldnote turns them into a two-minute read",
                    "enter": {"kind": "fade", "delay": 0.9},
                },
            ],
            "transition": {"kind": "crossfade", "duration": 0.5},
            "narration": {"text": "", "audio": "tone.wav", "leadIn": 0.0},
        },
        {
            "id": "proof",
            "duration": 5.5,
            "background": {"type": "solid", "color": "#0A0F1C"},
            "elements": [
                {"type": "motif", "id": "dots", "motif": "dots", "box": full, "opacity": 0.14},
                {
                    "type": "counter",
                    "id": "saved",
                    "value": 650000,
                    "format": {"prefix": "$"},
                    "box": box(0.06, 0.2, 0.76, 0.14) if portrait else box(0.12, 0.14, 0.76, 0.22),
                    "duration": 1.3,
                },
                *(
                    {
                        "type": "icon",
                        "id": f"i{k}",
                        "name": name,
                        "background": "tile",
                        "box": icons[k],
                        "enter": {"kind": "pop", "duration": 0.5, "delay": 0.5 + 0.12 * k},
                        "keyframes": [{"at": 1.2}, {"at": 5.5, "y": -0.012, "easing": "ease_in_out_cubic"}],
                    }
                    for k, name in enumerate(["zap", "users", "shield-check"])
                ),
            ],
            "transition": {"kind": "crossfade", "duration": 0.5},
        },
        {
            "id": "cta",
            "duration": 5.25,
            "grain": 0.03,
            "background": {"type": "gradient", "colors": ["#1B2A4A", "#0A0F1C"], "drift": 0.02},
            "elements": [
                {
                    "type": "motif",
                    "id": "particles",
                    "motif": "particles",
                    "box": full,
                    "opacity": 0.5,
                    "speed": 0.03,
                },
                {
                    "type": "text",
                    "id": "line",
                    "role": "heading",
                    "box": head,
                    "size": 0.08,
                    "text": "Skip the meeting. Keep the team.",
                    "reveal": {"by": "word", "style": "punch", "stagger": 0.07},
                },
                {
                    "type": "text",
                    "id": "button",
                    "role": "cta",
                    "text": "Start free today",
                    "background": "#3B82F6",
                    "box": box(0.2, 0.62, 0.6, 0.08) if portrait else box(0.3, 0.64, 0.4, 0.13),
                    "enter": {"kind": "pop", "duration": 0.5, "delay": 0.8},
                },
            ],
        },
    ]


def project(aspect: str = "16:9") -> Project:
    return Project.model_validate(
        {
            "title": "Motion composition",
            "aspect": aspect,
            "theme": {"palette": PALETTE, "headingFont": "Plus Jakarta Sans"},
            "scenes": scenes(aspect == "9:16"),
        }
    )
