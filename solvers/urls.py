"""Public URLs of the solvers app, under each language's prefix (/en/partners/...)."""

from django.urls import path

from solvers import views

app_name = "solvers"
urlpatterns = [
    path("", views.partners, name="partners"),
    path("interest/<int:page_id>/", views.interest, name="interest"),
    path("contact/<int:interest_id>/", views.contact_partner, name="contact"),
]
