"""What every content type shares: reading YAML with lines, findings, the model base, the hub object, checks, views and outputs."""
