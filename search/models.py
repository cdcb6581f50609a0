"""The search app stores one thing: index changes waiting for the engine to come back."""

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
