"""View decorators for the roles of the portal."""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied

from portal.permissions import is_editor


def editor_required(view):
    """Log-in first; then editors (group Redaktion) only, everyone else gets a 403."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not is_editor(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return login_required(wrapper)
