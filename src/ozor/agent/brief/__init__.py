"""Phase 1 of issue #11: a prompt understood as a typed Brief (`parse.parse_brief`), every fact kept
with its own words so later stages can check it reaches the screen."""
