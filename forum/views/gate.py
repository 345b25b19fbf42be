"""The members-only gate that every forum view passes.

Anonymous visitors go to log-in, people who are not (yet) members to the application
page, members who lack the right for one page (a suspended member writing, a member on
a moderator page) get a 403. Every answer, including redirects and refusals, is marked
private and not for search engines.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.cache import patch_cache_control

from forum import permissions
from portal.views import page_not_found, permission_denied


def private(response: HttpResponse) -> HttpResponse:
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _answer(view, request: HttpRequest, *args, **kwargs) -> HttpResponse:
    # Refusals inside the view get the same private headers as the pages themselves.
    try:
        response = view(request, *args, **kwargs)
    except PermissionDenied as error:
        response = permission_denied(request, error)
    except Http404 as error:
        response = page_not_found(request, error)
    return private(response)


def private_page(view):
    """Only the headers: for forum pages outside the gate (application, unsubscribe)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        return _answer(view, request, *args, **kwargs)

    return wrapper


def _refuse(request: HttpRequest) -> HttpResponse:
    if permissions.is_suspended(request.user):
        membership = permissions.membership_of(request.user)
        return render(request, "forum/suspended.html", {"membership": membership}, status=403)
    return permission_denied(request, PermissionDenied())


def members_only(check: Callable[[object], bool] = permissions.can_read_forum):
    def decorator(view):
        @wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            user = request.user
            if not user.is_authenticated:
                return private(redirect_to_login(request.get_full_path()))
            if not permissions.is_member(user):
                return private(redirect("forum:apply"))
            if not check(user):
                return private(_refuse(request))
            return _answer(view, request, *args, **kwargs)

        return wrapper

    return decorator


readers = members_only(permissions.can_read_forum)
writers = members_only(permissions.can_write)
moderators = members_only(permissions.can_moderate)
