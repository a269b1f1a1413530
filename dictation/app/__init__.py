"""The application layer the desktop app drives: engine, note, vocabulary workspace, and the
glue from committed utterances to a note that CLI and app share."""
