"""Run the command-line interface: ``python -m careerdata``."""

from careerdata.cli import run

run()
