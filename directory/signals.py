"""Keep member groups and the review workflow in step with the page tree."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone

from wagtail.models import Locale
from wagtail.signals import page_published

from directory.access import apply_review_setting, grant_member_access
from directory.models import MemberAccess, MemberDirectoryPage, MemberProfilePage, MemberSettings
from directory.review import mark_reviewed
from directory.shared import sync_shared_facts


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


@receiver(post_save, sender=MemberSettings, dispatch_uid="directory_review_setting")
def apply_saved_review_setting(sender, instance, raw=False, **kwargs):
    """Saving the setting switches every member at once, between review and direct publishing."""
    if not raw:
        apply_review_setting(instance.changes_need_review)


@receiver(post_save, sender=MemberDirectoryPage, dispatch_uid="directory_review_workflow")
def put_new_directory_under_review(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        apply_review_setting(MemberSettings.load().changes_need_review)


@receiver(page_published, sender=MemberProfilePage, dispatch_uid="directory_publication_is_a_review")
def count_representatives_publication_as_review(sender, instance, revision=None, **kwargs):
    """A representative who publishes the profile (or has it approved) has just reviewed it."""
    user = revision.user if revision else None
    key = instance.translation_key
    if user and MemberAccess.objects.filter(page__translation_key=key, group__user=user).exists():
        mark_reviewed(instance)


@receiver(page_published, sender=MemberProfilePage, dispatch_uid="directory_texts_changed")
def note_when_the_texts_changed(sender, instance, **kwargs):
    """A publish that changes a language's own texts dates them; one that only carries shared facts does not."""
    fingerprint = instance.compute_texts_fingerprint()
    stored = MemberProfilePage.objects.filter(pk=instance.pk).values_list("texts_fingerprint", flat=True).first()
    if fingerprint == stored:
        return
    changes = {"texts_fingerprint": fingerprint}
    # A page dated before fingerprints existed adopts its first one without a new date.
    if stored or instance.texts_changed_at is None:
        changes["texts_changed_at"] = timezone.now()
    MemberProfilePage.objects.filter(pk=instance.pk).update(**changes)


@receiver(page_published, sender=MemberProfilePage, dispatch_uid="directory_shared_facts")
def share_the_facts_of_the_default_language(sender, instance, **kwargs):
    """Publishing the default-language page carries its facts to every other language (directory/shared.py)."""
    if instance.locale_id == Locale.get_default().pk and not instance.alias_of_id:
        sync_shared_facts(instance)
