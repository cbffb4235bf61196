"""Turns the pinned spec into ``generated/``: transforms (``transforms.py``), config and templates."""
