"""Member pages in every language become independent pages sharing facts with the default one.

The free-text capabilities become "what we offer" (block type `offer`), capabilities
become a taxonomy, each page records when its texts last changed, and the Finnish and
Swedish member pages stop being wagtail-localize translations (docs/members.md).
"""

import json

import directory.models.accounts
import modelcluster.fields
import portal.models
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

OLD_BLOCK, NEW_BLOCK = "capability", "offer"


def renamed_blocks(stream):
    """Stream data (a JSON string or a list) with the old block type renamed."""
    blocks = json.loads(stream) if isinstance(stream, str) else stream or []
    return [{**block, "type": NEW_BLOCK if block.get("type") == OLD_BLOCK else block.get("type")} for block in blocks]


def forwards(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Locale = apps.get_model("wagtailcore", "Locale")
    MemberProfilePage = apps.get_model("directory", "MemberProfilePage")
    Revision = apps.get_model("wagtailcore", "Revision")
    Translation = apps.get_model("wagtail_localize", "Translation")
    content_type = ContentType.objects.filter(app_label="directory", model="memberprofilepage").first()
    if content_type is None:
        return
    for page in MemberProfilePage.objects.all():
        page.offering = renamed_blocks(page.offering.raw_data)
        page.texts_changed_at = None if page.alias_of_id else page.last_published_at
        page.save(update_fields=["offering", "texts_changed_at"])
    # Old revisions keep opening: their free text moves to `offering`, the taxonomy starts empty.
    for revision in Revision.objects.filter(content_type=content_type).iterator():
        content = dict(revision.content)
        content["offering"] = json.dumps(renamed_blocks(content.pop("capabilities", None)))
        content["capabilities"] = []
        revision.content = content
        revision.save(update_fields=["content"])
    default = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    Translation.objects.filter(source__specific_content_type=content_type).exclude(target_locale=default).delete()




class Migration(migrations.Migration):

    dependencies = [
        ('directory', '0002_initial'),
        ('portal', '0002_capabilities'),
        ('wagtail_localize', '0016_rename_page_revision_translationlog_revision'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.RenameField(model_name='memberprofilepage', old_name='capabilities', new_name='offering'),
        migrations.AlterField(
            model_name='memberprofilepage',
            name='offering',
            field=wagtail.fields.StreamField([('offer', 2)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'What we offer', 'max_length': 120}), 1: ('wagtail.blocks.TextBlock', (), {'label': 'In more detail', 'required': False}), 2: ('wagtail.blocks.StructBlock', [[('name', 0), ('description', 1)]], {})}, help_text='What the organisation can offer to a challenge, in your own words, one item at a time.', verbose_name='what we offer'),
        ),
        migrations.AddField(
            model_name='memberprofilepage',
            name='texts_changed_at',
            field=models.DateTimeField(blank=True, editable=False, help_text="When this language's texts were last published with a change, or confirmed as still right.", null=True, verbose_name='texts last changed'),
        ),
        migrations.AddField(
            model_name='memberprofilepage',
            name='texts_fingerprint',
            field=models.CharField(blank=True, editable=False, max_length=64),
        ),
        migrations.AddField(
            model_name='representativeinvitation',
            name='language',
            field=models.CharField(choices=directory.models.accounts.language_choices, default='en', help_text='The invitation, the password page and later reminders are in this language.', max_length=10, verbose_name='language'),
        ),
        migrations.AlterField(
            model_name='memberprofilepage',
            name='themes',
            field=modelcluster.fields.ParentalManyToManyField(blank=True, limit_choices_to=portal.models.in_default_locale, related_name='+', to='portal.theme', verbose_name='themes'),
        ),
        migrations.AddField(
            model_name='memberprofilepage',
            name='capabilities',
            field=modelcluster.fields.ParentalManyToManyField(blank=True, help_text='What the organisation can do for a challenge. Visitors filter the directory by these.', limit_choices_to=portal.models.in_default_locale, related_name='members', to='portal.capability', verbose_name='capabilities'),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
