"""Errors raised by the client: one class per kind of failure, each with a one-line message."""

from __future__ import annotations

from streamd.protocol._generated import ErrorCode

__all__ = [
    "SETTLING_ERRORS",
    "BrokerUnreachable",
    "ClientError",
    "ConnectionLost",
    "KafkaError",
    "ProtocolViolation",
    "RequestTimedOut",
    "UnsupportedByBroker",
    "error_name",
]


class ClientError(Exception):
    """Base class of every error the client raises on purpose."""


class BrokerUnreachable(ClientError):
    def __init__(self, host: str, port: int, reason: str) -> None:
        super().__init__(f"cannot connect to broker at {host}:{port}: {reason}")
        self.host = host
        self.port = port


class ConnectionLost(ClientError):
    def __init__(self, address: str, reason: str = "connection closed by the broker") -> None:
        super().__init__(f"{address}: {reason}")
        self.address = address


class RequestTimedOut(ClientError):
    def __init__(self, address: str, api_name: str, timeout: float) -> None:
        super().__init__(f"{address}: no answer to {api_name} within {timeout:g}s")


class ProtocolViolation(ClientError):
    """The broker sent bytes the client cannot make sense of."""


class UnsupportedByBroker(ClientError):
    def __init__(self, api_name: str, address: str) -> None:
        super().__init__(
            f"the broker at {address} does not support any version of {api_name} this client speaks"
        )
        self.api_name = api_name


# Errors after which the same request may soon succeed: a topic just created, a leader moving.
SETTLING_ERRORS = frozenset(
    {
        ErrorCode.LEADER_NOT_AVAILABLE,
        ErrorCode.NOT_LEADER_OR_FOLLOWER,
        ErrorCode.REQUEST_TIMED_OUT,
        ErrorCode.FENCED_LEADER_EPOCH,
        ErrorCode.UNKNOWN_LEADER_EPOCH,
    }
)


def error_name(code: int) -> str:
    """Kafka's name for an error code (``TOPIC_ALREADY_EXISTS``), or ``ERROR_<code>``."""
    try:
        return ErrorCode(code).name
    except ValueError:
        return f"ERROR_{code}"


# Phrases for the errors a command-line user meets most; ``{subject}`` is what the request was
# about (``topic 'orders'``). The first group always reads this way; for the second the broker's
# own message, when it sends one, says more. Other codes fall back to the code's name.
_FIXED_PHRASES: dict[str, str] = {
    "TOPIC_ALREADY_EXISTS": "{subject} already exists",
    "UNKNOWN_TOPIC_OR_PARTITION": "{subject} does not exist",
    "UNKNOWN_TOPIC_ID": "{subject} does not exist",
}
_PHRASES: dict[str, str] = {
    "INVALID_TOPIC_EXCEPTION": "{subject}: invalid topic name",
    "INVALID_PARTITIONS": "{subject}: invalid number of partitions",
    "INVALID_REPLICATION_FACTOR": "{subject}: invalid replication factor",
    "INVALID_CONFIG": "{subject}: invalid configuration",
    "OFFSET_OUT_OF_RANGE": "{subject}: offset out of range",
    "MESSAGE_TOO_LARGE": "{subject}: batch larger than the broker accepts",
    "UNSUPPORTED_COMPRESSION_TYPE": "{subject}: the broker does not accept this compression type",
    "TOPIC_AUTHORIZATION_FAILED": "{subject}: not authorized",
    "POLICY_VIOLATION": "{subject}: refused by the broker's policy",
}


class KafkaError(ClientError):
    """The broker answered with an error code.

    ``subject`` names what the request was about (``topic 'orders'``, ``topic 'orders'
    partition 3``); the message reads ``topic 'orders' already exists (TOPIC_ALREADY_EXISTS)``.
    """

    def __init__(self, code: int, subject: str, broker_message: str | None = None) -> None:
        self.code = code
        self.name = error_name(code)
        self.subject = subject
        self.broker_message = broker_message
        super().__init__(self._describe())

    def _describe(self) -> str:
        fixed = _FIXED_PHRASES.get(self.name)
        phrase = _PHRASES.get(self.name)
        if fixed is not None:
            text = fixed.format(subject=self.subject)
        elif self.broker_message:
            text = f"{self.subject}: {self.broker_message.rstrip('.')}"
        elif phrase is not None:
            text = phrase.format(subject=self.subject)
        else:
            text = f"{self.subject}: {self.name.lower().replace('_', ' ')}"
        return f"{text} ({self.name})"
