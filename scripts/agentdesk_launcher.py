"""Entry script of the PyInstaller bundle (build.spec): the ``agentdesk`` command.

PyInstaller needs a script, not a console-script entry point; this one only hands over
to ``desktop.cli.main``.
"""

from desktop.cli import main

raise SystemExit(main())
