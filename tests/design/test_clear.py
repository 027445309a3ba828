"""Decoration kept off the copy (design/clear.py): no motif is drawn under a text box, the synthwave
horizon stays one full-width floor, and the clear area is kept in up to three pieces."""

from __future__ import annotations

import pytest

from ozor.design import TEMPLATES, compose, look
from ozor.design.clear import FLOOR, MARGIN, PIECES
from ozor.scene.base import Box
from ozor.scene.decor import MotifElement
from ozor.scene.elements import TextElement


def crosses(a: Box, b: Box, margin: float) -> bool:
    return (
        a.x < b.x + b.w + margin - 1e-6
        and b.x - margin + 1e-6 < a.x + a.w
        and a.y < b.y + b.h + margin - 1e-6
        and b.y - margin + 1e-6 < a.y + a.h
    )


@pytest.mark.parametrize("name", ["retro", "minimalist", "corporate"])
@pytest.mark.parametrize("aspect", ["16:9", "9:16"])
def test_no_motif_is_drawn_under_the_copy(name, aspect):
    for template, spec in TEMPLATES.items():
        scene = compose(template, spec.example, look(name), aspect, 4.5)  # type: ignore[arg-type]
        texts = [e.box for e in scene.elements if isinstance(e, TextElement)]
        motifs = [e for e in scene.elements if isinstance(e, MotifElement)]
        for m in motifs:
            painted = m.box
            if m.motif == "horizon":
                assert m.box.w >= 0.99, (template, m.box)  # a floor, not a cut-out
                top = m.box.y + m.box.h * FLOOR
                painted = Box(x=m.box.x, y=top, w=m.box.w, h=m.box.y + m.box.h - top)
            assert not any(crosses(painted, t, MARGIN * 0.99) for t in texts), (template, m.id)
        for kind in {m.id.split("_")[0] for m in motifs}:
            assert sum(m.id.split("_")[0] == kind for m in motifs) <= PIECES
