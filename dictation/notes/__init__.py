"""Case notes and what happens to them: drafts, history, exporters, kept recordings."""
