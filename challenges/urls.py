"""Public URLs of the challenge submission form, under /<language>/challenges/submit/."""

from django.urls import path

from challenges.intake import views

app_name = "challenges"
urlpatterns = [
    path("", views.submit, name="submit"),
    path("received/<str:token>/", views.submission_received, name="submission_received"),
    path("privacy/", views.privacy_notice, name="privacy_notice"),
]
