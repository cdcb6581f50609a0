"""CSV exports of listings, streamed row by row, with formulas neutralised.

A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage
return before one) as a formula, so anyone who can write a page's title could make a
journalist's spreadsheet fetch or compute something (CSV injection). Such a cell is written
with a leading apostrophe, which spreadsheets show as text; every cell is quoted.
"""

import csv

from django.http import StreamingHttpResponse
from django.utils import translation

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """A cell value that no spreadsheet runs as a formula."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


class _Echo:
    """A file-like object whose `write` returns what was written, for `csv.writer`."""

    def write(self, value):
        return value


def csv_rows(header, rows):
    """The CSV text of a header and rows, one line at a time."""
    writer = csv.writer(_Echo(), quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    yield writer.writerow([neutralise(cell) for cell in header])
    for row in rows:
        yield writer.writerow([neutralise(cell) for cell in row])


def _in_language(language, lines):
    # The response is written after the view returns: keep the request's language for it.
    with translation.override(language):
        yield from lines


def csv_response(filename, header, rows):
    """A streamed UTF-8 CSV download; `rows` is an iterable, read as the response is sent."""
    response = StreamingHttpResponse(
        _in_language(translation.get_language(), csv_rows(header, rows)),
        content_type="text/csv; charset=utf-8; header=present",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
