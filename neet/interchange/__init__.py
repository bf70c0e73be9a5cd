"""CCIS interchange: CSV files in and out, validated whole before anything is written."""
