"""A member profile in each language: starting a language version, and where each one stands.

The representative's admin home, the member editor's side panel and the moderators'
e-mail all tell the same story per language, computed here from Wagtail's own
records (live and draft revisions, the workflow state and its task's comment) and the
page's `texts_changed_at`.
"""

from dataclasses import dataclass

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Locale, WorkflowState
from wagtail_localize.models import Translation


class LanguageStatus(models.TextChoices):
    NOT_TRANSLATED = "not_translated", _("Not translated yet: the English profile is shown")
    AWAITING_APPROVAL = "awaiting_approval", _("Changes waiting for approval")
    REJECTED = "rejected", _("Changes sent back by a moderator")
    DRAFT = "draft", _("Draft changes not published yet")
    NOT_PUBLISHED = "not_published", _("Not published")
    BEHIND = "behind", _("Published, but the English text has changed since")
    UP_TO_DATE = "up_to_date", _("Published and up to date")


# The states in which a language has changes that are not public yet.
PENDING = {LanguageStatus.AWAITING_APPROVAL, LanguageStatus.REJECTED, LanguageStatus.DRAFT}


@dataclass
class LanguageState:
    """One language version of a member profile, as its representatives and moderators need to see it."""

    locale: Locale
    page: object
    status: str
    # When the default language's texts last changed (BEHIND), or when it was submitted (AWAITING_APPROVAL).
    since: object = None
    comment: str = ""

    @property
    def label(self):
        return LanguageStatus(self.status).label

    @property
    def is_pending(self):
        return self.status in PENDING

    @property
    def edit_url(self):
        if self.page is None or self.page.alias_of_id:
            return ""
        return reverse("wagtailadmin_pages:edit", args=[self.page.pk])

    @property
    def compare_url(self):
        if self.page is None or not self.page.live or not self.is_pending:
            return ""
        return reverse("wagtailadmin_pages:revisions_compare", args=[self.page.pk, "live", "latest"])


def member_in(member, language):
    """The member's page in `language`, if it has one of its own, else `member`: its name as that language writes it."""
    locale = Locale.objects.filter(language_code=language).first()
    page = member.get_translation_or_none(locale) if locale else None
    return page if page is not None and not page.alias_of_id else member


def detach_from_translation_source(page):
    """Make a member page in another language a page of its own, if wagtail-localize synced it from the English one."""
    Translation.objects.filter(source__object_id=page.translation_key, target_locale_id=page.locale_id).delete()


def start_language_version(source, locale, user=None):
    """The member's page in `locale` as a page of its own, starting as a copy of `source`.

    The copy is live when the source is, so the member stays in that language's directory,
    and counts as not translated until its texts are first published with a change. The
    caller has checked `user`'s right to edit the member, which covers every language.
    """
    page = source.get_translation_or_none(locale)
    if page is None:
        page = source.copy_for_translation(locale, copy_parents=True, alias=True)
    page = page.specific
    if page.alias_of_id:
        # A permission check here would miss the rights granted to the member's group on the
        # alias just created: Wagtail caches a user's page permissions for the request.
        ConvertAliasPageAction(page, user=user).execute(skip_permission_checks=True)
        type(page).objects.filter(pk=page.pk).update(
            texts_fingerprint=source.compute_texts_fingerprint(), texts_changed_at=None
        )
        page.refresh_from_db()
    return page


def _status(page, source):
    if page is None or page.alias_of_id:
        return LanguageState(None, page, LanguageStatus.NOT_TRANSLATED)
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        return LanguageState(None, page, LanguageStatus.AWAITING_APPROVAL, since=state.created_at)
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        task_state = state.current_task_state
        return LanguageState(
            None, page, LanguageStatus.REJECTED, comment=task_state.get_comment() if task_state else ""
        )
    if page.has_unpublished_changes:
        return LanguageState(None, page, LanguageStatus.DRAFT)
    if not page.live:
        return LanguageState(None, page, LanguageStatus.NOT_PUBLISHED)
    if page.pk != source.pk and page.shows_default_language_text:
        return LanguageState(None, page, LanguageStatus.NOT_TRANSLATED)
    if page.pk != source.pk and source.texts_changed_at and page.texts_changed_at < source.texts_changed_at:
        return LanguageState(None, page, LanguageStatus.BEHIND, since=source.texts_changed_at)
    return LanguageState(None, page, LanguageStatus.UP_TO_DATE)


def language_states(source):
    """[LanguageState] of a member (its default-language page), one per configured language, default first."""
    pages = {
        page.locale_id: page
        for page in type(source)
        .objects.filter(translation_key=source.translation_key)
        .select_related("locale")
        # Specific, so that the workflow states are looked up by the page's own content type.
        .specific()
        .prefetch_workflow_states()
    }
    source = pages.get(source.locale_id, source)
    states = []
    for locale in sorted(Locale.objects.all(), key=lambda locale: (locale.pk != source.locale_id, locale.pk)):
        state = _status(pages.get(locale.pk), source)
        state.locale = locale
        states.append(state)
    return states
