"""Who may change what: the editor roles and each member organisation's own group.

Every member profile gets a group of its own, holding its representatives. The group may
edit the member's page in every language (and publish it, unless the member settings
send changes to the Moderators) and use one image and document collection; nothing
else. See docs/members.md.

The functions write in bulk so that `generate_bulk_content` stays fast, and are safe to
run again: `migrate` runs `ensure_roles` every time (see directory/apps.py).
"""

from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission

from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
)

from directory.models import MemberAccess, MemberDirectoryPage, MemberProfilePage, MemberSettings
from portal.roles import EDITORS, MODERATORS, TRANSLATORS
from portal.tree import next_child_paths
from portal.workflows import approval_workflow

REVIEW_WORKFLOW = "Member profile review"
REVIEW_TASK = "Moderators approve member changes"
BATCH_SIZE = 500

# (app label, codename) of the global permissions each role has.
ROLE_PERMISSIONS = {
    EDITORS: [
        ("wagtailadmin", "access_admin"),
        ("directory", "manage_representatives"),
        ("challenges", "view_challengesubmission"),
        ("challenges", "review_challengesubmission"),
        ("portal", "add_theme"),
        ("portal", "change_theme"),
        ("portal", "delete_theme"),
        ("portal", "add_capability"),
        ("portal", "change_capability"),
        ("portal", "delete_capability"),
        ("solvers", "view_interest"),
    ],
    MODERATORS: [("wagtailadmin", "access_admin")],
    TRANSLATORS: [("wagtailadmin", "access_admin"), ("wagtail_localize", "submit_translation")],
}
# Page permissions on the root page, so in every language's tree.
ROLE_PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    TRANSLATORS: ["change_page"],
}
ROLE_COLLECTION_PERMISSIONS = {
    EDITORS: ["add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"],
    MODERATORS: ["choose_image", "choose_document"],
    TRANSLATORS: ["choose_image", "choose_document"],
}
MEMBER_COLLECTION_PERMISSIONS = [
    "add_image",
    "change_image",
    "choose_image",
    "add_document",
    "change_document",
    "choose_document",
]


def _permissions(codenames):
    """Permission objects by codename; page permissions are those of `wagtailcore.Page`."""
    found = {}
    for permission in Permission.objects.filter(codename__in=codenames).select_related("content_type"):
        label = permission.content_type.app_label
        if permission.codename.endswith("_page") and label != "wagtailcore":
            continue
        found[permission.codename] = permission
    missing = set(codenames) - set(found)
    if missing:
        raise LookupError(f"Permissions missing: {', '.join(sorted(missing))} (run migrate)")
    return found


def _global_permissions(pairs):
    return [
        Permission.objects.get(content_type__app_label=app_label, codename=codename) for app_label, codename in pairs
    ]


def ensure_roles(app_configs):
    """Roles, member groups and the review workflow, as `migrate` leaves a database; idempotent.

    Django creates permissions after the last migration; the roles need them now.
    """
    for app_config in app_configs:
        create_permissions(app_config, verbosity=0)
    create_roles()
    need_review = MemberSettings.load().changes_need_review
    new = MemberProfilePage.objects.filter(locale=Locale.get_default(), access=None)
    grant_member_access(new.values_list("pk", flat=True), publish=not need_review)
    if not Workflow.objects.filter(name=REVIEW_WORKFLOW).exists():
        apply_review_setting(need_review)


def create_roles():
    """The Editors, Moderators and Translators groups and their rights; safe to run again."""
    roots = list(Page.get_root_nodes())
    root_collection = Collection.get_first_root_node()
    for name in (EDITORS, MODERATORS, TRANSLATORS):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*_global_permissions(ROLE_PERMISSIONS[name]))
        page_permissions = _permissions(ROLE_PAGE_PERMISSIONS[name]).values()
        for root in roots:
            for permission in page_permissions:
                GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
        if root_collection:
            for permission in _permissions(ROLE_COLLECTION_PERMISSIONS[name]).values():
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )


def group_name(page_id, title):
    return f"Member {page_id}: {title}"[:150]


def _member_page_ids(source_ids):
    """All pages (every language) of the members whose default-language pages are given."""
    keys = MemberProfilePage.objects.filter(pk__in=source_ids).values("translation_key")
    return MemberProfilePage.objects.filter(translation_key__in=keys).values_list("pk", "translation_key")


