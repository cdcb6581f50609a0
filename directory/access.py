"""Who may change what: the editor roles and each member organisation's own group.

Every member profile gets a group of its own, holding its representatives. The group may
edit the member's page in every language (and publish it, unless the member settings
send changes to the Moderators) and use one image and document collection; nothing
else. See docs/members.md.

The functions take an app registry so that data migrations can run them with
historical models, and write in bulk so that `generate_bulk_content` stays fast.
"""

from django.apps import apps as global_apps

from wagtail.models import Collection as RealCollection

EDITORS = "Editors"
MODERATORS = "Moderators"
TRANSLATORS = "Translators"
REVIEW_WORKFLOW = "Member profile review"
REVIEW_TASK = "Moderators approve member changes"
BATCH_SIZE = 500

# (app label, codename) of the global permissions each role has.
ROLE_PERMISSIONS = {
    EDITORS: [
        ("wagtailadmin", "access_admin"),
        ("directory", "manage_representatives"),
        ("portal", "add_theme"),
        ("portal", "change_theme"),
        ("portal", "delete_theme"),
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


def _permissions(apps, codenames):
    """Permission objects by codename; page permissions are those of `wagtailcore.Page`."""
    Permission = apps.get_model("auth", "Permission")
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


def _global_permissions(apps, pairs):
    Permission = apps.get_model("auth", "Permission")
    permissions = []
    for app_label, codename in pairs:
        permissions.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return permissions


def create_roles(apps=global_apps):
    """The Editors, Moderators and Translators groups and their rights; safe to run again."""
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    roots = list(Page.objects.filter(depth=1))
    root_collection = Collection.objects.filter(depth=1).order_by("path").first()
    for name in (EDITORS, MODERATORS, TRANSLATORS):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*_global_permissions(apps, ROLE_PERMISSIONS[name]))
        page_permissions = _permissions(apps, ROLE_PAGE_PERMISSIONS[name]).values()
        for root in roots:
            for permission in page_permissions:
                GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
        if root_collection:
            for permission in _permissions(apps, ROLE_COLLECTION_PERMISSIONS[name]).values():
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )


def group_name(page_id, title):
    return f"Member {page_id}: {title}"[:150]


def _member_page_ids(apps, source_ids):
    """All pages (every language) of the members whose default-language pages are given."""
    MemberProfilePage = apps.get_model("directory", "MemberProfilePage")
    keys = MemberProfilePage.objects.filter(pk__in=source_ids).values("translation_key")
    return MemberProfilePage.objects.filter(translation_key__in=keys).values_list("pk", "translation_key")


def grant_member_access(page_ids, *, publish, apps=global_apps):
    """Give each member page (default language) a group and collection of its own; idempotent.

    Also (re)grants the group's permissions on every translation of the page, so calling
    it again after a translation is created covers the new page. Returns the number of
    groups created.
    """
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    MemberProfilePage = apps.get_model("directory", "MemberProfilePage")
    MemberAccess = apps.get_model("directory", "MemberAccess")
    page_ids = list(page_ids)
    created = 0
    for start in range(0, len(page_ids), BATCH_SIZE):
        batch = page_ids[start : start + BATCH_SIZE]
        new = list(MemberProfilePage.objects.filter(pk__in=batch, access__isnull=True).values_list("pk", "title"))
        if new:
            groups = _groups_named(Group, [group_name(pk, title) for pk, title in new])
            collections = _add_collections(apps, Collection, [title for _, title in new])
            MemberAccess.objects.bulk_create(
                [
                    MemberAccess(page_id=pk, group=group, collection=collection)
                    for (pk, _), group, collection in zip(new, groups, collections, strict=True)
                ]
            )
            _grant_group_rights(apps, groups, collections)
            created += len(new)
        _grant_page_permissions(apps, batch, publish=publish)
    return created


def _groups_named(Group, names):
    """Groups with these names, in order; a group left behind (say, by a rolled-back migration) is reused."""
    existing = {group.name: group for group in Group.objects.filter(name__in=names)}
    Group.objects.bulk_create([Group(name=name) for name in names if name not in existing])
    existing = {group.name: group for group in Group.objects.filter(name__in=names)}
    return [existing[name] for name in names]


