"""URLs of the Selbstcheck, included in networks/urls.py (namespace ``networks``)."""

from django.urls import path

from networks.views import selfcheck

urlpatterns = [
    path("selbstcheck/", selfcheck.selfcheck_list, name="selfcheck-list"),
    # Before "<slug>/": "meine-ergebnisse" is reserved (see Questionnaire.clean).
    path("selbstcheck/meine-ergebnisse/", selfcheck.result_list, name="selfcheck-result-list"),
    path(
        "selbstcheck/meine-ergebnisse/<int:pk>/",
        selfcheck.result_detail,
        name="selfcheck-result-detail",
    ),
    path(
        "selbstcheck/meine-ergebnisse/<int:pk>/loeschen/",
        selfcheck.result_delete,
        name="selfcheck-result-delete",
    ),
    path("selbstcheck/<slug:slug>/", selfcheck.selfcheck_take, name="selfcheck-take"),
    path("selbstcheck/<slug:slug>/ergebnis/", selfcheck.selfcheck_result, name="selfcheck-result"),
    path(
        "selbstcheck/<slug:slug>/ergebnis/speichern/",
        selfcheck.selfcheck_result_save,
        name="selfcheck-result-save",
    ),
]
