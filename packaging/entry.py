"""Entry point of the bundled application (PyInstaller starts here)."""

from barnearket.cli.main import main

raise SystemExit(main())
