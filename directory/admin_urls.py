"""Admin URLs of member accounts, mounted under /admin/members/ by wagtail_hooks."""

from django.urls import path

from directory import views

app_name = "directory_admin"
urlpatterns = [
    path("<int:page_id>/representatives/", views.manage_representatives, name="representatives"),
    path(
        "<int:page_id>/representatives/<int:user_id>/remove/",
        views.remove_representative_view,
        name="remove_representative",
    ),
    path("<int:page_id>/reviewed/", views.confirm_reviewed, name="confirm_reviewed"),
    path("<int:page_id>/text-current/", views.confirm_text_current, name="confirm_text_current"),
    path("<int:page_id>/translate/<str:language_code>/", views.translate_member_page, name="translate"),
    path("reports/stale/", views.StaleProfilesReportView.as_view(), name="stale_profiles"),
    path(
        "reports/stale/results/",
        views.StaleProfilesReportView.as_view(results_only=True),
        name="stale_profiles_results",
    ),
]
