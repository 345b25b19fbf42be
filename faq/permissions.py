"""Who may do what in the FAQ. Views and templates ask these functions."""

from portal.permissions import is_editor


def can_see_feedback(user) -> bool:
    """Votes, comments, failed searches and submitted questions are for editors only."""
    return is_editor(user)


def can_answer_questions(user) -> bool:
    return is_editor(user)
