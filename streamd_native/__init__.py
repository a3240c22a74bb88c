"""Optional Cython accelerators for streamd; import them through streamd._accel only."""
