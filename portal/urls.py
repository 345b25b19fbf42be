"""Root URLs: German pages without prefix, English under /en/."""

from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from portal import views

handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"
handler403 = "portal.views.permission_denied"
handler400 = "portal.views.bad_request"

# The admin logs in through the portal's own log-in, with its rate limits and second factor.
admin.site.login = secure_admin_login(admin.site.login)

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("admin/", admin.site.urls),
]

if settings.BENCHMARK_BARE_VIEW:
    # The yardsticks of scripts/bench.py, on the benchmark's own server only; the setting
    # is on only where the development kit is installed (portal/settings.py).
    urlpatterns += [path("", include("devkit.urls"))]

if settings.SERVE_MEDIA:
    # Development only: in production the web server or object storage serves uploads.
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("", include("portal.site_urls")),
    path("", include("projects.urls")),
    path("", include("faq.urls")),
    path("", include("forum.urls")),
    path("", include("networks.urls")),
    path("", include("selfcheck.urls")),
    path("konto/", include("allauth.urls")),
    prefix_default_language=False,
)
