"""Admin URLs of the solvers app, mounted under /admin/solvers/ by wagtail_hooks."""

from django.urls import path

from solvers import admin_views

app_name = "solvers_admin"
urlpatterns = [
    path("calls/<int:page_id>/interest/", admin_views.interest_view, name="interest"),
    path("calls/<int:page_id>/interest.csv", admin_views.interest_csv, name="interest_csv"),
    path("calls/<int:page_id>/consortium/", admin_views.record_consortium, name="record_consortium"),
]