def _add_collections(apps, Collection, names):
    """Append child collections of the root collection in one insert, as treebeard would."""
    root = Collection.objects.filter(depth=1).order_by("path").first()
    last = Collection.objects.filter(depth=2, path__startswith=root.path).order_by("-path").first()
    step = RealCollection._str2int(last.path[-RealCollection.steplen :]) if last else 0
    collections = [
        Collection(name=name[:255], path=RealCollection._get_path(root.path, 2, step + offset + 1), depth=2, numchild=0)
        for offset, name in enumerate(names, start=0)
    ]
    collections = Collection.objects.bulk_create(collections)
    Collection.objects.filter(pk=root.pk).update(numchild=Collection.objects.filter(depth=2).count())
    return collections


def _grant_group_rights(apps, groups, collections):
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Group = apps.get_model("auth", "Group")
    (access_admin,) = _global_permissions(apps, [("wagtailadmin", "access_admin")])
    Group.permissions.through.objects.bulk_create(
        [Group.permissions.through(group_id=group.pk, permission_id=access_admin.pk) for group in groups],
        ignore_conflicts=True,
    )
    permissions = _permissions(apps, MEMBER_COLLECTION_PERMISSIONS).values()
    GroupCollectionPermission.objects.bulk_create(
        [
            GroupCollectionPermission(group=group, collection=collection, permission=permission)
            for group, collection in zip(groups, collections, strict=True)
            for permission in permissions
        ],
        ignore_conflicts=True,
        batch_size=BATCH_SIZE,
    )


def _grant_page_permissions(apps, source_ids, *, publish):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    MemberAccess = apps.get_model("directory", "MemberAccess")
    MemberProfilePage = apps.get_model("directory", "MemberProfilePage")
    group_by_key = dict(
        MemberProfilePage.objects.filter(pk__in=source_ids, access__isnull=False).values_list(
            "translation_key", "access__group_id"
        )
    )
    if not group_by_key:
        return
    codenames = ["change_page", "publish_page"] if publish else ["change_page"]
    permissions = _permissions(apps, codenames).values()
    GroupPagePermission.objects.bulk_create(
        [
            GroupPagePermission(group_id=group_by_key[key], page_id=pk, permission=permission)
            for pk, key in _member_page_ids(apps, source_ids)
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


def set_member_publishing(publish, apps=global_apps):
    """Let every member group publish its pages directly, or take that right away."""
    MemberAccess = apps.get_model("directory", "MemberAccess")
    ids = list(MemberAccess.objects.values_list("page_id", flat=True))
    _grant_page_permissions(apps, ids, publish=publish)


def review_workflow(apps=global_apps):
    """The workflow in which Moderators approve member changes, created on first use."""
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    workflow, created = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW, defaults={"active": True})
    if created:
        task = GroupApprovalTask.objects.create(
            name=REVIEW_TASK, content_type=ContentType.objects.get_for_model(GroupApprovalTask), active=True
        )
        task.groups.set([Group.objects.get_or_create(name=MODERATORS)[0]])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def apply_review_setting(changes_need_review, apps=global_apps):
    """Send member changes through the review workflow, or let representatives publish."""
    MemberDirectoryPage = apps.get_model("directory", "MemberDirectoryPage")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    directories = list(MemberDirectoryPage.objects.values_list("pk", flat=True))
    if changes_need_review:
        workflow = review_workflow(apps)
        for pk in directories:
            # An editor may have chosen another workflow for the directory: keep theirs.
            WorkflowPage.objects.get_or_create(page_id=pk, defaults={"workflow": workflow})
    else:
        WorkflowPage.objects.filter(page_id__in=directories, workflow__name=REVIEW_WORKFLOW).delete()
    set_member_publishing(not changes_need_review, apps)


def member_access_for(page):
    """The `MemberAccess` of a member page in any language, or None."""
    from directory.models import MemberAccess

    return (
        MemberAccess.objects.select_related("group", "collection")
        .filter(page__translation_key=page.translation_key)
        .first()
    )


def members_of(user):
    """The default-language member pages whose group the user belongs to."""
    from directory.models import MemberProfilePage

    if not user.is_authenticated:
        return MemberProfilePage.objects.none()
    return MemberProfilePage.objects.filter(access__group__user=user).order_by("title")
