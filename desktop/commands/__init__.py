"""Command-line subcommands of ``agentdesk`` that work on the local database.

One module per subcommand group; ``desktop.cli`` finds them and calls their
``register(subparsers)``. They must print plain text or JSON and never need a window.
"""
