"""The Kafka wire protocol, sans-I/O: framing, headers and the generated message codec."""
