"""Look tools: theme (palette and fonts), backgrounds, aspect, title and captions."""

from __future__ import annotations

from pydantic import ConfigDict, Field

from ozor.agent.colors import derive
from ozor.agent.readability import recolor
from ozor.agent.tools.base import (
    Args,
    BackgroundSpec,
    Env,
    Hex,
    SceneNo,
    backdrop_of,
    given,
    need,
    one_of,
    picked,
    scenes_word,
    tool,
)
from ozor.agent.tools.templates import look_of, noted, recomposed
from ozor.design import look
from ozor.design.kit import backdrop
from ozor.design.placement import corner_of, logo_box, logo_height
from ozor.errors import BadRequest
from ozor.scene import edit
from ozor.scene.fonts import LookName
from ozor.scene.models import (
    Aspect,
    Background,
    FontFamily,
    GradientBackground,
    LogoElement,
    Palette,
    Project,
    SolidBackground,
    Theme,
)


class SetTheme(Args):
    """Change the look of the whole video: a style (one of the designed looks: its palette, faces,
    motion and backgrounds; composed scenes are designed again), and/or single colours (background,
    text, accent: the others are re-derived so text stays readable), and/or fonts. `swap_colors`
    exchanges the background and text colours (light ↔ dark)."""

    model_config = ConfigDict(
        json_schema_extra={
            "anyOf": [
                *(given(k) for k in ("style", "background", "text", "accent", "heading_font", "body_font")),
                {"required": ["swap_colors"], "properties": {"swap_colors": {"const": True}}},
            ]
        }
    )

    style: LookName | None = None
    background: Hex | None = None
    text: Hex | None = None
    accent: Hex | None = None
    heading_font: FontFamily | None = None
    body_font: FontFamily | None = None
    swap_colors: bool = False


@tool(SetTheme)
def set_theme(project: Project | None, a: SetTheme, env: Env) -> tuple[Project, str]:
    p = need(project)
    old = p.theme
    was = look_of(p)
    preset = look(a.style) if a.style else None
    palette = preset.colors.palette() if preset else old.palette
    if a.swap_colors:
        palette = derive(palette, background=palette.text, text=palette.background)
    if a.background or a.text or a.accent:
        palette = derive(palette, background=a.background, text=a.text, accent=a.accent)
    theme = Theme(
        palette=palette,
        heading_font=a.heading_font or (preset.fonts.display if preset else old.heading_font),
        body_font=a.body_font or (preset.fonts.text if preset else old.body_font),
        style=a.style or old.style,
    )
    if theme == old:
        raise BadRequest("the theme is already like that")
    changed = [
        k for k in ("style", "background", "text", "accent", "heading_font", "body_font") if getattr(a, k)
    ]
    changed += ["swapped colours"] if a.swap_colors else []
    p = edit.replace(recolor(p, old.palette, palette), theme=theme)
    if preset is not None:  # composed scenes are designed in the new look; older ones take its backdrop
        now = look_of(p)
        scenes = [
            recomposed(s, now, p.aspect)
            if s.template is not None
            else s.model_copy(update={"background": backdrop(now)})
            if follows_look(s.background, palette, was.colors.glow)
            else s
            for s in p.scenes
        ]
        p = edit.with_scenes(p, scenes)
    return p, f"theme: {', '.join(changed)}"


def follows_look(background: Background, palette: Palette, glow: str) -> bool:
    """Whether a background is the look's own (it follows a look change) rather than a chosen one."""
    if isinstance(background, SolidBackground):
        return background.color is None
    roles = {palette.background.upper(), palette.surface.upper(), glow.upper()}
    return isinstance(background, GradientBackground) and {c.upper() for c in background.colors} <= roles


class SetBackground(Args):
    """Set the background of some scenes, or of every scene: one of a colour, a gradient, an
    attached image or an attached clip (images and clips get a dark scrim under the text)."""

    model_config = ConfigDict(json_schema_extra=one_of("color", "gradient", "image", "video"))

    scenes: list[SceneNo] | None = Field(None, description="scene numbers; default: every scene")
    color: Hex | None = None
    gradient: list[Hex] | None = Field(None, min_length=2, max_length=4)
    image: str | None = None
    video: str | None = None
    scrim: float | None = Field(None, ge=0, le=0.9)


@tool(SetBackground)
def set_background(project: Project | None, a: SetBackground, env: Env) -> tuple[Project, str]:
    p = need(project)
    spec = BackgroundSpec(color=a.color, gradient=a.gradient, image=a.image, video=a.video, scrim=a.scrim)
    targets = picked(p, a.scenes)
    background = backdrop_of(spec, env)
    for scene in targets:
        p = edit.update_scene(p, scene.id, background=background)
    ids = {s.id for s in targets}
    p = edit.with_scenes(p, [noted(s, background=True) if s.id in ids else s for s in p.scenes])
    return p, f"new background on {scenes_word(len(targets), len(p.scenes))}"


class SetAspect(Args):
    """Switch between landscape 16:9 and vertical 9:16 (TikTok, Reels, Shorts); layouts and logos
    are re-placed inside the new safe areas."""

    aspect: Aspect


@tool(SetAspect)
def set_aspect(project: Project | None, a: SetAspect, env: Env) -> tuple[Project, str]:
    p = need(project)
    if p.aspect == a.aspect:
        raise BadRequest(f"the video is already {a.aspect}")
    was_wide = p.aspect == "16:9"
    chosen = look_of(p)
    p = edit.replace(
        edit.with_scenes(p, [recomposed(s, chosen, a.aspect) for s in p.scenes]), aspect=a.aspect
    )
    for scene in p.scenes:
        for logo in [e for e in scene.elements if isinstance(e, LogoElement)]:
            ratio = logo.box.w / logo.box.h * (16 / 9 if was_wide else 9 / 16)
            height = logo_height(logo.box, "16:9" if was_wide else "9:16")
            box = logo_box(corner_of(logo.box), a.aspect, ratio, min(0.2, max(0.03, height)))
            p = edit.update_element(p, scene.id, logo.id, box=box)
    return p, f"aspect is now {a.aspect}"


class SetTitle(Args):
    """Rename the video (the title shown in video lists and in the editor)."""

    title: str = Field(min_length=1, max_length=300)


@tool(SetTitle)
def set_title(project: Project | None, a: SetTitle, env: Env) -> tuple[Project, str]:
    p = need(project)
    if p.title == a.title:
        raise BadRequest("the video already has that title")
    return edit.replace(p, title=a.title), f"title: {a.title!r}"


class SetCaptions(Args):
    """Burn the narration in as captions, or stop doing so."""

    enabled: bool


@tool(SetCaptions)
def set_captions(project: Project | None, a: SetCaptions, env: Env) -> tuple[Project, str]:
    p = need(project)
    if p.captions == a.enabled:
        raise BadRequest(f"captions are already {'on' if a.enabled else 'off'}")
    return edit.replace(p, captions=a.enabled), f"captions {'on' if a.enabled else 'off'}"
