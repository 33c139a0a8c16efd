#!/usr/bin/env python3
"""Writes the spreadsheet samples in this folder, reproducibly, with only
the standard library: an .xlsx or an .ods is a zip of XML.

    python3 assets/samples/sheets/make_sheets.py            # the samples
    python3 assets/samples/sheets/make_sheets.py --bench N OUT.xlsx [OUT.csv]
                                                             # N gift rows, streamed

Every zip entry gets a fixed date, so the same script writes the same bytes.
Totals are in assets/samples/README.md; tests/import_sheets.rs checks them.
"""
import datetime
import os
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
STAMP = (2026, 12, 1, 12, 0, 0)


def entry(z, name, data):
    info = zipfile.ZipInfo(name, STAMP)
    info.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(info, data)


def serial(dt, date1904=False):
    """Excel's serial number of a local date-time (days since its epoch)."""
    epoch = datetime.datetime(1904, 1, 1) if date1904 else datetime.datetime(1899, 12, 30)
    delta = dt - epoch
    return delta.days + delta.seconds / 86400


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


class Strings:
    """Shared strings, each once."""

    def __init__(self):
        self.index, self.items = {}, []

    def __call__(self, text):
        if text not in self.index:
            self.index[text] = len(self.items)
            self.items.append(text)
        return self.index[text]

    def xml(self):
        body = "".join(
            '<si><t xml:space="preserve">%s</t></si>' % escape(t) for t in self.items
        )
        return (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'count="%d" uniqueCount="%d">%s</sst>' % (len(self.items), len(self.items), body)
        )


