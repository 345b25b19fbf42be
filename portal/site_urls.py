"""URLs of the portal's own pages (namespace ``portal``)."""

from django.urls import path

from portal import views

app_name = "portal"

urlpatterns = [
    path("", views.home, name="home"),
    path("konto/profil/", views.profile, name="profile"),
    path("impressum/", views.legal_page, {"page": "imprint"}, name="imprint"),
    path("datenschutz/", views.legal_page, {"page": "privacy"}, name="privacy"),
    path("barrierefreiheit/", views.legal_page, {"page": "accessibility"}, name="accessibility"),
]
