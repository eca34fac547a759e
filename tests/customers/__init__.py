"""Tests of the customers area: records, contacts, interactions, the panel, paging, deletes."""
