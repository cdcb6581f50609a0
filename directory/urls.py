"""Public URLs of member accounts: the invitation link (outside the language prefix, like the admin)."""

from django.urls import path

from directory import views

app_name = "directory"
urlpatterns = [
    path("<str:token>/", views.accept_invitation_view, name="accept_invitation"),
]
