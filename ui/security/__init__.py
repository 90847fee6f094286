"""Managing who may use the workstation: the administrators' Users dialog."""
