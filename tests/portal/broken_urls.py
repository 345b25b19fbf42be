"""A URLconf with a view that fails, to see the 500 page a visitor would get."""

from django.core.exceptions import PermissionDenied
from django.urls import path

from portal.urls import urlpatterns as portal_urlpatterns


def broken(request):
    raise RuntimeError("geheimes-detail")


def forbidden(request):
    raise PermissionDenied("geheimes-detail")


urlpatterns = [path("kaputt/", broken), path("verboten/", forbidden), *portal_urlpatterns]
handler500 = "portal.views.server_error"
