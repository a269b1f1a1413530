"""Vocabulary lists (layers, files, CSV), publishing to shares, recall tests on recordings,
term training and correction suggestions."""
