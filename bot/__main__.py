"""`python -m bot …` is the same as the `hotline` command."""

from bot.cli import main

main()
