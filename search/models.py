"""What the search app stores: index changes waiting for the engine, and the vocabulary typos are corrected from."""

from django.contrib.contenttypes.models import ContentType
from django.db import models


class PendingIndexChange(models.Model):
    """An object whose index entry could not be written because the engine was unreachable."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=64)
    deleted = models.BooleanField(default=False)
    noticed_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id"], name="unique_pending_index_change"),
        ]

    def __str__(self):
        return f"{self.content_type} {self.object_id}"


class IndexedText(models.Model):
    """The index terms of one searchable page as it was last indexed, field by field.

    Each field holds its distinct terms, parts of compounds marked (search.analysis). They
    tell the vocabulary what changed when the page is indexed again, and on SQLite an
    FTS5 table over them ranks matches with field weights (search.ranking). The page is
    not a foreign key: its row must outlive the page until the index forgets it.
    """

    page_id = models.IntegerField(primary_key=True)
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    title = models.TextField(blank=True)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)

    def __str__(self):
        return f"page {self.page_id}"


class IndexTerm(models.Model):
    """A term of the search index in one language, and on how many pages it stands.

    Compound parts count unmarked. "Did you mean" and the database's typo tolerance
    look for close spellings here (search.vocabulary).
    """

    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    term = models.CharField(max_length=80)
    # The term as a page writes it, accents and all, for suggestions.
    display = models.CharField(max_length=80)
    pages = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["locale", "term"], name="unique_index_term")]

    def __str__(self):
        return self.display
