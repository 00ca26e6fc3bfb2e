"""The demo newsroom: invented outlets served on loopback, and the `make demo` run."""
