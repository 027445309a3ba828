"""A video's life: its project (scene graph), exports and the export job, editor stills."""
