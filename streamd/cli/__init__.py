"""The ``streamd`` command line: serve, topics, produce, consume, version."""
