"""URLs of the portal's own pages (namespace ``portal``)."""

from django.urls import path

from portal import personal_data_views, views

app_name = "portal"

urlpatterns = [
    path("", views.home, name="home"),
    path("konto/profil/", views.profile, name="profile"),
    path("konto/meine-daten/", personal_data_views.my_data, name="my-data"),
    path(
        "konto/meine-daten/export.json",
        personal_data_views.my_data_export,
        name="my-data-export",
    ),
    path(
        "konto/meine-daten/konto-loeschen/",
        personal_data_views.delete_account,
        name="delete-account",
    ),
    path("impressum/", views.legal_page, {"page": "imprint"}, name="imprint"),
    path("datenschutz/", views.legal_page, {"page": "privacy"}, name="privacy"),
    path("ueber-das-portal/", views.legal_page, {"page": "about"}, name="about"),
    path("barrierefreiheit/", views.legal_page, {"page": "accessibility"}, name="accessibility"),
]
