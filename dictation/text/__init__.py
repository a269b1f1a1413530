"""Text rules: spoken commands, numbers, German word data, term correction, decoding-bias
ranking and the document that joins committed utterances into a note. Pure functions and
in-memory objects; no I/O besides the bundled word data."""
