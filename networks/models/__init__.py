"""Networks, organisations, their working groups and meetings."""

from networks.models.directory import *  # noqa: F403
from networks.models.meetings import *  # noqa: F403
