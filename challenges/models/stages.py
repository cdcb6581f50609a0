"""What becomes of a call after its deadline: its stage and the consortium that answers it.

The status (upcoming, open, closed) follows from the dates. The stage is what an editor
records once the call has closed: in evaluation, consortium formed, in implementation,
completed (a reference tells the result) or cancelled. The consortium is a list of
directory members, one of them the lead.
"""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from portal.fragments import shared
from portal.translation import localized_pages


class ChallengeStage(models.TextChoices):
    EVALUATION = "evaluation", _("In evaluation")
    CONSORTIUM = "consortium", _("Consortium formed")
    IMPLEMENTATION = "implementation", _("In implementation")
    COMPLETED = "completed", _("Completed")
    CANCELLED = "cancelled", _("Cancelled")


# The way a call goes after its deadline; it may be cancelled at any time instead.
STAGES_AFTER_DEADLINE = (
    ChallengeStage.EVALUATION,
    ChallengeStage.CONSORTIUM,
    ChallengeStage.IMPLEMENTATION,
    ChallengeStage.COMPLETED,
)
STAGES_WITH_CONSORTIUM = STAGES_AFTER_DEADLINE[1:]


class ConsortiumRole(models.TextChoices):
    LEAD = "lead", _("Lead")
    PARTNER = "partner", _("Partner")


class ConsortiumMember(Orderable):
    """A member organisation in the consortium that answers a call."""

    page = ParentalKey("challenges.ChallengePage", on_delete=models.CASCADE, related_name="consortium")
    member = models.ForeignKey(
        "directory.MemberProfilePage",
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="consortium_memberships",
    )
    role = models.CharField(_("role"), max_length=10, choices=ConsortiumRole.choices, default=ConsortiumRole.PARTNER)

    panels = [FieldRowPanel([FieldPanel("member"), FieldPanel("role")])]

    class Meta(Orderable.Meta):
        verbose_name = _("consortium member")
        verbose_name_plural = _("consortium members")

    @property
    def is_lead(self):
        return self.role == ConsortiumRole.LEAD


class ChallengePageForm(WagtailAdminPageForm):
    """The call's edit form: a consortium has exactly one lead once the stage says it exists."""

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("consortium")
        if formset is None or not formset.is_valid():
            return cleaned
        rows = [form.cleaned_data for form in formset.forms if form.cleaned_data]
        rows = [row for row in rows if not row.get("DELETE")]
        members = [row["member"].pk for row in rows]
        leads = sum(1 for row in rows if row["role"] == ConsortiumRole.LEAD)
        if len(set(members)) < len(members):
            self.add_error("stage", _("A member appears twice in the consortium."))
        if leads > 1:
            self.add_error("stage", _("A consortium has one lead: make the others partners."))
        elif not leads and cleaned.get("stage") in STAGES_WITH_CONSORTIUM:
            self.add_error("stage", _("At this stage the consortium has a lead: add the lead member below."))
        return cleaned


def call_timeline(page, today):
    """The steps of a call's life for its page, each `done`, `current` or `next`.

    Open and closed come from the dates; the stages after them from `page.stage`.
    """
    steps = [
        {"key": "open", "label": _("Open for responses"), "date": page.opens_on},
        {"key": "closed", "label": _("Deadline"), "date": page.closes_on},
    ]
    if page.stage == ChallengeStage.CANCELLED:
        steps = [step for step in steps if step["date"] < today]
        steps.append({"key": ChallengeStage.CANCELLED.value, "label": ChallengeStage.CANCELLED.label, "date": None})
        current = len(steps) - 1
    else:
        steps += [{"key": stage.value, "label": stage.label, "date": None} for stage in STAGES_AFTER_DEADLINE]
        keys = [step["key"] for step in steps]
        if page.stage:
            current = keys.index(page.stage)
        elif today > page.closes_on:
            current = 1
        elif today >= page.opens_on:
            current = 0
        else:
            current = -1
    for position, step in enumerate(steps):
        step["state"] = "done" if position < current else "current" if position == current else "next"
    return steps


def consortium_of(call):
    """The call's consortium, lead first, each member shown in the visitor's language
    (kept for the content generation)."""

    def find():
        rows = sorted(call.consortium.select_related("member"), key=lambda row: (not row.is_lead, row.sort_order))
        pairs = zip(rows, localized_pages(row.member for row in rows), strict=True)
        return [{"member": member, "role": row.get_role_display()} for row, member in pairs]

    return shared(f"consortium:{call.pk}:{translation.get_language()}", find)
