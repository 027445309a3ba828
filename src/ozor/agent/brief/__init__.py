"""Phase 1 of issue #11: a prompt understood as a typed Brief (`parse.parse_brief`), every fact kept
with its own words so later stages can check it reaches the screen.

How the director consumes it (phase 2):
- `brief.language` picks the copy language; `knowledge.categories()[brief.category]` gives the
  benefits, CTA, icons, motifs, mood and look in that language (used only where the prompt is silent).
- `brief.kind` picks the storyboard; `brief.seconds` (None: the kind's default) and `brief.aspect`
  (None: 16:9; "1:1" has no scene aspect yet) size it; `brief.looks[0]`, `colours` (with roles) and
  `mood` override the category's look, palette and music; `voice`, `narration`, `music` as asked.
- Copy is built from the facts first, the category second: `names[0]` and `subject` name the thing,
  `occasion` + `dates` + `times` + `places` make the when/where scene, `prices`/`offers`/`quantities`
  are count-up numbers, `features` (or an explainer's `points`, in order) are the body scenes,
  `audience` the hook or kicker, `cta` + `links` the closing scene, `quotes` a testimonial's words.
- `brief.facts()` is the checklist: every fact's `text` should appear on screen or in narration.
"""
