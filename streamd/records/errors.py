"""The record layer's error, carrying the Kafka error code a Produce response should give."""

from __future__ import annotations

__all__ = ["RecordError"]

# Kafka error codes (Errors.java) used by the record layer; plain ints keep this module free of
# protocol imports.
CORRUPT_MESSAGE = 2
MESSAGE_TOO_LARGE = 10
UNSUPPORTED_FOR_MESSAGE_FORMAT = 43
UNSUPPORTED_COMPRESSION_TYPE = 76
INVALID_RECORD = 87
INVALID_PRODUCER_EPOCH = 47
OUT_OF_ORDER_SEQUENCE_NUMBER = 45


class RecordError(Exception):
    def __init__(self, error_code: int, message: str) -> None:
        super().__init__(message)
        self.error_code = error_code
        self.message = message