def grant_member_access(page_ids, *, publish):
    """Give each member page (default language) a group and collection of its own; idempotent.

    Also (re)grants the group's permissions on every translation of the page, so calling
    it again after a translation is created covers the new page. Returns the number of
    groups created.
    """
    page_ids = list(page_ids)
    created = 0
    for start in range(0, len(page_ids), BATCH_SIZE):
        batch = page_ids[start : start + BATCH_SIZE]
        new = list(MemberProfilePage.objects.filter(pk__in=batch, access__isnull=True).values_list("pk", "title"))
        if new:
            groups = _groups_named([group_name(pk, title) for pk, title in new])
            collections = _add_collections([title for _, title in new])
            MemberAccess.objects.bulk_create(
                [
                    MemberAccess(page_id=pk, group=group, collection=collection)
                    for (pk, _), group, collection in zip(new, groups, collections, strict=True)
                ]
            )
            _grant_group_rights(groups, collections)
            created += len(new)
        _grant_page_permissions(batch, publish=publish)
    return created


def _groups_named(names):
    """Groups with these names, in order; a group left behind (say, by a rolled-back migration) is reused."""
    existing = {group.name: group for group in Group.objects.filter(name__in=names)}
    Group.objects.bulk_create([Group(name=name) for name in names if name not in existing])
    existing = {group.name: group for group in Group.objects.filter(name__in=names)}
    return [existing[name] for name in names]


def _add_collections(names):
    """New children of the root collection, inserted at once (see portal/tree.py)."""
    root = Collection.objects.select_for_update().get(pk=Collection.get_first_root_node().pk)
    paths = next_child_paths(root, len(names))
    collections = Collection.objects.bulk_create(
        [Collection(name=name[:255], path=path, depth=2, numchild=0) for name, path in zip(names, paths, strict=True)]
    )
    Collection.objects.filter(pk=root.pk).update(numchild=root.numchild + len(collections))
    return collections


def _grant_group_rights(groups, collections):
    (access_admin,) = _global_permissions([("wagtailadmin", "access_admin")])
    Group.permissions.through.objects.bulk_create(
        [Group.permissions.through(group_id=group.pk, permission_id=access_admin.pk) for group in groups],
        ignore_conflicts=True,
    )
    permissions = _permissions(MEMBER_COLLECTION_PERMISSIONS).values()
    GroupCollectionPermission.objects.bulk_create(
        [
            GroupCollectionPermission(group=group, collection=collection, permission=permission)
            for group, collection in zip(groups, collections, strict=True)
            for permission in permissions
        ],
        ignore_conflicts=True,
        batch_size=BATCH_SIZE,
    )


def _grant_page_permissions(source_ids, *, publish):
    group_by_key = dict(
        MemberProfilePage.objects.filter(pk__in=source_ids, access__isnull=False).values_list(
            "translation_key", "access__group_id"
        )
    )
    if not group_by_key:
        return
    codenames = ["change_page", "publish_page"] if publish else ["change_page"]
    permissions = _permissions(codenames).values()
    GroupPagePermission.objects.bulk_create(
        [
            GroupPagePermission(group_id=group_by_key[key], page_id=pk, permission=permission)
            for pk, key in _member_page_ids(source_ids)
            if key in group_by_key
            for permission in permissions
        ],
        ignore_conflicts=True,
        batch_size=BATCH_SIZE,
    )
    if not publish:
        GroupPagePermission.objects.filter(
            group_id__in=MemberAccess.objects.filter(page_id__in=source_ids).values("group_id"),
            permission__codename="publish_page",
        ).delete()


def set_member_publishing(publish):
    """Let every member group publish its pages directly, or take that right away."""
    _grant_page_permissions(list(MemberAccess.objects.values_list("page_id", flat=True)), publish=publish)


def review_workflow():
    """The workflow in which Moderators approve member changes, created on first use."""
    return approval_workflow(REVIEW_WORKFLOW, REVIEW_TASK, MODERATORS)


def apply_review_setting(changes_need_review):
    """Send member changes through the review workflow, or let representatives publish."""
    directories = list(MemberDirectoryPage.objects.values_list("pk", flat=True))
    if changes_need_review:
        workflow = review_workflow()
        for pk in directories:
            # An editor may have chosen another workflow for the directory: keep theirs.
            WorkflowPage.objects.get_or_create(page_id=pk, defaults={"workflow": workflow})
    else:
        WorkflowPage.objects.filter(page_id__in=directories, workflow__name=REVIEW_WORKFLOW).delete()
    set_member_publishing(not changes_need_review)
