"""Tests of Excel and table files: the summary workbook, Export view…, cells, table files."""
