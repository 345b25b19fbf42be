"""URLs of the Selbstcheck, below /selbstcheck/ (namespace ``selfcheck``)."""

from django.urls import path

from selfcheck import views

app_name = "selfcheck"

urlpatterns = [
    path("selbstcheck/", views.selfcheck_list, name="questionnaire-list"),
    # Before "<slug>/": "meine-ergebnisse" is reserved (see Questionnaire.clean).
    path("selbstcheck/meine-ergebnisse/", views.result_list, name="result-list"),
    path("selbstcheck/meine-ergebnisse/<int:pk>/", views.result_detail, name="result-detail"),
    path(
        "selbstcheck/meine-ergebnisse/<int:pk>/loeschen/",
        views.result_delete,
        name="result-delete",
    ),
    path("selbstcheck/<slug:slug>/", views.selfcheck_take, name="questionnaire-take"),
    path("selbstcheck/<slug:slug>/ergebnis/", views.selfcheck_result, name="questionnaire-result"),
    path(
        "selbstcheck/<slug:slug>/ergebnis/speichern/",
        views.selfcheck_result_save,
        name="result-save",
    ),
]
