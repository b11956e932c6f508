"""The command line for administrators and scripts."""
