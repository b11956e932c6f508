"""Lets `python -m barnearket` behave like the `barnearket` command."""

from barnearket.main import main

raise SystemExit(main())