# Styles: 0 general, 1 a date and time (built-in format 22, m/d/yy h:mm),
# 2 a date (14), 3 a duration ([h]:mm:ss, custom 164), 4 two decimals (2).
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="[h]:mm:ss"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="5">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
</cellXfs>
</styleSheet>"""


def cell_xml(ref, value, strings, date1904):
    """A cell: str → shared string, ('f', text) → a formula with its cached
    value, datetime → a date-time serial, ('dur', hours) → a duration,
    ('date', date) → a date serial, int/float → a number."""
    if value is None:
        return ""
    if isinstance(value, str):
        return '<c r="%s" t="s"><v>%d</v></c>' % (ref, strings(value))
    if isinstance(value, datetime.datetime):
        return '<c r="%s" s="1"><v>%r</v></c>' % (ref, serial(value, date1904))
    if isinstance(value, tuple) and value[0] == "date":
        d = datetime.datetime.combine(value[1], datetime.time())
        return '<c r="%s" s="2"><v>%r</v></c>' % (ref, serial(d, date1904))
    if isinstance(value, tuple) and value[0] == "dur":
        return '<c r="%s" s="3"><v>%r</v></c>' % (ref, value[1] / 24)
    if isinstance(value, tuple) and value[0] == "f":
        return '<c r="%s"><f>%s</f><v>%r</v></c>' % (ref, escape(value[1]), value[2])
    if isinstance(value, tuple) and value[0] == "money":
        return '<c r="%s" s="4"><v>%r</v></c>' % (ref, value[1])
    return '<c r="%s"><v>%r</v></c>' % (ref, value)


def sheet_xml(rows, strings, date1904=False, merges=()):
    """rows: {row number (1-based): [values]}"""
    out = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    ]
    for r in sorted(rows):
        cells = "".join(
            cell_xml("%s%d" % (col(i), r), v, strings, date1904) for i, v in enumerate(rows[r])
        )
        out.append('<row r="%d">%s</row>' % (r, cells))
    out.append("</sheetData>")
    if merges:
        out.append('<mergeCells count="%d">%s</mergeCells>' % (
            len(merges), "".join('<mergeCell ref="%s"/>' % m for m in merges)))
    out.append("</worksheet>")
    return "".join(out)


def xlsx(path, sheets, date1904=False):
    """sheets: [(name, rows, merges)]"""
    strings = Strings()
    bodies = [sheet_xml(rows, strings, date1904, merges) for _, rows, merges in sheets]
    with zipfile.ZipFile(path, "w") as z:
        write_package(z, [n for n, _, _ in sheets], date1904)
        for i, body in enumerate(bodies):
            entry(z, "xl/worksheets/sheet%d.xml" % (i + 1), body)
        entry(z, "xl/sharedStrings.xml", strings.xml())


def write_package(z, names, date1904):
    overrides = "".join(
        '<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        % (i + 1) for i in range(len(names)))
    entry(z, "[Content_Types].xml",
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          + overrides + '</Types>')
    entry(z, "_rels/.rels",
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
          '</Relationships>')
    sheets = "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(n, {'"': "&quot;"}), i + 1, i + 1)
                     for i, n in enumerate(names))
    entry(z, "xl/workbook.xml",
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          + ('<workbookPr date1904="1"/>' if date1904 else '<workbookPr/>')
          + '<sheets>' + sheets + '</sheets></workbook>')
    rels = "".join(
        '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>'
        % (i + 1, i + 1) for i in range(len(names)))
    n = len(names)
    entry(z, "xl/_rels/workbook.xml.rels",
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + rels +
          '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
          '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
          '</Relationships>' % (n + 1, n + 2))
    entry(z, "xl/styles.xml", STYLES)


def ods(path, name, rows):
    """rows: [[values]]; str, ('date', datetime), ('dur', 'PT..'), int/float."""
    def cell(v):
        if v is None:
            return "<table:table-cell/>"
        if isinstance(v, str):
            return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % escape(v)
        if v[0] == "date":
            iso = v[1].isoformat()
            return ('<table:table-cell office:value-type="date" office:date-value="%s">'
                    '<text:p>%s</text:p></table:table-cell>' % (iso, v[1].strftime("%d.%m.%Y %H:%M")))
        if v[0] == "dur":
            return ('<table:table-cell office:value-type="time" office:time-value="%s">'
                    '<text:p>%s</text:p></table:table-cell>' % (v[1], v[1]))
        if v[0] == "num":
            return ('<table:table-cell office:value-type="float" office:value="%s">'
                    '<text:p>%s</text:p></table:table-cell>' % (v[1], v[1]))
        raise ValueError(v)

    body = "".join(
        "<table:table-row>%s</table:table-row>" % "".join(cell(v) for v in r) for r in rows)
    # LibreOffice ends a sheet with the empty rest of its grid, repeated.
    body += ('<table:table-row table:number-rows-repeated="1048560">'
             '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>')
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
        '<office:body><office:spreadsheet><table:table table:name="%s">'
        '<table:table-column table:number-columns-repeated="1024"/>%s</table:table>'
        '</office:spreadsheet></office:body></office:document-content>' % (escape(name), body))
    with zipfile.ZipFile(path, "w") as z:
        info = zipfile.ZipInfo("mimetype", STAMP)
        info.compress_type = zipfile.ZIP_STORED
        z.writestr(info, "application/vnd.oasis.opendocument.spreadsheet")
        entry(z, "META-INF/manifest.xml",
              '<?xml version="1.0" encoding="UTF-8"?>\n'
              '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
              '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
              '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
              '</manifest:manifest>')
        entry(z, "content.xml", content)


D = datetime.datetime


def samples():
    # 1. English gift table under a merged title row and a blank row.
    xlsx(os.path.join(HERE, "gift-table-en.xlsx"), [(
        "Gifts",
        {
            1: ["LIVE gifts — November 2026"],
            3: ["Date", "Sender", "Gift", "Count", "Coins"],
            4: [D(2026, 11, 24, 20, 1), "anna_b", "Rose", 5, 1],
            5: [D(2026, 11, 24, 20, 5), "Kevin 🎮", "Galaxy", 1, 1000],
            6: [D(2026, 11, 24, 20, 40), "=HYPERLINK(\"http://x\")", "Hand Hearts", 2, 100],
            7: [D(2026, 11, 24, 20, 52, 30), "<b>陈小龙</b>", "Doughnut", 3, 30],
            8: ["Total", None, None, ("f", "SUM(D4:D7)", 11), None],
        },
        ["A1:E1"],
    )])
    # 2. German session summary: serial dates, decimal commas typed as text.
    xlsx(os.path.join(HERE, "analytics-de.xlsx"), [(
        "LIVE-Analysen",
        {
            1: ["Datum", "Titel", "Dauer (Std.)", "Diamanten", "Geschätzte Belohnungen (USD)"],
            2: [D(2026, 11, 2, 19, 0), "Mittwochs-Live", "1,5", 1250, "6,25"],
            3: [D(2026, 11, 9, 19, 30), "Quiz", "0,75", 480, "2,40"],
            4: [D(2026, 11, 16, 20, 0), "Langer Abend", "2,25", 15020, "75,10"],
            5: ["Summe", None, "4,5", ("f", "SUM(D2:D4)", 16750), "83,75"],
        },
        [],
    )])
    # 3. Two sheets: the first with data is a session summary; --sheet Gifts
    #    reads the gift table. An empty sheet comes first and is passed over.
    xlsx(os.path.join(HERE, "workbook-two-sheets.xlsx"), [
        ("Cover", {}, []),
        ("Lives", {
            1: ["Date", "Duration", "Diamonds", "Title"],
            2: [D(2026, 12, 1, 18, 0), ("dur", 1.5), 0.1 + 0.2 + 399.7, "Early show"],
            3: [D(2026, 12, 2, 18, 0), ("dur", 0.75), 250, "Short one"],
        }, []),
        ("Gifts", {
            1: ["Date", "Sender", "Gift", "Count", "Coins"],
            2: [D(2026, 12, 1, 18, 10), "mila", "Rose", 7, 1],
            3: [D(2026, 12, 1, 18, 20), "jo", "Lion", 1, 29999],
        }, []),
    ])
    # 4. Dates in the 1904 system (Excel for Mac before 2011).
    xlsx(os.path.join(HERE, "gift-table-1904.xlsx"), [(
        "Sheet1",
        {
            1: ["Date", "Sender", "Gift", "Count", "Coins"],
            2: [D(2026, 11, 1, 21, 0), "lea", "Rose", 10, 1],
            3: [D(2026, 11, 1, 21, 15), "max", "Corgi", 1, 299],
        },
        [],
    )], date1904=True)
    # 5. An OpenDocument session summary.
    ods(os.path.join(HERE, "sessions.ods"), "Sitzungen", [
        ["LIVE-Sitzungen (LibreOffice)"],
        [],
        ["Date", "Duration", "Diamonds", "Title", "Estimated rewards (USD)"],
        [("date", D(2026, 10, 5, 20, 0)), ("dur", "PT01H30M00S"), ("num", "1200"), "Montag", ("num", "6.1")],
        [("date", D(2026, 10, 7, 19, 45)), ("dur", "PT00H45M00S"), ("num", "310"), "Mittwoch & Co <3", ("num", "1.55")],
        [("date", D(2026, 10, 9, 21, 0)), ("dur", "PT02H15M00S"), ("num", "4490"), "Freitag", ("num", "22.45")],
    ])
    # 6. A home-made log with a header LiveLedger does not know, and the same
    #    header in another spelling: the --map given for the first is
    #    remembered and reads the second.
    xlsx(os.path.join(HERE, "tool-log-custom.xlsx"), [(
        "Log",
        {
            1: ["stamp", "fan", "thing", "pts", "times_sent"],
            2: [D(2026, 11, 25, 20, 0, 5), "amy", "Rose", 1, 7],
            3: [D(2026, 11, 25, 20, 1), "bo", "Galaxy", 1000, 1],
            4: [D(2026, 11, 25, 20, 2, 30), "cy", "Doughnut", 30, 2],
        },
        [],
    )])
    xlsx(os.path.join(HERE, "tool-log-custom-2.xlsx"), [(
        "Log",
        {
            1: ["Stamp", "Fan", "Thing", "PTS", "Times Sent"],
            2: [D(2026, 11, 26, 20, 0), "dee", "Lion", 29999, 1],
            3: [D(2026, 11, 26, 20, 3), "amy", "Rose", 1, 3],
        },
        [],
    )])
    # 7. TikTok LIVE Center's Revenue file saved as a workbook: date cells
    #    that are days alone.
    xlsx(os.path.join(HERE, "days-revenue.xlsx"), [(
        "Revenue",
        {
            1: ["Date", "Diamonds"],
            2: [("date", D(2026, 11, 12)), 4210],
            3: [("date", D(2026, 11, 13)), 1980],
            4: [("date", D(2026, 11, 14)), 0],
        },
        [],
    )])


def bench(n, out, csv_out=None):
    """N gift rows, one live a day of 2026: sheet XML streamed into the zip."""
    names = ["user_%04d" % i for i in range(1000)]
    gifts = [("Rose", 1), ("Finger Heart", 5), ("Doughnut", 30), ("Galaxy", 1000)]
    strings = Strings()
    for s in names + [g for g, _ in gifts] + ["Date", "Sender", "Gift", "Count", "Coins"]:
        strings(s)
    csv = open(csv_out, "w") if csv_out else None
    if csv:
        csv.write("Date,Sender,Gift,Count,Coins\n")
    with zipfile.ZipFile(out, "w", allowZip64=True) as z:
        write_package(z, ["Gifts"], False)
        info = zipfile.ZipInfo("xl/worksheets/sheet1.xml", STAMP)
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            head = "".join('<c r="%s1" t="s"><v>%d</v></c>' % (col(i), strings(h))
                           for i, h in enumerate(["Date", "Sender", "Gift", "Count", "Coins"]))
            f.write(('<row r="1">%s</row>' % head).encode())
            start = D(2026, 1, 1, 20, 0)
            buf = []
            for i in range(n):
                # A live a day, its gifts 3 seconds apart, in time order.
                day = (i * 365) // n
                first = (day * n + 364) // 365
                at = start + datetime.timedelta(days=day, seconds=(i - first) * 3)
                name, (gift, coins) = names[i % 1000], gifts[i % 4]
                count = 1 + i % 5
                r = i + 2
                buf.append('<row r="%d"><c r="A%d" s="1"><v>%r</v></c><c r="B%d" t="s"><v>%d</v></c>'
                           '<c r="C%d" t="s"><v>%d</v></c><c r="D%d"><v>%d</v></c><c r="E%d"><v>%d</v></c></row>'
                           % (r, r, serial(at), r, strings(name), r, strings(gift), r, count, r, coins))
                if csv:
                    csv.write("%s,%s,%s,%d,%d\n" % (at.strftime("%Y-%m-%d %H:%M:%S"), name, gift, count, coins))
                if len(buf) == 10000:
                    f.write("".join(buf).encode())
                    buf = []
            f.write("".join(buf).encode())
            f.write(b"</sheetData></worksheet>")
        entry(z, "xl/sharedStrings.xml", strings.xml())
    if csv:
        csv.close()


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "--bench":
        bench(int(sys.argv[2]), sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else None)
    else:
        samples()
