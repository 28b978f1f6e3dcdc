"""``python -m pipeline`` runs the chainpress CLI."""

from pipeline.cli import cli

if __name__ == "__main__":
    cli()
