"""Figures the service reports (DESIGN.md section 5)."""
