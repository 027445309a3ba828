"""Feature scenes: one benefit with its icon, three side by side, steps, lists, agendas and timelines."""

from __future__ import annotations

from ozor.design.kit import Stage, box
from ozor.design.slots import Slot, icon
from ozor.design.templates.base import Template


def feature(s: Stage) -> None:
    s.ambient()
    if s.vertical:
        # The copy on top, the icon's tile under it running off the bottom and the right edge.
        s.field("tile", box(0.06, 0.5, 0.94, 0.5), direction="up", radius=s.look.radius)
        s.icon("icon", s.text("icon"), s.square(0.24, 0.55, 0.225), beat=0.6, background="disc", lift=0.008)
        if s.has("kicker"):
            s.label("kicker", s.text("kicker"), box(0.06, 0.15, 0.76, 0.035), 0.04, beat=0.8, slot="kicker")
        s.headline("headline", "headline", box(0.06, 0.19, 0.76, 0.15), 0.1, beat=1.0, valign="top")
        s.body("body", "body", box(0.06, 0.35, 0.76, 0.12), 0.048, beat=2.0)
        return
    s.field("tile", box(0.05, 0.1, 0.4, 0.8), direction="right", radius=s.look.radius)
    s.icon("icon", s.text("icon"), box(0.13, 0.26, 0.24, 0.48), beat=0.6, background="disc", lift=0.01)
    if s.has("kicker"):
        s.label("kicker", s.text("kicker"), box(0.5, 0.22, 0.44, 0.05), 0.032, beat=0.8, slot="kicker")
    s.headline("headline", "headline", box(0.5, 0.28, 0.44, 0.3), 0.08, beat=1.0, valign="top")
    s.body("body", "body", box(0.5, 0.6, 0.42, 0.22), 0.04, beat=2.0)


FEATURE = Template(
    "feature",
    "One benefit: a large icon on a colour tile, its headline and one supporting sentence.",
    (
        Slot("icon", "icon", hint="a keyword for the benefit: battery, leaf, shield"),
        Slot("headline", "text", max_chars=40, hint="the benefit, 2-6 words"),
        Slot("body", "text", max_chars=110, hint="one or two short sentences"),
        Slot("kicker", "text", required=False, max_chars=24, hint="feature number or category"),
    ),
    "The tile wipes in, the icon pops with the look's overshoot and keeps floating; kicker, headline "
    "(word reveal, key word marked) and body follow on the look's beats; tile breathes, motif drifts.",
    feature,
    {
        "icon": "battery",
        "headline": "Lasts all week",
        "body": "One charge runs seven days of tracking, even with the screen always on.",
        "kicker": "Battery",
    },
)


def trio(s: Stage) -> None:
    """Three features side by side (16:9) or stacked as rows (9:16), each an icon tile and a title."""
    c = s.look.colors
    s.ambient()
    icons, titles = s.items("icons"), s.items("titles")
    if len(icons) != len(titles):
        raise ValueError(f"template {s.template!r}: slot 'icons' and slot 'titles' need the same count")
    if s.vertical:
        s.titled_band(box(0.0, 0.0, 1.0, 0.29), box(0.06, 0.14, 0.76, 0.14), 0.1)
        s.floor(width=0.7, align="right")
    else:
        s.headline("headline", "headline", box(0.06, 0.08, 0.88, 0.16), 0.075, beat=0.0, valign="top")
    for k, (name, title) in enumerate(zip(icons, titles, strict=True)):
        beat = 1.0 + k * 0.6
        if s.vertical:
            top = 0.31 + k * 0.15
            s.panel(
                f"card{k}", box(0.06, top, 0.76, 0.13), c.surface, beat=beat, enter="slide", direction="left"
            )
            s.icon(f"icon{k}", _icon(name), box(0.09, top + 0.02, 0.17, 0.09), beat=beat + 0.3, phase=k)
            s.body(
                f"title{k}",
                "titles",
                box(0.3, top + 0.015, 0.5, 0.1),
                0.055,
                beat=beat + 0.4,
                valign="middle",
                color=c.text,
                text=title,
                role="caption",
            )
            continue
        left = 0.06 + k * 0.3
        s.panel(f"card{k}", box(left, 0.3, 0.28, 0.6), c.surface, beat=beat, enter="slide")
        s.field(f"cap{k}", box(left, 0.3, 0.28, 0.3), beat=beat, direction="down", radius=s.look.radius)
        s.icon(
            f"icon{k}",
            _icon(name),
            box(left + 0.08, 0.34, 0.12, 0.22),
            beat=beat + 0.3,
            phase=k,
            background="disc",
        )
        s.body(
            f"title{k}",
            "titles",
            box(left + 0.02, 0.64, 0.24, 0.22),
            0.042,
            beat=beat + 0.4,
            align="center",
            color=c.text,
            text=title,
            role="caption",
        )


