"""Names of the groups that carry the portal's roles (see DESIGN.md, "Who uses it")."""

EDITORS = "Redaktion"
MODERATORS = "Moderation"

ALL = (EDITORS, MODERATORS)
