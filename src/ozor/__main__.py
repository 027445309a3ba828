"""`python -m ozor` runs the command-line tool."""

from ozor.cli import main

main()
