"""Lets `python -m barnearket` behave like the `barnearket` command."""

from barnearket.cli.main import main

raise SystemExit(main())
