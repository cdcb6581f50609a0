"""What the intake tests share: the form's data, its token, and files of every kind."""

import io
import time
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile

from challenges.intake.guards import FormToken

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 64 + b"\xff\xd9"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48 + b"PE\x00\x00"


def office_file(*parts):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for part in parts:
            archive.writestr(part, "<xml/>")
    return buffer.getvalue()


DOCX = office_file("[Content_Types].xml", "_rels/.rels", "word/document.xml")
XLSX = office_file("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml")
PLAIN_ZIP = office_file("notes.txt")


def png():
    from tests.support.members import png_bytes

    return png_bytes()


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def token(value="t0ken-for-one-form", seconds_ago=60):
    """A signed form token as the form carried it, shown `seconds_ago`."""
    return FormToken(value, time.time() - seconds_ago).signed()


def form_data(**changes):
    data = {
        "organisation": "City of Kirkenes",
        "organisation_type": "city",
        "contact_name": "Kari Nordmann",
        "email": "kari@kirkenes.example",
        "phone": "+47 78 97 00 00",
        "country": "NO",
        "city": "Kirkenes",
        "title": "Snow-free bus stops with little energy",
        "problem": "Bus stops ice over from November to April.\n\nHeating them with electricity costs too much.",
        "desired_outcome": "Stops free of ice all winter at a tenth of today's energy.",
        "timeline": "A pilot in winter 2027-2028",
        "budget": "EUR 100,000-300,000",
        "consent": "on",
        "form_token": token(),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


class RefusingMailBackend:
    """A mail server that is down: every message is refused."""

    def __init__(self, fail_silently=False, **kwargs):
        self.fail_silently = fail_silently

    def open(self):
        return False

    def close(self):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("the mail server is down")
