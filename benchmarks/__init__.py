"""Benchmarks for the hub (`make bench`). Not tests: they measure and print."""
