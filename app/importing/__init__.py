"""Importing customer lists: CSV and XLSX files read, mapped to the column catalogue
(app/excel/fields.py), validated with the customers area's rules, checked for duplicates,
and applied in one transaction that one undo step takes back.

Not an area of its own (no panel): File → Import customers… opens its wizard
(views/importing/), and `main.py import` runs it headless (app/importing/command.py).
"""
