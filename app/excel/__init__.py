"""Excel: the summary workbook, exporting what is on screen, and importing customer lists."""
