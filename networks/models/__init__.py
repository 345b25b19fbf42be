"""Networks, organisations, their working groups and meetings, and the Selbstcheck."""

from networks.models.directory import *  # noqa: F403
from networks.models.meetings import *  # noqa: F403
from networks.models.selfcheck import *  # noqa: F403
