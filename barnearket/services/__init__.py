"""Use-case functions the UI and command line call; each takes a session the caller owns."""
