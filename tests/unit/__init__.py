"""Unit tests, in folders that mirror what they test: worksheets/ (by package), build/, assets/ (the browser modules)."""
