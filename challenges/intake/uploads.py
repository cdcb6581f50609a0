"""Attachments to a submission: checked by their content, held across a failed form, stored privately.

A file is accepted when its bytes say it is a PDF, PNG or JPEG file, or a ZIP archive
with the parts of a Word (DOCX) or Excel (XLSX) document; its name does not count, and
it is stored under the extension its content has. Accepted files of a form that fails
validation are held under the form's one-time token, so the visitor does not choose them
again. A stored attachment is a Wagtail document in the "Challenge submissions"
collection, which only editors may open.
"""

import datetime
import os
import secrets
import zipfile

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.text import get_valid_filename
from django.utils.translation import gettext_lazy as _

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

import filetype

from challenges.models import HeldUpload
from portal.roles import EDITORS

MAX_ATTACHMENTS = 3
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
# Held files nobody came back for are removed after this.
HOLD_FOR = datetime.timedelta(days=1)
PRIVATE_COLLECTION = "Challenge submissions"
# The bytes `filetype` needs to recognise a file.
SNIFF_BYTES = 8192

OFFICE_PARTS = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml"}
ACCEPTED_TYPES = ("pdf", "docx", "xlsx", "png", "jpg")


def office_type(uploaded):
    """'docx' or 'xlsx' when the file is a ZIP archive holding that document's parts."""
    try:
        with zipfile.ZipFile(uploaded) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, EOFError):
        return None
    finally:
        uploaded.seek(0)
    if "[Content_Types].xml" not in names:
        return None
    return next((kind for kind, part in OFFICE_PARTS.items() if part in names), None)


def content_type(uploaded):
    """The accepted type the file's content has ('pdf', 'docx', ...), or None."""
    head = uploaded.read(SNIFF_BYTES)
    uploaded.seek(0)
    kind = filetype.guess(head)
    if kind is None:
        return None
    if kind.extension in ("zip", "docx", "xlsx"):
        return office_type(uploaded)
    return kind.extension if kind.extension in ACCEPTED_TYPES else None


def stored_name(name, extension):
    """A safe file name with the extension that matches the content."""
    stem = os.path.splitext(os.path.basename(name))[0]
    stem = get_valid_filename(stem.replace(".", "_"))[:80] if stem.strip(" ._") else "attachment"
    return f"{stem}.{extension}"


def check_upload(uploaded):
    """The name to store an uploaded file under, or ValidationError saying what is wrong with it."""
    if uploaded.size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            _("“%(name)s” is %(size)s; an attachment may be at most 10 MB. Choose a smaller file."),
            params={"name": uploaded.name, "size": filesizeformat(uploaded.size)},
            code="too_large",
        )
    extension = content_type(uploaded)
    if extension is None:
        raise ValidationError(
            _(
                "“%(name)s” is not a PDF, Word (DOCX), Excel (XLSX), PNG or JPEG file. "
                "Files are checked by their content, not by their name."
            ),
            params={"name": uploaded.name},
            code="wrong_type",
        )
    return stored_name(uploaded.name, extension)


def hold(form_token, uploads):
    """Keep accepted files (pairs of upload and stored name) for the form's next post; the HeldUploads."""
    held = []
    for uploaded, name in uploads:
        item = HeldUpload(form_token=form_token, name=name, size=uploaded.size)
        item.file.save(name, uploaded, save=False)
        item.save()
        held.append(item)
    return held


def held_uploads(form_token):
    return list(HeldUpload.objects.filter(form_token=form_token))


def discard(held):
    """Remove held files, once the transaction that no longer needs them has committed."""
    held = list(held)
    if not held:
        return
    HeldUpload.objects.filter(pk__in=[item.pk for item in held]).delete()
    paths = [item.file.name for item in held]
    storage = HeldUpload._meta.get_field("file").storage

    def delete_files():
        for path in paths:
            storage.delete(path)

    transaction.on_commit(delete_files)


def discard_abandoned(now=None):
    discard(HeldUpload.objects.filter(created_at__lt=(now or timezone.now()) - HOLD_FOR))


def private_collection():
    """The collection of submitted attachments, which only Editors may open; created on first use."""
    collection = Collection.objects.filter(name=PRIVATE_COLLECTION, depth=2).first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=PRIVATE_COLLECTION)
    if not CollectionViewRestriction.objects.filter(collection=collection).exists():
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.set([Group.objects.get_or_create(name=EDITORS)[0]])
    return collection


def store_documents(held):
    """Wagtail documents in the private collection for the held files; the held files are discarded."""
    if not held:
        return []
    Document = get_document_model()
    collection = private_collection()
    documents = []
    for item in held:
        document = Document(title=item.name, collection=collection, file_size=item.size)
        with item.file.open("rb") as content:
            # An unguessable folder: the file is not public even where MEDIA_ROOT is served as is.
            document.file.save(f"{secrets.token_hex(16)}/{item.name}", content, save=False)
        document.save()
        documents.append(document)
    discard(held)
    return documents
