from django.urls import path

from faq import views

app_name = "faq"

urlpatterns = [
    path("faq/", views.faq_index, name="index"),
    path("faq/suche/", views.search, name="search"),
    path("faq/frage-stellen/", views.ask_question, name="ask-question"),
    path("faq/kategorie/<slug:slug>/", views.category_detail, name="category-detail"),
    path("faq/frage/<slug:slug>/", views.entry_detail, name="entry-detail"),
    path("faq/frage/<slug:slug>/rueckmeldung/", views.feedback, name="entry-feedback"),
    path("faq/redaktion/", views.editor_dashboard, name="editor-dashboard"),
    path(
        "faq/redaktion/frage/<slug:slug>/",
        views.editor_entry_feedback,
        name="editor-entry-feedback",
    ),
    path(
        "faq/redaktion/eingang/<int:pk>/",
        views.editor_answer_question,
        name="editor-answer-question",
    ),
]
