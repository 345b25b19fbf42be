"""The benchmark's yardsticks; ``portal/urls.py`` includes them only on the benchmark's server."""

from django.urls import path

from devkit import views

urlpatterns = [
    path("bench/bare", views.bare, name="bench-bare"),
    path("bench/bare-db", views.bare_with_query, name="bench-bare-db"),
]
