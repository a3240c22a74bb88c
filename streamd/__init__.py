"""streamd: a Kafka-compatible event streaming server written in Python."""

__all__ = ["__version__"]

__version__ = "0.1.0"
