"""Decoration and broadcast graphics: drifting motifs, lower thirds, progress bars and logo stings."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from ozor.scene.base import AssetRef, Color, ElementBase, Fraction, Label

MotifKind = Literal["blobs", "rings", "grid", "dots", "lines", "particles", "horizon", "glow"]


class MotifElement(ElementBase):
    """Quiet, always-moving decoration in its box (usually the whole frame, behind everything).

    `speed` is how far it drifts, in fractions of the frame per second: 0.01–0.03 keeps it subtle.
    """

    type: Literal["motif"] = "motif"
    motif: MotifKind
    color: Color | None = None  # None: the accent
    opacity: Fraction = 0.35
    speed: Annotated[float, Field(ge=0.0, le=0.1)] = 0.02
    density: Annotated[float, Field(ge=0.1, le=1.0)] = 0.5  # how many shapes or how tight a grid
    seed: Annotated[int, Field(ge=0, le=10_000)] = 0


class LowerThirdElement(ElementBase):
    """A name strap: an accent bar and a panel wipe in, the title rises, the subtitle follows."""

    type: Literal["lowerThird"] = "lowerThird"
    title: Annotated[str, Field(min_length=1, max_length=60)]
    subtitle: Label = ""
    color: Color | None = None  # the bar; None: the accent
    panel: Color | None = None  # None: the palette's surface


class ProgressElement(ElementBase):
    """A bar that fills linearly over the element's life (from `fromValue` to `value`)."""

    type: Literal["progress"] = "progress"
    from_value: Fraction = 0.0
    value: Fraction = 1.0
    color: Color | None = None  # None: the accent
    track: Color | None = None  # None: the muted text colour at low alpha


class StingElement(ElementBase):
    """An animated logo sting: a ring bursts, the logo pops in with overshoot, a wordmark wipes in."""

    type: Literal["sting"] = "sting"
    asset: AssetRef | None = None  # the logo; None: only the wordmark and the burst
    text: Label = ""  # the wordmark beside or under the logo
    color: Color | None = None  # the burst and the wordmark; None: the accent
