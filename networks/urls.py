from django.urls import path

from networks.views import coordination, directory, meetings

app_name = "networks"

urlpatterns = [
    path("netzwerke/", directory.network_list, name="network-list"),
    path("netzwerke/export.csv", directory.network_export, name="network-export"),
    path("netzwerke/termine/", meetings.calendar_page, name="calendar"),
    path("netzwerke/termine/kalender.ics", meetings.feed_all, name="feed-all"),
    path("netzwerke/termine/<int:pk>/", meetings.meeting_detail, name="meeting-detail"),
    path("netzwerke/anfragen/<int:pk>/", coordination.join_request_decide, name="join-decide"),
    path("netzwerke/<slug:slug>/", directory.network_detail, name="network-detail"),
    path("netzwerke/<slug:slug>/kalender.ics", meetings.feed_network, name="feed-network"),
    path("netzwerke/<slug:slug>/bearbeiten/", coordination.network_edit, name="network-edit"),
    path("netzwerke/<slug:slug>/anfragen/", coordination.join_requests, name="join-requests"),
    path(
        "netzwerke/<slug:slug>/arbeitsgruppen/neu/",
        coordination.working_group_edit,
        name="working-group-create",
    ),
    path(
        "netzwerke/<slug:slug>/arbeitsgruppen/<int:pk>/bearbeiten/",
        coordination.working_group_edit,
        name="working-group-edit",
    ),
    path(
        "netzwerke/<slug:slug>/arbeitsgruppen/<int:pk>/kalender.ics",
        meetings.feed_working_group,
        name="feed-working-group",
    ),
    path("netzwerke/<slug:slug>/termine/neu/", coordination.meeting_edit, name="meeting-create"),
    path(
        "netzwerke/<slug:slug>/termine/<int:pk>/bearbeiten/",
        coordination.meeting_edit,
        name="meeting-edit",
    ),
    path(
        "netzwerke/<slug:slug>/termine/<int:pk>/loeschen/",
        coordination.meeting_delete,
        name="meeting-delete",
    ),
    path("organisationen/", directory.organisation_list, name="organisation-list"),
    path("organisationen/export.csv", directory.organisation_export, name="organisation-export"),
    path("organisationen/<slug:slug>/", directory.organisation_detail, name="organisation-detail"),
    path(
        "organisationen/<slug:slug>/bearbeiten/",
        directory.organisation_edit,
        name="organisation-edit",
    ),
    path(
        "organisationen/<slug:slug>/netzwerk-beitreten/",
        directory.organisation_join,
        name="organisation-join",
    ),
]
