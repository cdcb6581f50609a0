"""The editor roles, and a group and collection for every member page that exists already."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from directory import access


def forwards(apps, schema_editor):
    # Permissions are normally created after all migrations have run; these need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    access.create_roles(apps)
    MemberProfilePage = apps.get_model("directory", "MemberProfilePage")
    Locale = apps.get_model("wagtailcore", "Locale")
    MemberSettings = apps.get_model("directory", "MemberSettings")
    settings = MemberSettings.objects.first()
    need_review = settings.changes_need_review if settings else True
    default_locale = Locale.objects.order_by("pk").first()
    if default_locale is not None:
        from django.conf import settings as django_settings

        default_locale = Locale.objects.filter(language_code=django_settings.LANGUAGE_CODE).first() or default_locale
        ids = MemberProfilePage.objects.filter(locale=default_locale).values_list("pk", flat=True)
        access.grant_member_access(ids, publish=not need_review, apps=apps)
    access.apply_review_setting(need_review, apps=apps)


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0003_member_accounts"),
        ("portal", "0001_initial"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