def _icon(word: str) -> str:
    return icon(word)


TRIO = Template(
    "trio",
    "Three features at once: a headline over three icon cards that step in one after another.",
    (
        Slot("headline", "text", max_chars=40, hint="what the three have in common"),
        Slot("icons", "list", max_items=3, min_items=3, max_chars=30, hint="three icon keywords"),
        Slot("titles", "list", max_items=3, min_items=3, max_chars=26, hint="three 1-4 word titles"),
    ),
    "The headline reveals, then each card slides in on its beat with its icon popping and its title "
    "following; the icons keep floating out of step, the cards breathe.",
    trio,
    {
        "headline": "Everything in one place",
        "icons": ["calendar", "message-circle", "chart-line"],
        "titles": ["Agendas", "Decisions", "Progress"],
    },
    (4.0, 7.0),
)


def steps(s: Stage) -> None:
    """Numbered steps: the list steps in beside a big number panel."""
    s.ambient()
    entries = s.items("steps")
    if s.vertical:
        s.field("field", box(0.0, 0.0, 1.0, 0.3), direction="down")
        s.field_headline(box(0.06, 0.15, 0.76, 0.13), 0.1)
        s.rows("step", "steps", entries, box(0.06, 0.34, 0.76, 0.42), marker="number")
        s.floor()
        return
    s.field("field", box(0.0, 0.0, 0.38, 1.0), direction="right")
    s.field_headline(box(0.06, 0.2, 0.28, 0.5), 0.08)
    s.rows("step", "steps", entries, box(0.44, 0.12, 0.5, 0.76), marker="number")


STEPS = Template(
    "steps",
    "How it works: numbered steps that appear one by one beside the headline's colour field.",
    (
        Slot("headline", "text", max_chars=32, hint="How it works, Get started in 3 steps"),
        Slot("steps", "list", max_items=5, min_items=2, max_chars=48, hint="2-5 short steps"),
    ),
    "The field wipes in and the headline reveals on it; each numbered step rises in on its own beat; "
    "the list and field breathe, the motif drifts.",
    steps,
    {
        "headline": "How it works",
        "steps": ["Connect your calendar", "Record the meeting", "Read the two-minute brief"],
    },
    (4.0, 8.0),
)


def checklist(s: Stage) -> None:
    """A list of points with checks, under a headline, beside an icon anchor."""
    s.ambient()
    entries = s.items("items")
    name = s.text("icon") if s.has("icon") else "list-checks"
    if s.vertical:
        s.titled_band(box(0.0, 0.0, 1.0, 0.29), box(0.06, 0.14, 0.5, 0.13), 0.09)
        s.icon("icon", name, s.square(0.6, 0.14, 0.12), beat=0.5, background="disc")
        s.rows("item", "items", entries, box(0.06, 0.32, 0.76, 0.44), marker="check")
        s.floor(width=0.7, align="right")
        return
    s.field("tile", box(0.66, 0.0, 0.34, 1.0), direction="left")
    s.icon("icon", name, box(0.72, 0.3, 0.22, 0.4), beat=0.5, background="disc")
    s.headline("headline", "headline", box(0.06, 0.1, 0.56, 0.18), 0.08, beat=0.2, valign="top")
    s.rows("item", "items", entries, box(0.06, 0.32, 0.56, 0.6), marker="check")


CHECKLIST = Template(
    "checklist",
    "A list of points with checkmarks that stagger in, under a headline, beside an icon panel.",
    (
        Slot("headline", "text", max_chars=36, hint="what the list is"),
        Slot("items", "list", max_items=5, min_items=2, max_chars=44, hint="2-5 short points"),
        Slot("icon", "icon", required=False, hint="a keyword for the panel's icon"),
    ),
    "The panel wipes in and its icon pops and floats; the headline reveals; each point checks in on "
    "its beat; panel and list breathe.",
    checklist,
    {
        "headline": "What you get",
        "items": ["Automatic notes", "Action items by owner", "A weekly digest"],
        "icon": "notebook-pen",
    },
    (4.0, 8.0),
)


