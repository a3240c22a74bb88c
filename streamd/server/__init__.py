"""The network edge: listener, connections, dispatch registry, and the broker process."""
