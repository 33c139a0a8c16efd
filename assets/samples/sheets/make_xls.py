"""Writes gift-table-es.xls, an Excel 97-2003 (BIFF8) workbook, with xlwt
(`pip install xlwt`; the other samples need only the standard library).
A title row, a Spanish header, date-time cells and numbers as numbers on a
sheet named Regalos. Totals by hand in assets/samples/README.md."""
import datetime
import os

import xlwt

book = xlwt.Workbook()
sheet = book.add_sheet("Regalos")
when = xlwt.easyxf(num_format_str="yyyy-mm-dd hh:mm:ss")
sheet.write(0, 0, "Regalos del directo")
for col, name in enumerate(["Fecha", "Usuario", "Regalo", "Monedas", "Cantidad"]):
    sheet.write(2, col, name)
rows = [
    (datetime.datetime(2026, 11, 20, 21, 0, 0), "ana", "Rose", 1, 10),
    (datetime.datetime(2026, 11, 20, 21, 2, 30), "beto", "Galaxy", 1000, 1),
    (datetime.datetime(2026, 11, 20, 21, 5, 0), "ana", "Doughnut", 30, 3),
]
for i, (at, who, gift, coins, count) in enumerate(rows, start=3):
    sheet.write(i, 0, at, when)
    sheet.write(i, 1, who)
    sheet.write(i, 2, gift)
    sheet.write(i, 3, coins)
    sheet.write(i, 4, count)
book.save(os.path.join(os.path.dirname(os.path.abspath(__file__)), "gift-table-es.xls"))
