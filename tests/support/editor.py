"""What the browser tests do in Wagtail's page editor."""

import re


def upload_logo(page, path, title, choose="Choose an image", upload="Upload"):
    """Upload `path` as the page's logo through the image chooser; the labels are the admin language's."""
    page.get_by_role("button", name=re.compile(choose)).click()
    page.get_by_role("tab", name=upload).click()
    page.set_input_files("#id_image-chooser-upload-file", str(path))
    page.fill("#id_image-chooser-upload-title", title)
    page.locator("form.w-chooser-upload, form[action*='chooser/create']").locator("button[type=submit]").click()
    page.wait_for_selector(f"text={title}", state="attached")
