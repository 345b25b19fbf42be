from django.urls import path

from projects import consent_views, feeds, views

app_name = "projects"

urlpatterns = [
    path("projekte/", views.project_list, name="project-list"),
    path("projekte/<slug:slug>/", views.project_detail, name="project-detail"),
    path("projekte/<int:pk>/archivieren/", views.project_archive, name="project-archive"),
    path("meine-initiativen/", views.my_projects, name="my-projects"),
    path("meine-initiativen/neu/", views.project_form, name="project-create"),
    path("meine-initiativen/<int:pk>/", views.project_form, name="project-edit"),
    path("meine-initiativen/<int:pk>/vorschau/", views.project_preview, name="project-preview"),
    path("meine-initiativen/<int:pk>/einreichen/", views.project_submit, name="project-submit"),
    path(
        "meine-initiativen/<int:pk>/bilder/<int:image_pk>/entfernen/",
        views.project_image_delete,
        name="project-image-delete",
    ),
    path(
        "meine-initiativen/<int:pk>/einwilligung-widerrufen/",
        consent_views.contact_consent_withdraw,
        name="project-consent-withdraw",
    ),
    path("redaktion/", views.review_queue, name="review-queue"),
    path("redaktion/projekte/<int:pk>/", views.review_project, name="review-project"),
    path("beitraege/", views.article_list, name="article-list"),
    path("beitraege/<slug:slug>/", views.article_detail, name="article-detail"),
    path("feed/", feeds.NewContentFeed(), name="feed"),
]
