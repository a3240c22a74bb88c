"""Record batch v2: header validation, building, reading, compression."""
