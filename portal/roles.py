"""The names of the portal's staff groups, shared by every app that routes work to them.

`directory.access.ensure_roles` creates the groups and grants their permissions; other
apps (the challenge intake, for one) only need to know whom to notify or assign.
"""

EDITORS = "Editors"
MODERATORS = "Moderators"
TRANSLATORS = "Translators"