def agenda(s: Stage) -> None:
    """An agenda: times and sessions as rows on a card, the title on a colour field."""
    c = s.look.colors
    s.ambient()
    entries = s.items("items")
    if s.vertical:
        s.field("field", box(0.0, 0.0, 1.0, 0.3), direction="down")
        if s.has("date"):
            s.label(
                "date", s.text("date"), box(0.06, 0.15, 0.76, 0.035), 0.04, color=c.on_accent2, slot="date"
            )
        s.field_headline(box(0.06, 0.19, 0.76, 0.1), 0.09)
        s.rows("item", "items", entries, box(0.06, 0.33, 0.76, 0.43), marker="bullet")
        s.floor()
        return
    s.field("field", box(0.0, 0.0, 1.0, 0.3), direction="right")
    if s.has("date"):
        s.label("date", s.text("date"), box(0.06, 0.07, 0.5, 0.05), 0.032, color=c.on_accent2, slot="date")
    s.field_headline(box(0.06, 0.12, 0.6, 0.15), 0.075)
    s.icon("icon", "calendar-days", box(0.78, 0.04, 0.14, 0.22), beat=0.6, background="disc")
    s.rows("item", "items", entries, box(0.06, 0.36, 0.7, 0.56), marker="bullet")


AGENDA = Template(
    "agenda",
    "An agenda or table of contents: a title band and up to six rows that step in.",
    (
        Slot("headline", "text", max_chars=32, hint="Agenda, Today's session"),
        Slot("items", "list", max_items=6, min_items=2, max_chars=48, hint='rows such as "09:00 Welcome"'),
        Slot("date", "text", required=False, max_chars=30, hint="the day"),
    ),
    "The band wipes across with the date and title; the calendar icon pops; rows rise in one by one; "
    "band and list breathe.",
    agenda,
    {
        "headline": "Today's session",
        "date": "Thursday, 4 June",
        "items": ["09:00  Welcome", "09:30  The product tour", "11:00  Customer stories", "12:30  Lunch"],
    },
    (4.0, 8.0),
)


def timeline(s: Stage) -> None:
    """Milestones along a line that draws itself: a year or date over each, a label under."""
    c = s.look.colors
    s.ambient()
    points = s.data("milestones")
    if s.vertical:
        s.titled_band(box(0.0, 0.0, 1.0, 0.27), box(0.06, 0.14, 0.76, 0.12), 0.09)
        s.floor()
    else:
        s.titled_band(box(0.0, 0.0, 1.0, 0.27), box(0.06, 0.07, 0.88, 0.16), 0.075, direction="right")
    n = len(points)
    if s.vertical:
        s.rule("line", box(0.16, 0.3, 0.012, 0.44), beat=0.6, color=c.accent2)
        for k, p in enumerate(points):
            top = 0.3 + k * (0.44 / n)
            s.icon(
                f"dot{k}",
                "circle-dot",
                box(0.12, top, 0.09, 0.05),
                beat=1.0 + k * 0.6,
                background="disc",
                phase=k,
                lift=0.004,
            )
            s.body(
                f"when{k}",
                "milestones",
                box(0.26, top, 0.56, 0.04),
                0.05,
                beat=1.1 + k * 0.6,
                role="caption",
                color=c.accent,
                text=_number_text(p.value),
            )
            s.body(
                f"what{k}",
                "milestones",
                box(0.26, top + 0.04, 0.56, 0.04),
                0.04,
                beat=1.2 + k * 0.6,
                role="caption",
                color=c.text,
                text=p.label,
            )
        return
    s.rule("line", box(0.0, 0.505, 1.0, 0.012), beat=0.4, color=c.accent2)
    for k, p in enumerate(points):
        left = 0.06 + k * (0.88 / n)
        width = 0.88 / n - 0.02
        s.body(
            f"when{k}",
            "milestones",
            box(left, 0.32, width, 0.1),
            0.06,
            beat=1.1 + k * 0.6,
            role="heading",
            color=c.accent,
            text=_number_text(p.value),
            valign="bottom",
        )
        s.icon(
            f"dot{k}",
            "circle-dot",
            box(left, 0.47, 0.08, 0.08),
            beat=1.0 + k * 0.6,
            background="disc",
            phase=k,
            lift=0.004,
        )
        s.body(
            f"what{k}",
            "milestones",
            box(left, 0.6, width, 0.22),
            0.034,
            beat=1.2 + k * 0.6,
            role="body",
            color=c.text,
            text=p.label,
        )


def _number_text(value: float) -> str:
    return f"{value:g}"


TIMELINE = Template(
    "timeline",
    "A timeline: milestones along a band, each a year (or number) with a short label, in order.",
    (
        Slot("headline", "text", max_chars=36, hint="Our story, The road so far"),
        Slot("milestones", "data", max_items=4, min_items=2, hint='[{"label": "Founded", "value": 2019}, …]'),
    ),
    "The headline reveals, the band wipes across, then each milestone's dot pops, its year drops in "
    "and its label follows, left to right; the dots bob gently.",
    timeline,
    {
        "headline": "The road so far",
        "milestones": [
            {"label": "Founded in Lisbon", "value": 2019},
            {"label": "First 100 teams", "value": 2021},
            {"label": "Series A", "value": 2023},
            {"label": "10,000 teams", "value": 2025},
        ],
    },
    (4.0, 8.0),
)
