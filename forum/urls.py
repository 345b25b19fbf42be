from django.urls import path

from forum.views import membership, moderation, reading, writing

app_name = "forum"

urlpatterns = [
    path("forum/", reading.forum_index, name="index"),
    path("forum/mitglied-werden/", membership.apply, name="apply"),
    path("forum/mitglieder/", membership.member_list, name="member-list"),
    path("forum/benachrichtigungen/", membership.notification_settings, name="settings"),
    path("forum/abbestellen/<str:token>/", membership.unsubscribe, name="unsubscribe"),
    path("forum/ungelesen/", reading.unread_topics, name="unread"),
    path("forum/suche/", reading.search, name="search"),
    path("forum/bereich/<slug:slug>/", reading.board_detail, name="board-detail"),
    path("forum/bereich/<slug:slug>/neues-thema/", writing.topic_create, name="topic-create"),
    path("forum/bereich/<slug:slug>/folgen/", writing.board_subscribe, name="board-subscribe"),
    path("forum/thema/<int:pk>/", reading.topic_detail, name="topic-detail"),
    path("forum/thema/<int:pk>/antworten/", writing.post_create, name="post-create"),
    path("forum/thema/<int:pk>/folgen/", writing.topic_subscribe, name="topic-subscribe"),
    path("forum/beitrag/<int:pk>/", reading.post_goto, name="post-goto"),
    path("forum/beitrag/<int:pk>/bearbeiten/", writing.post_edit, name="post-edit"),
    path("forum/beitrag/<int:pk>/zurueckziehen/", writing.post_withdraw, name="post-withdraw"),
    path("forum/beitrag/<int:pk>/melden/", writing.post_report, name="post-report"),
    path("forum/beitrag/<int:pk>/verlauf/", reading.post_history, name="post-history"),
    path("forum/moderation/", moderation.moderation_queue, name="moderation"),
    path("forum/moderation/protokoll/", moderation.moderation_log, name="moderation-log"),
    path("forum/moderation/antraege/", membership.application_list, name="application-list"),
    path(
        "forum/moderation/antraege/<int:pk>/",
        membership.application_decide,
        name="application-decide",
    ),
    path(
        "forum/moderation/mitglied/<int:pk>/sperren/",
        membership.member_suspend,
        name="member-suspend",
    ),
    path(
        "forum/moderation/mitglied/<int:pk>/entsperren/",
        membership.member_unsuspend,
        name="member-unsuspend",
    ),
    path("forum/moderation/beitrag/<int:pk>/ausblenden/", moderation.post_hide, name="post-hide"),
    path(
        "forum/moderation/beitrag/<int:pk>/einblenden/",
        moderation.post_restore,
        name="post-restore",
    ),
    path("forum/moderation/thema/<int:pk>/", moderation.topic_moderate, name="topic-moderate"),
    path("forum/moderation/thema/<int:pk>/verschieben/", moderation.topic_move, name="topic-move"),
    path(
        "forum/moderation/meldung/<int:pk>/verwerfen/",
        moderation.report_dismiss,
        name="report-dismiss",
    ),
]
