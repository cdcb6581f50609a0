"""Keep member groups and the review workflow in step with the page tree."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.models import Locale

from directory.access import apply_review_setting, grant_member_access
from directory.models import MemberDirectoryPage, MemberProfilePage, MemberSettings


@receiver(post_save, sender=MemberProfilePage, dispatch_uid="directory_member_access")
def give_new_member_page_its_group(sender, instance, created, raw=False, **kwargs):
    """A new member page gets its group; a new translation or alias joins its source's group."""
    if not created or raw:
        return
    default = Locale.get_default()
    source_id = instance.pk
    if instance.locale_id != default.pk:
        source_id = (
            MemberProfilePage.objects.filter(translation_key=instance.translation_key, locale=default)
            .values_list("pk", flat=True)
            .first()
        )
        if source_id is None:
            return
    grant_member_access([source_id], publish=not MemberSettings.load().changes_need_review)


@receiver(post_save, sender=MemberDirectoryPage, dispatch_uid="directory_review_workflow")
def put_new_directory_under_review(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        apply_review_setting(MemberSettings.load().changes_need_review)
