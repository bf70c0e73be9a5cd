"""The shell: command line, demo data, serving, the worker and its job table. Nothing imports it."""
