"""Entry point of the bundled application (PyInstaller starts here)."""

from barnearket.main import main

raise SystemExit(main())
