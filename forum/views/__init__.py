"""The forum's views, by concern: membership, reading, writing, moderation."""
